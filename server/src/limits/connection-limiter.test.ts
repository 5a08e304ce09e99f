import { describe, expect, it } from 'vitest'
import { ConnectionRateLimiter, type ConnectionRateSettings } from './connection-limiter.js'

const settings = (over: Partial<ConnectionRateSettings> = {}): ConnectionRateSettings => ({
  messagesPerSecond: 10,
  messagesBurst: 5,
  bytesPerSecond: 0,
  bytesBurst: 1,
  maxRateViolations: 3,
  ...over,
})

describe('ConnectionRateLimiter', () => {
  it('accepts the burst, refuses the next with retryAfterMs and the bucket that refused', () => {
    const limiter = new ConnectionRateLimiter(settings(), 0)
    for (let i = 0; i < 5; i++) expect(limiter.check(10, true, 0)).toBeUndefined()
    expect(limiter.check(10, true, 0)).toEqual({ retryAfterMs: 100, reason: 'messages', isFatal: false })
  })

  it('counts a pipelined burst of refusals as one strike', () => {
    const limiter = new ConnectionRateLimiter(settings(), 0)
    for (let i = 0; i < 5; i++) limiter.check(1, true, 0)
    for (let i = 0; i < 1_000; i++) expect(limiter.check(1, true, i % 50)?.isFatal).toBe(false)
    expect(limiter.strikes).toBe(1)
  })

  it('closes a client that keeps sending at twice the rate after maxRateViolations strikes', () => {
    const limiter = new ConnectionRateLimiter(settings(), 0)
    let fatalAt = -1
    let accepted = 0
    // 20 per second against 10 per second, after the burst is spent.
    for (let t = 0; t < 5_000 && fatalAt < 0; t += 50) {
      const r = limiter.check(1, true, t)
      if (r === undefined) accepted++
      else if (r.isFatal) fatalAt = t
    }
    expect(fatalAt).toBeGreaterThan(0)
    expect(fatalAt).toBeLessThan(1_000)
    expect(limiter.strikes).toBe(3)
    expect(accepted).toBeGreaterThan(5)
  })

  it('closes a 2× overload at slow rates too (retry times near a second)', () => {
    for (const rate of [0.5, 1, 2]) {
      const limiter = new ConnectionRateLimiter(settings({ messagesPerSecond: rate, messagesBurst: 10 }), 0)
      let fatalAt = -1
      const every = 1000 / (2 * rate)
      for (let t = 0; t < 60_000 && fatalAt < 0; t += every) {
        if (limiter.check(1, true, t)?.isFatal) fatalAt = t
      }
      expect(fatalAt, `rate ${rate}/s`).toBeGreaterThan(0)
    }
  })

  it('strikes a client that bursts again after each wait, never one that then keeps to the rate', () => {
    const bursty = new ConnectionRateLimiter(settings(), 0)
    const paced = new ConnectionRateLimiter(settings(), 0)
    let t = 0
    let isFatal = false
    for (let i = 0; i < 200 && !isFatal; i++) {
      const r = bursty.check(1, true, t)
      isFatal = r?.isFatal ?? false
      t += r === undefined ? 1 : r.retryAfterMs // waits when told, then sends at full speed again
    }
    expect(isFatal).toBe(true)
    // Bursts until refused once, waits, then sends one per 100 ms (the sustained rate).
    t = 0
    let r = paced.check(1, true, t)
    while (r === undefined) r = paced.check(1, true, ++t)
    t += r.retryAfterMs
    for (let i = 0; i < 200; i++, t += 100) expect(paced.check(1, true, t)).toBeUndefined()
    expect(paced.strikes).toBeLessThanOrEqual(1)
  })

  it('forgets strikes after a quiet spell', () => {
    const limiter = new ConnectionRateLimiter(settings({ maxRateViolations: 3 }), 0)
    for (let i = 0; i < 5; i++) limiter.check(1, true, 0)
    limiter.check(1, true, 0) // strike 1 (retry 100 ms)
    limiter.check(1, true, 150) // strike 2? no: a token came back at 100 ms
    limiter.check(1, true, 150) // refused after the retry time: strike 2
    expect(limiter.strikes).toBe(2)
    expect(limiter.check(1, true, 10_000)).toBeUndefined()
    expect(limiter.strikes).toBe(0)
  })

  it('charges acks bytes only, and a refused frame costs nothing', () => {
    const limiter = new ConnectionRateLimiter(
      settings({ messagesPerSecond: 1, messagesBurst: 1, bytesPerSecond: 1_000, bytesBurst: 100 }),
      0,
    )
    expect(limiter.check(10, true, 0)).toBeUndefined()
    for (let i = 0; i < 8; i++) expect(limiter.check(10, false, 0)).toBeUndefined() // acks: 90 bytes so far
    expect(limiter.check(5, true, 0)?.reason).toBe('messages') // message bucket empty; bytes untouched
    expect(limiter.check(10, false, 0)).toBeUndefined() // 100 bytes: the refused message took none
    expect(limiter.check(1, false, 0)).toEqual({ retryAfterMs: 1, reason: 'bytes', isFatal: false })
  })

  it('strike() applies the same escalation to refusals decided elsewhere', () => {
    const limiter = new ConnectionRateLimiter(settings({ maxRateViolations: 2 }), 0)
    expect(limiter.strike(100, 0)).toBe(false)
    expect(limiter.strike(100, 50)).toBe(false) // within the first strike's retry time
    expect(limiter.strike(100, 120)).toBe(true)
  })
})
