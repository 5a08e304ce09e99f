import { describe, expect, it } from 'vitest'
import { TokenBucket } from './token-bucket.js'

describe('TokenBucket', () => {
  it('grants exactly the burst at once, then refuses with the time until the next token', () => {
    const bucket = new TokenBucket(10, 5, 0)
    for (let i = 0; i < 5; i++) expect(bucket.take(1, 0)).toBe(0)
    // 10 per second: one token every 100 ms.
    expect(bucket.take(1, 0)).toBe(100)
    expect(bucket.take(1, 40)).toBe(60)
    expect(bucket.take(1, 100)).toBe(0)
    expect(bucket.take(1, 100)).toBe(100)
  })

  it('refills continuously up to the burst, never beyond', () => {
    const bucket = new TokenBucket(1_000, 3, 0)
    expect(bucket.take(3, 0)).toBe(0)
    expect(bucket.available(2)).toBeCloseTo(2)
    expect(bucket.available(60_000)).toBe(3)
    expect(bucket.take(4, 60_000)).toBeGreaterThan(0)
    expect(bucket.available(60_000)).toBe(3) // a refused take costs nothing
  })

  it('takes n tokens at once (bytes) and says how long until n are there', () => {
    const bucket = new TokenBucket(1_000, 1_000, 0) // 1 byte per ms
    expect(bucket.take(800, 0)).toBe(0)
    expect(bucket.take(500, 0)).toBe(300)
    expect(bucket.take(500, 300)).toBe(0)
  })

  it('a take larger than the burst waits for a full bucket and is never granted', () => {
    const bucket = new TokenBucket(100, 10, 0)
    expect(bucket.take(5, 0)).toBe(0)
    expect(bucket.take(50, 0)).toBe(50) // 5 missing up to the burst of 10, at 0.1 per ms
    expect(bucket.take(50, 10_000)).toBeGreaterThan(0)
  })

  it('rate 0 is unlimited', () => {
    const bucket = new TokenBucket(0, 1, 0)
    expect(bucket.isLimited).toBe(false)
    for (let i = 0; i < 1_000; i++) expect(bucket.take(1_000, 0)).toBe(0)
  })
})
