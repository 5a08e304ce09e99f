/**
 * Topic permissions of a principal: `Principal.publish` / `Principal.subscribe` are topic
 * patterns. A publish to topic T is allowed when T matches some publish pattern; a
 * subscribe to pattern P is allowed when P is covered by (is a subset of) some subscribe
 * pattern, so `chat.>` permits `chat.*` and `chat.room.1` but not `>` or `chat`.
 */
import { parseTopic, patternCovers, patternMatches } from '../router/topic.js'

/** Compiled permission patterns of one principal. Immutable. */
export interface Permissions {
  canPublish(topic: readonly string[]): boolean
  canSubscribe(pattern: readonly string[]): boolean
}

/**
 * Compiles permission patterns. Throws an Error naming the bad pattern (never the token)
 * when one breaks the topic grammar; callers map that onto UNAUTHENTICATED / bad_claims.
 */
export function compilePermissions(publish: readonly string[], subscribe: readonly string[]): Permissions {
  const compile = (list: readonly string[], kind: string): (readonly string[])[] =>
    list.map((p) => {
      try {
        return parseTopic(p, true).tokens
      } catch {
        throw new Error(`invalid ${kind} permission pattern`)
      }
    })
  const pub = compile(publish, 'publish')
  const sub = compile(subscribe, 'subscribe')
  return {
    canPublish: (topic) => pub.some((p) => patternMatches(p, topic)),
    canSubscribe: (pattern) => sub.some((p) => patternCovers(p, pattern)),
  }
}
