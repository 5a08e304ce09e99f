import { describe, expect, it } from 'vitest'
import { seededRandom } from '../test/helpers.js'
import { createBackoff, DEFAULT_BACKOFF, parseRetryAfterMs } from './backoff.js'

describe('createBackoff()', () => {
  it('uses the documented defaults: 250 ms, 15 s, x2', () => {
    expect(DEFAULT_BACKOFF).toEqual({ initialDelayMs: 250, maxDelayMs: 15_000, multiplier: 2 })
    const b = createBackoff()
    expect([0, 1, 2, 5, 6, 7, 20].map((k) => b.ceilingMs(k))).toEqual([250, 500, 1000, 8000, 15_000, 15_000, 15_000])
  })

  it('draws every delay uniformly from [0, d_k] (full jitter, seeded)', () => {
    const random = seededRandom(42)
    const b = createBackoff({ initialDelayMs: 100, maxDelayMs: 5_000, multiplier: 2, random })
    const replay = seededRandom(42)
    for (let k = 0; k < 40; k++) {
      const ceiling = Math.min(5_000, 100 * 2 ** k)
      const d = b.next()
      expect(d).toBeGreaterThanOrEqual(0)
      expect(d).toBeLessThanOrEqual(ceiling)
      expect(d).toBe(Math.floor(replay() * ceiling))
    }
    expect(b.attempt).toBe(40)
  })

  it('spreads delays over the whole range rather than clustering at the ceiling', () => {
    const b = createBackoff({ initialDelayMs: 1_000, maxDelayMs: 1_000, random: seededRandom(7) })
    const delays = Array.from({ length: 200 }, () => b.next())
    expect(Math.min(...delays)).toBeLessThan(100)
    expect(Math.max(...delays)).toBeGreaterThan(900)
  })

  it('starts over at k = 0 after reset()', () => {
    const b = createBackoff({ initialDelayMs: 10, maxDelayMs: 10_000, random: () => 0.999_999 })
    expect([b.next(), b.next(), b.next()]).toEqual([9, 19, 39])
    b.reset()
    expect(b.attempt).toBe(0)
    expect(b.next()).toBe(9)
  })

  it('rejects nonsensical parameters', () => {
    expect(() => createBackoff({ initialDelayMs: 100, maxDelayMs: 10 })).toThrow(RangeError)
    expect(() => createBackoff({ multiplier: 0.5 })).toThrow(RangeError)
  })
})

describe('parseRetryAfterMs()', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfterMs('3', now)).toBe(3_000)
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000)
    expect(parseRetryAfterMs('Wed, 31 Dec 2025 00:00:10 GMT', now)).toBe(0)
    expect(parseRetryAfterMs('soon', now)).toBeUndefined()
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined()
  })
})
