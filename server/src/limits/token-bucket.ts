/**
 * A token bucket: `burstTokens` capacity, refilled continuously at `ratePerSecond`. Starts full,
 * so a fresh client may send exactly `burst` at once. Pure arithmetic on an injected clock; no
 * timers. Used for per-connection message and byte rates and for per-tenant publish rates.
 */

/** A token bucket. `rate` 0 means unlimited (every take succeeds). */
export class TokenBucket {
  #tokens: number
  #lastMs: number
  readonly #ratePerMs: number
  readonly #burst: number

  constructor(ratePerSecond: number, burst: number, nowMs: number) {
    this.#ratePerMs = ratePerSecond / 1000
    this.#burst = Math.max(burst, 0)
    this.#tokens = this.#burst
    this.#lastMs = nowMs
  }

  /** Whether the bucket limits anything (rate > 0). */
  get isLimited(): boolean {
    return this.#ratePerMs > 0
  }

  /**
   * Takes `n` tokens if they are available: returns 0. Otherwise takes nothing and returns how
   * many milliseconds until `n` tokens will be there (at least 1). A take larger than the burst
   * can never succeed: it returns the time until the bucket is full (the client should not
   * retry a single request that large; the frame-size limit rejects those first).
   */
  take(n: number, nowMs: number): number {
    if (this.#ratePerMs === 0) return 0
    this.#refill(nowMs)
    if (this.#tokens >= n) {
      this.#tokens -= n
      return 0
    }
    const missing = Math.min(n, this.#burst) - this.#tokens
    return Math.max(1, Math.ceil(missing / this.#ratePerMs))
  }

  /** Tokens available now (fractional). */
  available(nowMs: number): number {
    if (this.#ratePerMs === 0) return Number.POSITIVE_INFINITY
    this.#refill(nowMs)
    return this.#tokens
  }

  #refill(nowMs: number): void {
    const elapsed = nowMs - this.#lastMs
    if (elapsed > 0) {
      this.#tokens = Math.min(this.#burst, this.#tokens + elapsed * this.#ratePerMs)
      this.#lastMs = nowMs
    }
  }
}
