/**
 * The topic grammar (docs/protocol.md#topics): dot-separated tokens of 1-64 characters
 * from `A-Z a-z 0-9 _ - : = @ ~`, 1-16 tokens, at most 256 bytes. `*` (one whole token) and
 * `>` (the whole last token) are wildcards, allowed in patterns only. A first token `$name`
 * marks a system topic, which clients may subscribe to (where permitted) but never publish to.
 * Pure functions, no normalisation: topics compare byte for byte.
 */
import { Code } from '@zerorelay/protocol'
import { RelayError } from '../errors.js'

/** Most tokens in a topic. */
export const MAX_TOPIC_TOKENS = 16
/** Longest topic, in bytes (the grammar is ASCII-only, so bytes = characters). */
export const MAX_TOPIC_BYTES = 256

const TOKEN = /^[A-Za-z0-9_\-:=@~]{1,64}$/
const SYSTEM_TOKEN = /^\$[A-Za-z0-9_\-:=@~]{1,63}$/

/** A parsed topic or pattern. */
export interface ParsedTopic {
  /** The string as given. */
  readonly text: string
  readonly tokens: readonly string[]
  /** Contains `*` or `>`. */
  readonly isPattern: boolean
  /** The first token starts with `$`. */
  readonly isSystem: boolean
}

/**
 * Why a string is not a valid topic or pattern, or undefined when it is.
 * `allowWildcards` false: `*` and `>` are rejected (publish topics).
 */
export function topicProblem(text: string, allowWildcards: boolean): string | undefined {
  if (text.length === 0) return 'topic is empty'
  if (text.length > MAX_TOPIC_BYTES) return `topic is longer than ${MAX_TOPIC_BYTES} bytes`
  const tokens = text.split('.')
  if (tokens.length > MAX_TOPIC_TOKENS) return `topic has more than ${MAX_TOPIC_TOKENS} tokens`
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string
    if (token === '*' || token === '>') {
      if (!allowWildcards) return 'wildcards are not allowed here (a concrete topic is needed)'
      if (token === '>' && i !== tokens.length - 1) return '">" is only allowed as the whole last token'
      continue
    }
    if (token.length === 0) return 'topic has an empty token'
    if (i === 0 && token.startsWith('$')) {
      if (!SYSTEM_TOKEN.test(token)) return 'invalid system topic token'
      continue
    }
    if (!TOKEN.test(token)) return 'topic tokens are 1-64 characters of A-Z a-z 0-9 _ - : = @ ~ (or a whole * / >)'
  }
  return undefined
}

/** Parses a topic or pattern; throws RelayError(CODE_INVALID_TOPIC) when it breaks the grammar. */
export function parseTopic(text: string, allowWildcards: boolean): ParsedTopic {
  const problem = topicProblem(text, allowWildcards)
  if (problem !== undefined) throw new RelayError(Code.CODE_INVALID_TOPIC, problem)
  const tokens = text.split('.')
  return {
    text,
    tokens,
    isPattern: tokens.some((t) => t === '*' || t === '>'),
    isSystem: tokens[0]?.startsWith('$') === true,
  }
}

/** Most distinct topics `publishTopic` keeps parsed; beyond it the table starts over (only a re-parse is lost). */
export const MAX_PUBLISH_TOPICS = 4_096
/** Frozen parsed concrete topics by their text (publishes). */
const publishTopics = new Map<string, ParsedTopic>()

/**
 * `parseTopic(text, false)` through a bounded table of frozen results: publishers send to the
 * same topics again and again, and each parse makes an object, a token array and its strings.
 * Throws as `parseTopic` does (an invalid text is never kept).
 */
export function publishTopic(text: string): ParsedTopic {
  const parsed = publishTopics.get(text)
  if (parsed !== undefined) return parsed
  // A subscription's copy of a concrete topic is valid here too, and sharing its text makes the
  // fanout's topic comparisons (message against subscription) pointer comparisons.
  const subscribed = sharedTopics.get(text)
  const topic = subscribed !== undefined && !subscribed.isPattern ? subscribed : parseTopic(text, false)
  return keepFrozen(publishTopics, MAX_PUBLISH_TOPICS, topic)
}

/**
 * The tokens of a concrete topic: from the `publishTopic` table when the text is valid, else
 * split on dots with nothing kept. For code that must not throw on a name the grammar refuses
 * (a broker carries a dead letter's `$dlq.` name, which can be one token or a few bytes too long).
 */
export function topicTokens(text: string): readonly string[] {
  const parsed = publishTopics.get(text)
  if (parsed !== undefined) return parsed.tokens
  return topicProblem(text, false) === undefined ? publishTopic(text).tokens : text.split('.')
}

/** Most distinct patterns `sharedTopic` keeps; beyond it the table starts over (only sharing is lost). */
export const MAX_SHARED_TOPICS = 4_096
/** Frozen parsed topics by their text. */
const sharedTopics = new Map<string, ParsedTopic>()

/**
 * One frozen copy of a parsed topic per distinct text, shared by every subscription to it: a
 * connection keeps its subscriptions' text and tokens for its whole life, and many
 * connections subscribe to the same topics (each copy costs about 150 bytes).
 */
export function sharedTopic(topic: ParsedTopic): ParsedTopic {
  return (
    sharedTopics.get(topic.text) ??
    // The same text as publishes of it carry (see `publishTopic`), when one was parsed first.
    keepFrozen(sharedTopics, MAX_SHARED_TOPICS, publishTopics.get(topic.text) ?? topic)
  )
}

/** Keeps a frozen copy of `topic` (tokens too; a frozen one as it is) in `table` by its text, starting the table over when full. */
function keepFrozen(table: Map<string, ParsedTopic>, max: number, topic: ParsedTopic): ParsedTopic {
  // One from the other table is kept as it is (both tables then hold the same object).
  const frozen = Object.isFrozen(topic)
    ? topic
    : Object.freeze({ ...topic, tokens: Object.freeze(topic.tokens.slice()) })
  if (table.size >= max) table.clear()
  table.set(topic.text, frozen)
  return frozen
}

/** A wildcard token (`*`/`>`) matches this token? Wildcards in first position never match a system (`$`) token. */
function wildcardMatches(index: number, token: string): boolean {
  return !(index === 0 && token.startsWith('$'))
}

/** Whether a concrete topic's tokens match a pattern's tokens. */
export function patternMatches(pattern: readonly string[], topic: readonly string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string
    if (p === '>') return topic.length > i && wildcardMatches(i, topic[i] as string)
    if (i >= topic.length) return false
    const t = topic[i] as string
    if (p === '*') {
      if (!wildcardMatches(i, t)) return false
    } else if (p !== t) {
      return false
    }
  }
  return pattern.length === topic.length
}

/**
 * Whether every topic matched by pattern `inner` is also matched by pattern `outer`
 * (inner ⊆ outer). Both must be valid patterns (or concrete topics).
 */
export function patternCovers(outer: readonly string[], inner: readonly string[]): boolean {
  const outerTail = outer[outer.length - 1] === '>'
  const innerTail = inner[inner.length - 1] === '>'
  if (outerTail) {
    // outer matches topics of length >= outer.length; inner's shortest match has inner.length tokens.
    if (inner.length < outer.length) return false
  } else if (innerTail || inner.length !== outer.length) {
    return false
  }
  const fixed = outerTail ? outer.length - 1 : outer.length
  for (let i = 0; i < fixed; i++) {
    const o = outer[i] as string
    const n = inner[i] as string
    if (o === '*') {
      if (n === '>') return false
      if (n !== '*' && !wildcardMatches(i, n)) return false
    } else if (o !== n) {
      return false
    }
  }
  if (outerTail) {
    // The part covered by outer's ">" must not start with a system token (wildcards skip `$` in first position).
    const n = inner[fixed] as string
    if (fixed === 0 && n !== '*' && n !== '>' && !wildcardMatches(0, n)) return false
  }
  return true
}
