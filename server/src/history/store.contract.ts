/**
 * The HistoryStore contract as a reusable test suite: `runHistoryStoreContract(name, factory)`.
 * The memory store always runs it; the Redis store (later issue) runs the same suite.
 */
import { describe, expect, it } from 'vitest'
import type { HistoryStore, StoredMessage } from './store.js'

/** Factory options the contract needs to control. */
export interface HistoryContractOptions {
  readonly maxMessagesPerTopic: number
  readonly maxAgeMs: number
  readonly now: () => number
  /** Idempotency-key window in milliseconds. */
  readonly dedupeWindowMs: number
}

const msg = (text: string, publishedAtMs = 1_000): StoredMessage => ({
  payload: new TextEncoder().encode(text),
  headers: { k: text },
  publishedAtMs,
})

/** Runs the HistoryStore contract against `factory`. */
export function runHistoryStoreContract(
  name: string,
  factory: (options: HistoryContractOptions) => HistoryStore | Promise<HistoryStore>,
): void {
  describe(`HistoryStore contract: ${name}`, () => {
    const make = (over: Partial<HistoryContractOptions> = {}) =>
      factory({ maxMessagesPerTopic: 100, maxAgeMs: 0, now: () => 1_000, dedupeWindowMs: 60_000, ...over })

    it('assigns strictly increasing offsets per topic within one epoch', async () => {
      const store = await make()
      const positions = []
      for (let i = 0; i < 20; i++) positions.push(await store.append('t', 'a.b', msg(`m${i}`)))
      for (let i = 1; i < positions.length; i++) {
        expect(positions[i]?.epoch).toBe(positions[0]?.epoch)
        expect((positions[i]?.offset ?? 0n) > (positions[i - 1]?.offset ?? 0n)).toBe(true)
      }
      const last = positions[positions.length - 1]
      expect(await store.position('t', 'a.b')).toEqual({ epoch: last?.epoch, offset: last?.offset })
      expect(positions.every((p) => !p.duplicate)).toBe(true)
      await store.close()
    })

    it('resolves concurrent appends to one topic in call order', async () => {
      const store = await make()
      const all = await Promise.all(Array.from({ length: 50 }, (_, i) => store.append('t', 'x', msg(`m${i}`))))
      const offsets = all.map((p) => p.offset)
      expect(offsets).toEqual([...offsets].sort((a, b) => (a < b ? -1 : 1)))
      expect(new Set(offsets).size).toBe(50)
      await store.close()
    })

    it('keeps tenants and topics apart', async () => {
      const store = await make()
      await store.append('a', 'chat.x', msg('a1'))
      await store.append('a', 'chat.x', msg('a2'))
      const b = await store.append('b', 'chat.x', msg('b1'))
      expect(b.offset).toBe(1n)
      expect((await store.position('a', 'chat.y')).offset).toBe(0n)
      const readB = await store.read('b', 'chat.x', 0n, 10)
      expect(readB.map((m) => new TextDecoder().decode(m.payload))).toEqual(['b1'])
      await store.close()
    })

    it('reads back messages after an offset, oldest first, with payload and headers unchanged', async () => {
      const store = await make()
      const payload = Uint8Array.from({ length: 256 }, (_, i) => i)
      await store.append('t', 'x', { payload, headers: { ü: '✓' }, publishedAtMs: 5 })
      await store.append('t', 'x', msg('second'))
      const read = await store.read('t', 'x', 0n, 10)
      expect(read).toHaveLength(2)
      expect([...(read[0]?.payload ?? [])]).toEqual([...payload])
      expect(read[0]?.headers).toEqual({ ü: '✓' })
      expect(read[0]?.offset).toBe(1n)
      expect((await store.read('t', 'x', 1n, 10)).map((m) => m.offset)).toEqual([2n])
      expect(await store.read('t', 'x', 0n, 1)).toHaveLength(1)
      await store.close()
    })

    it('bounds history by count', async () => {
      const store = await make({ maxMessagesPerTopic: 3 })
      for (let i = 0; i < 10; i++) await store.append('t', 'x', msg(`m${i}`))
      const read = await store.read('t', 'x', 0n, 100)
      expect(read.map((m) => m.offset)).toEqual([8n, 9n, 10n])
      await store.close()
    })

    it('bounds history by age', async () => {
      let clock = 10_000
      const store = await make({ maxAgeMs: 1_000, now: () => clock })
      await store.append('t', 'x', msg('old', 9_000))
      await store.append('t', 'x', msg('new', 10_000))
      clock = 10_500
      expect((await store.read('t', 'x', 0n, 10)).map((m) => m.offset)).toEqual([2n])
      await store.close()
    })

    it('stores a publish repeated with the same idempotency key once, within the window', async () => {
      let clock = 1_000
      const store = await make({ now: () => clock, dedupeWindowMs: 5_000 })
      const first = await store.append('t', 'x', msg('a'), { idempotencyKey: 'k1' })
      await store.append('t', 'x', msg('other'))
      const again = await store.append('t', 'x', msg('a'), { idempotencyKey: 'k1' })
      expect(first.duplicate).toBe(false)
      expect(again).toEqual({ epoch: first.epoch, offset: first.offset, duplicate: true })
      expect((await store.read('t', 'x', 0n, 10)).map((m) => m.offset)).toEqual([1n, 2n])
      // Keys are per (tenant, topic).
      expect((await store.append('t', 'y', msg('a'), { idempotencyKey: 'k1' })).duplicate).toBe(false)
      expect((await store.append('u', 'x', msg('a'), { idempotencyKey: 'k1' })).duplicate).toBe(false)
      clock += 5_001
      const late = await store.append('t', 'x', msg('a'), { idempotencyKey: 'k1' })
      expect(late).toEqual({ epoch: first.epoch, offset: 3n, duplicate: false })
      await store.close()
    })

    it('dedupes concurrent appends with the same idempotency key', async () => {
      const store = await make()
      const all = await Promise.all(
        Array.from({ length: 10 }, () => store.append('t', 'x', msg('same'), { idempotencyKey: 'k' })),
      )
      expect(all.filter((p) => !p.duplicate)).toHaveLength(1)
      expect(new Set(all.map((p) => p.offset))).toEqual(new Set([1n]))
      expect(await store.read('t', 'x', 0n, 10)).toHaveLength(1)
      await store.close()
    })
  })
}
