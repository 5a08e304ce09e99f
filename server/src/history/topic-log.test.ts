import { describe, expect, it } from 'vitest'
import { NO_HEADERS, TopicLog } from './topic-log.js'

/** A deterministic pseudo-random sequence (xorshift32), so a failure reproduces. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x / 2 ** 32
  }
}

const bytes = (n: number, fill: number) => Uint8Array.from({ length: n }, (_, i) => (fill + i) & 0xff)

describe('TopicLog', () => {
  it('keeps the last maxMessages payloads byte for byte through growth, compaction and shrinking', () => {
    const random = rng(42)
    const max = 50
    const log = new TopicLog('e', max)
    const model: { payload: Uint8Array; publishedAtMs: number; headers: Record<string, string> }[] = []
    let maxCapacity = 0
    for (let i = 1; i <= 5_000; i++) {
      // Mostly small payloads, with bursts of large ones, so the buffer grows and later shrinks.
      const big = i % 1_000 >= 500 && i % 1_000 < 560
      const n = big ? 2_000 + Math.floor(random() * 6_000) : Math.floor(random() * 200)
      const headers: Record<string, string> = i % 7 === 0 ? { n: String(i) } : {}
      const m = { payload: bytes(n, i), publishedAtMs: i * 10, headers }
      expect(log.append(m.payload, m.headers, m.publishedAtMs)).toBe(i)
      model.push(m)
      if (model.length > max) model.shift()
      maxCapacity = Math.max(maxCapacity, log.byteCapacity)
      if (i % 97 === 0 || i > 4_990) {
        expect(log.count).toBe(model.length)
        expect(log.firstOffset).toBe(i - model.length + 1)
        for (let k = 0; k < model.length; k++) {
          const got = log.at(k)
          const want = model[k] as (typeof model)[number]
          expect(got.publishedAtMs).toBe(want.publishedAtMs)
          // Byte comparison through Buffer (vitest's deep equality walks 8 KB arrays slowly).
          expect(Buffer.from(got.payload).equals(want.payload), `payload of offset ${i - model.length + 1 + k}`).toBe(
            true,
          )
          expect(got.headers).toEqual(want.headers)
        }
      }
    }
    // The bursts of 2–8 KB payloads needed a large buffer; once they are trimmed it is small again.
    expect(maxCapacity).toBeGreaterThanOrEqual(100_000)
    expect(log.byteCapacity).toBeLessThanOrEqual(64 * 1024)
  })

  it('drops the oldest messages and their headers', () => {
    const log = new TopicLog('e', 10)
    const h = { a: '1' }
    log.append(bytes(3, 1), h, 1)
    log.append(bytes(4, 2), {}, 2)
    log.append(bytes(5, 3), {}, 3)
    log.dropOldest(2)
    expect(log.count).toBe(1)
    expect(log.firstOffset).toBe(3)
    expect(log.oldestPublishedAtMs()).toBe(3)
    expect(log.at(0).payload).toEqual(bytes(5, 3))
    expect(() => log.at(1)).toThrow(RangeError)
    log.dropOldest(5)
    expect(log.count).toBe(0)
    expect(log.firstOffset).toBe(4)
    expect(log.oldestPublishedAtMs()).toBeNaN()
    expect(log.append(bytes(1, 9), {}, 4)).toBe(4)
    expect(log.at(0).payload).toEqual(bytes(1, 9))
  })

  it('stores empty headers as the one shared empty object and keeps others as given', () => {
    const log = new TopicLog('e', 4)
    const h = { k: 'v' }
    log.append(new Uint8Array(), {}, 1)
    log.append(new Uint8Array(), h, 2)
    expect(log.at(0).headers).toBe(NO_HEADERS)
    expect(log.at(1).headers).toBe(h)
  })

  it('returns copies: a reader changing a payload or the publisher reusing its buffer changes nothing stored', () => {
    const log = new TopicLog('e', 4)
    const src = bytes(8, 0)
    log.append(src, {}, 1)
    src.fill(0xff)
    const read = log.at(0)
    expect(read.payload).toEqual(bytes(8, 0))
    read.payload.fill(0xee)
    expect(log.at(0).payload).toEqual(bytes(8, 0))
  })

  it('counts offsets but retains nothing when maxMessages is 0', () => {
    const log = new TopicLog('e', 0)
    expect(log.append(bytes(10, 0), {}, 1)).toBe(1)
    expect(log.append(bytes(10, 0), {}, 2)).toBe(2)
    expect(log.count).toBe(0)
    expect(log.firstOffset).toBe(3)
    expect(log.byteCapacity).toBe(0)
  })
})
