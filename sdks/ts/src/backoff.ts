/**
 * Exponential backoff with full jitter (docs/sdk-spec.md §3):
 * `delay_k = random(0, min(maxDelayMs, initialDelayMs × multiplier^k))`.
 * Pure: the random source is injected, nothing here touches timers.
 */

/** Backoff parameters. */
export interface BackoffOptions {
  /** Ceiling of the first delay, in milliseconds. Default: 250. */
  initialDelayMs?: number
  /** Largest ceiling, in milliseconds. Default: 15_000. */
  maxDelayMs?: number
  /** Growth factor of the ceiling per attempt. Default: 2. */
  multiplier?: number
  /** Uniform random source in [0, 1). Default: `Math.random`. */
  random?: () => number
}

/** Resolved backoff parameters. */
export interface BackoffConfig {
  readonly initialDelayMs: number
  readonly maxDelayMs: number
  readonly multiplier: number
}

/** Default backoff parameters. */
export const DEFAULT_BACKOFF: BackoffConfig = Object.freeze({ initialDelayMs: 250, maxDelayMs: 15_000, multiplier: 2 })

/** A backoff sequence: each `next()` returns the delay before the next attempt. */
export interface Backoff {
  readonly config: BackoffConfig
  /** Attempts since the last reset (k of the next delay). */
  readonly attempt: number
  /** The ceiling d_k for attempt k: min(maxDelayMs, initialDelayMs × multiplier^k). */
  ceilingMs(k: number): number
  /** The delay for the current attempt, uniform in [0, d_k]; then k += 1. */
  next(): number
  /** Starts over at k = 0. */
  reset(): void
}

/** Creates a full-jitter backoff sequence. Throws RangeError for non-positive parameters. */
export function createBackoff(options: BackoffOptions = {}): Backoff {
  const config: BackoffConfig = Object.freeze({
    initialDelayMs: options.initialDelayMs ?? DEFAULT_BACKOFF.initialDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_BACKOFF.maxDelayMs,
    multiplier: options.multiplier ?? DEFAULT_BACKOFF.multiplier,
  })
  if (!(config.initialDelayMs >= 0) || !(config.maxDelayMs >= config.initialDelayMs) || !(config.multiplier >= 1)) {
    throw new RangeError('backoff: need 0 <= initialDelayMs <= maxDelayMs and multiplier >= 1')
  }
  const random = options.random ?? Math.random
  let attempt = 0
  const ceilingMs = (k: number): number =>
    Math.min(config.maxDelayMs, config.initialDelayMs * config.multiplier ** Math.max(0, k))
  return {
    config,
    get attempt() {
      return attempt
    },
    ceilingMs,
    next() {
      const ceiling = ceilingMs(attempt)
      attempt++
      // random() is in [0, 1); the product is in [0, ceiling).
      return Math.floor(random() * ceiling)
    },
    reset() {
      attempt = 0
    },
  }
}

/**
 * Parses an HTTP `Retry-After` value (delay in seconds, or an HTTP date) into milliseconds
 * from `nowMs`. Returns undefined for a missing or unparseable value.
 */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - nowMs)
}
