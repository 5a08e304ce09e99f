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
import { TokenBucket } from './token-bucket.js'

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

/** The inbound limiter of one connection. */
export class ConnectionRateLimiter {
  readonly #messages: TokenBucket
  readonly #bytes: TokenBucket
  readonly #maxStrikes: number
  #strikes = 0
  /** Until then, rejections belong to the last strike's burst. */
  #graceUntilMs = 0
  /** Strikes are forgotten after this without a rejection. */
  #resetAtMs = 0

  constructor(settings: ConnectionRateSettings, nowMs: number) {
    this.#messages = new TokenBucket(settings.messagesPerSecond, settings.messagesBurst, nowMs)
    this.#bytes = new TokenBucket(settings.bytesPerSecond, settings.bytesBurst, nowMs)
    this.#maxStrikes = settings.maxRateViolations
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
    let retryAfterMs = 0
    let reason: RateLimitReason = 'bytes'
    if (countsAsMessage && this.#messages.isLimited) {
      // Check both before taking either: a refused frame must cost nothing.
      const m = this.#messages.available(nowMs)
      if (m < 1) {
        retryAfterMs = this.#messages.take(1, nowMs)
        reason = 'messages'
      }
    }
    if (retryAfterMs === 0 && this.#bytes.isLimited && this.#bytes.available(nowMs) < bytes) {
      retryAfterMs = this.#bytes.take(bytes, nowMs)
      reason = 'bytes'
    }
    if (retryAfterMs === 0) {
      if (countsAsMessage) this.#messages.take(1, nowMs)
      this.#bytes.take(bytes, nowMs)
      return undefined
    }
    return { retryAfterMs, reason, isFatal: this.#strike(retryAfterMs, nowMs) }
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
    return this.#strikes >= this.#maxStrikes
  }
}
