/**
 * Topic permissions of a principal: `Principal.publish` / `Principal.subscribe` are topic
 * patterns. A publish to topic T is allowed when T matches some publish pattern; a
 * subscribe to pattern P is allowed when P is covered by (is a subset of) some subscribe
 * pattern, so `chat.>` permits `chat.*` and `chat.room.1` but not `>` or `chat`.
 *
 * Compiled permissions are immutable and shared: every principal with the same two pattern
 * lists (typically every connection of an application) gets the same object, so an idle
 * connection holds one reference rather than its own compiled copy.
 */
import { parseTopic, patternCovers, patternMatches } from '../router/topic.js'

/** Compiled permission patterns of one principal. Immutable. */
export interface Permissions {
  canPublish(topic: readonly string[]): boolean
  canSubscribe(pattern: readonly string[]): boolean
}

/** Most distinct pattern-list pairs kept compiled; beyond it the cache starts over (only a recompile is lost). */
export const MAX_CACHED_PERMISSIONS = 1024

/** The patterns as token lists. Methods on the prototype: no closure per instance. */
class CompiledPermissions implements Permissions {
  readonly #publish: readonly (readonly string[])[]
  readonly #subscribe: readonly (readonly string[])[]

  constructor(publish: readonly (readonly string[])[], subscribe: readonly (readonly string[])[]) {
    this.#publish = publish
    this.#subscribe = subscribe
  }

  canPublish(topic: readonly string[]): boolean {
    const patterns = this.#publish
    for (let i = 0; i < patterns.length; i++) if (patternMatches(patterns[i] as readonly string[], topic)) return true
    return false
  }

  canSubscribe(pattern: readonly string[]): boolean {
    const patterns = this.#subscribe
    for (let i = 0; i < patterns.length; i++) if (patternCovers(patterns[i] as readonly string[], pattern)) return true
    return false
  }
}

/** Compiled permissions by their pattern lists (see `cacheKey`). */
const cache = new Map<string, CompiledPermissions>()

/** An unambiguous key of the two lists: JSON keeps every pattern's text and the list boundaries apart. */
function cacheKey(publish: readonly string[], subscribe: readonly string[]): string {
  return JSON.stringify([publish, subscribe])
}

function compileList(list: readonly string[], kind: string): (readonly string[])[] {
  return list.map((p) => {
    try {
      return parseTopic(p, true).tokens
    } catch {
      throw new Error(`invalid ${kind} permission pattern`)
    }
  })
}

/**
 * Compiles permission patterns, or returns the object already compiled for the same lists.
 * Throws an Error naming the bad pattern (never the token) when one breaks the topic grammar;
 * callers map that onto UNAUTHENTICATED / bad_claims.
 */
export function compilePermissions(publish: readonly string[], subscribe: readonly string[]): Permissions {
  const key = cacheKey(publish, subscribe)
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const compiled = new CompiledPermissions(compileList(publish, 'publish'), compileList(subscribe, 'subscribe'))
  if (cache.size >= MAX_CACHED_PERMISSIONS) cache.clear()
  cache.set(key, compiled)
  return compiled
}
