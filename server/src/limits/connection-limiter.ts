/**
 * Inbound rate limits of one connection: a message bucket and a byte bucket, and the
 * escalation rule that turns a client which keeps ignoring `RATE_LIMITED` into a close with
 * 4329. Sans-I/O (injected clock), one instance per session.
 *
 * Escalation counts strikes, not rejections: a frame rejected before the previous strike's
 * `retry_after_ms` ran out was sent before the client could have read that answer (a pipelined
 * burst), so it is rejected without a strike. A rejection after that point means the client
 * sent again although told to wait: a strike. `maxRateViolations` strikes close the
 * connection. Strikes are forgotten after a quiet spell without a rejection of max(1 s, 2 × the
 * last retry time), counted from the end of that retry time. So a burst of any size costs one strike, while a sustained 2× overload
 * closes within `maxRateViolations` retry periods.
 */

/** Per-connection rate settings (config `limits`). Rates of 0 disable that bucket. */
export interface ConnectionRateSettings {
  readonly messagesPerSecond: number
  readonly messagesBurst: number
  readonly bytesPerSecond: number
  readonly bytesBurst: number
  /** Strikes before the connection is closed with 4329. */
  readonly maxRateViolations: number
}

/** Which bucket refused a frame. */
export type RateLimitReason = 'messages' | 'bytes'

/** The outcome of `check`: allowed, or refused with the time to wait and whether to close now. */
export interface RateRefusal {
  readonly retryAfterMs: number
  readonly reason: RateLimitReason
  /** True when this refusal was the last strike: close with 4329. */
  readonly isFatal: boolean
}

const MIN_STRIKE_RESET_MS = 1_000

/**
 * The inbound limiter of one connection. The two token buckets (see TokenBucket: `burst`
 * capacity, refilled continuously, starting full; a rate of 0 never limits) are kept as plain
 * fields of this one object, with one refill time for both and the rates read from the shared
 * settings: an idle connection pays for one small object here, not three.
 */
export class ConnectionRateLimiter {
  readonly #settings: ConnectionRateSettings
  #messageTokens: number
  #byteTokens: number
  /** When both buckets were last refilled. */
  #refilledAtMs: number
  #strikes = 0
  /** Until then, rejections belong to the last strike's burst. */
  #graceUntilMs = 0
  /** Strikes are forgotten after this without a rejection. */
  #resetAtMs = 0

  constructor(settings: ConnectionRateSettings, nowMs: number) {
    this.#settings = settings
    this.#messageTokens = Math.max(settings.messagesBurst, 0)
    this.#byteTokens = Math.max(settings.bytesBurst, 0)
    this.#refilledAtMs = nowMs
  }

  /** Strikes so far (for tests and logs). */
  get strikes(): number {
    return this.#strikes
  }

  /**
   * Charges one inbound frame of `bytes`. `countsAsMessage` false (acks) charges bytes only.
   * Returns undefined when allowed (tokens taken), or the refusal (nothing taken).
   */
  check(bytes: number, countsAsMessage: boolean, nowMs: number): RateRefusal | undefined {
    if (this.#strikes > 0 && nowMs >= this.#resetAtMs) this.#strikes = 0
    const { messagesPerSecond, messagesBurst, bytesPerSecond, bytesBurst } = this.#settings
    this.#refill(nowMs)
    // Check both before taking either: a refused frame must cost nothing.
    let retryAfterMs = 0
    let reason: RateLimitReason = 'bytes'
    if (countsAsMessage && messagesPerSecond > 0 && this.#messageTokens < 1) {
      retryAfterMs = waitMs(1, this.#messageTokens, messagesPerSecond, messagesBurst)
      reason = 'messages'
    }
    if (retryAfterMs === 0 && bytesPerSecond > 0 && this.#byteTokens < bytes) {
      retryAfterMs = waitMs(bytes, this.#byteTokens, bytesPerSecond, bytesBurst)
      reason = 'bytes'
    }
    if (retryAfterMs === 0) {
      if (countsAsMessage && messagesPerSecond > 0) this.#messageTokens -= 1
      if (bytesPerSecond > 0) this.#byteTokens -= bytes
      return undefined
    }
    return { retryAfterMs, reason, isFatal: this.#strike(retryAfterMs, nowMs) }
  }

  /** Refills both buckets up to `nowMs`. */
  #refill(nowMs: number): void {
    const elapsedMs = nowMs - this.#refilledAtMs
    if (elapsedMs <= 0) return
    const { messagesPerSecond, messagesBurst, bytesPerSecond, bytesBurst } = this.#settings
    if (messagesPerSecond > 0) {
      this.#messageTokens = Math.min(
        Math.max(messagesBurst, 0),
        this.#messageTokens + (elapsedMs * messagesPerSecond) / 1000,
      )
    }
    if (bytesPerSecond > 0) {
      this.#byteTokens = Math.min(Math.max(bytesBurst, 0), this.#byteTokens + (elapsedMs * bytesPerSecond) / 1000)
    }
    this.#refilledAtMs = nowMs
  }

  /**
   * Records a refusal decided elsewhere (the pending-command cap) under the same escalation
   * rule. Returns true when it was the last strike.
   */
  strike(retryAfterMs: number, nowMs: number): boolean {
    if (this.#strikes > 0 && nowMs >= this.#resetAtMs) this.#strikes = 0
    return this.#strike(retryAfterMs, nowMs)
  }

  #strike(retryAfterMs: number, nowMs: number): boolean {
    const quietMs = Math.max(MIN_STRIKE_RESET_MS, 2 * retryAfterMs)
    if (nowMs < this.#graceUntilMs) {
      this.#resetAtMs = Math.max(this.#resetAtMs, nowMs + quietMs)
      return false
    }
    this.#graceUntilMs = nowMs + retryAfterMs
    // The quiet spell counts from the end of the wait the client was told to observe: at slow
    // rates (retry times near a second) a client overloading at 2× comes back within it.
    this.#resetAtMs = this.#graceUntilMs + quietMs
    this.#strikes++
    return this.#strikes >= this.#settings.maxRateViolations
  }
}

/**
 * Milliseconds until a bucket holding `tokens` has `n` (at least 1), as TokenBucket.take
 * answers: a take larger than the burst waits for a full bucket.
 */
function waitMs(n: number, tokens: number, ratePerSecond: number, burst: number): number {
  const missing = Math.min(n, Math.max(burst, 0)) - tokens
  return Math.max(1, Math.ceil(missing / (ratePerSecond / 1000)))
}
