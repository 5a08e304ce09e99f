import { describe, expect, it } from 'vitest'
import { CHUNK_BYTES, NO_HEADERS, pooledChunks, TopicLog } from './topic-log.js'

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
  it('keeps the last maxMessages payloads byte for byte as chunks fill, are released and shrink back', () => {
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
    // The bursts of 2–8 KB payloads needed many bytes; once they are trimmed the log is small again.
    expect(maxCapacity).toBeGreaterThanOrEqual(100_000)
    expect(log.byteCapacity).toBeLessThanOrEqual(64 * 1024)
  })

  it('shares released chunks between topics without mixing their bytes', () => {
    const random = rng(7)
    // Two topics filling, trimming and taking each other's released chunks from the pool, with
    // empty payloads and payloads large enough for a chunk of their own mixed in.
    const logs = [new TopicLog('a', 300), new TopicLog('b', 40)]
    const models: Uint8Array[][] = [[], []]
    const maxes = [300, 40]
    let sawPooled = false
    for (let i = 1; i <= 6_000; i++) {
      const t = random() < 0.5 ? 0 : 1
      const r = random()
      const n = r < 0.05 ? 0 : r < 0.08 ? 5_000 + Math.floor(random() * 20_000) : 1 + Math.floor(random() * 400)
      const payload = bytes(n, i * 31 + t)
      const log = logs[t] as TopicLog
      const model = models[t] as Uint8Array[]
      log.append(payload, {}, i)
      model.push(payload)
      if (model.length > (maxes[t] as number)) model.shift()
      sawPooled ||= pooledChunks() > 0
      if (i % 250 === 0) {
        for (const k of [0, 1]) {
          const m = models[k] as Uint8Array[]
          expect((logs[k] as TopicLog).count).toBe(m.length)
          for (let j = 0; j < m.length; j++) {
            const got = (logs[k] as TopicLog).at(j).payload
            expect(Buffer.from(got).equals(m[j] as Uint8Array), `topic ${k} message ${j} at step ${i}`).toBe(true)
          }
        }
      }
    }
    expect(sawPooled).toBe(true)
    expect(pooledChunks()).toBeLessThanOrEqual(64)
  })

  it('starts a topic with a small chunk and gives a large payload a chunk of its own, released with it', () => {
    const log = new TopicLog('e', 3)
    log.append(bytes(10, 1), {}, 1)
    // A topic with a few small messages holds 1 KiB, not a full chunk.
    expect(log.byteCapacity).toBe(1024)
    const big = bytes(CHUNK_BYTES + 5, 2)
    log.append(big, {}, 2)
    expect(log.byteCapacity).toBe(1024 + CHUNK_BYTES + 5)
    // A small payload after it goes to a new chunk, not after the large one.
    log.append(bytes(20, 3), {}, 3)
    expect(log.at(1).payload).toEqual(big)
    expect(log.at(2).payload).toEqual(bytes(20, 3))
    log.append(bytes(5, 4), {}, 4) // drops offset 1, and the first chunk with it
    log.append(bytes(5, 5), {}, 5) // drops the large payload and its chunk
    expect(log.firstOffset).toBe(3)
    expect(log.byteCapacity).toBe(CHUNK_BYTES) // the second chunk is a full one
    expect([0, 1, 2].map((k) => log.at(k).payload.byteLength)).toEqual([20, 5, 5])
    log.dropOldest(3)
    expect(log.byteCapacity).toBe(0)
  })

  it('matches a model under random appends and drops of empty, small and own-chunk payloads', () => {
    const random = rng(1234)
    const sizes = [0, 0, 1, 27, 300, 1_023, 1_025, 4_096, 4_097, 16_384, 20_000]
    const maxes = [1, 2, 3, 5, 8, 17, 100]
    const logs = maxes.map((max) => new TopicLog('e', max))
    const models: Uint8Array[][] = maxes.map(() => [])
    for (let i = 1; i <= 4_000; i++) {
      const k = Math.floor(random() * logs.length)
      const log = logs[k] as TopicLog
      const model = models[k] as Uint8Array[]
      if (random() < 0.15) {
        const n = Math.floor(random() * 4)
        log.dropOldest(n)
        model.splice(0, n)
      } else {
        const payload = bytes(sizes[Math.floor(random() * sizes.length)] as number, i)
        log.append(payload, {}, i)
        model.push(payload)
        if (model.length > (maxes[k] as number)) model.shift()
      }
      expect(log.count).toBe(model.length)
      for (let j = 0; j < model.length; j++) {
        expect(
          Buffer.from(log.at(j).payload).equals(model[j] as Uint8Array),
          `log ${k} message ${j} at step ${i}`,
        ).toBe(true)
      }
      if (model.length === 0) expect(log.byteCapacity).toBe(0)
    }
  })

  it('keeps a topic that retains little on small chunks, however much it was sent', () => {
    // A per-user topic: a message now and then, the older ones dropped (by age, here by hand).
    const log = new TopicLog('e', 1_000)
    for (let i = 1; i <= 500; i++) {
      log.append(bytes(100, i), {}, i)
      log.dropOldest(log.count - 1)
      expect(log.byteCapacity).toBeLessThanOrEqual(2 * 1024)
    }
    expect(log.at(0).payload).toEqual(bytes(100, 500))
  })

  it('gives every payload above 4 KiB a chunk of its own, and an empty payload pins no chunk', () => {
    const log = new TopicLog('e', 10)
    log.append(bytes(10, 1), {}, 1)
    log.append(bytes(5_000, 2), {}, 2) // would fit in no 1 KiB chunk anyway; 5 000 B exactly
    log.append(bytes(4_097, 3), {}, 3)
    expect(log.byteCapacity).toBe(1024 + 5_000 + 4_097)
    log.append(new Uint8Array(0), {}, 4)
    log.dropOldest(3)
    // Only the empty payload is retained: no bytes are held for it.
    expect(log.count).toBe(1)
    expect(log.byteCapacity).toBe(0)
    expect(log.at(0).payload).toEqual(new Uint8Array(0))
    log.append(bytes(7, 5), {}, 5)
    log.append(new Uint8Array(0), {}, 6)
    log.append(bytes(9, 7), {}, 7)
    log.dropOldest(2) // the empty one and the 7 bytes: the 9 bytes share their chunk, which stays
    expect(log.at(0).payload).toEqual(new Uint8Array(0))
    expect(log.at(1).payload).toEqual(bytes(9, 7))
    expect(log.byteCapacity).toBe(1024)
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
