import { describe, expect, it } from 'vitest'
import { createMemoryHistoryStore } from './memory.js'
import { runHistoryStoreContract } from './store.contract.js'

runHistoryStoreContract('memory', (o) => createMemoryHistoryStore(o))

describe('createMemoryHistoryStore()', () => {
  it('uses a new random epoch per instance (per process start)', async () => {
    const a = createMemoryHistoryStore()
    const b = createMemoryHistoryStore()
    expect((await a.append('t', 'x', { payload: new Uint8Array(), headers: {}, publishedAtMs: 0 })).epoch).not.toBe(
      (await b.append('t', 'x', { payload: new Uint8Array(), headers: {}, publishedAtMs: 0 })).epoch,
    )
  })

  it('evicts the least recently written topic past maxTopics and gives the re-created topic a new epoch', async () => {
    const store = createMemoryHistoryStore({ maxTopics: 2 })
    const m = { payload: new Uint8Array(), headers: {}, publishedAtMs: 0 }
    const first = await store.append('t', 'a', m)
    await store.append('t', 'b', m)
    await store.append('t', 'c', m) // evicts a
    const again = await store.append('t', 'a', m)
    expect(again.offset).toBe(1n)
    expect(again.epoch).not.toBe(first.epoch)
  })

  it('counts a write as use: a topic written again is evicted after the others', async () => {
    const store = createMemoryHistoryStore({ maxTopics: 3 })
    const m = { payload: new Uint8Array([1]), headers: {}, publishedAtMs: 0 }
    const a1 = await store.append('t', 'a', m)
    await store.append('t', 'b', m)
    await store.append('t', 'c', m)
    await store.append('t', 'a', m) // a is now the most recently written
    await store.append('t', 'd', m) // evicts b, the least recently written
    expect(await store.position('t', 'a')).toEqual({ epoch: a1.epoch, offset: 2n })
    expect((await store.position('t', 'b')).offset).toBe(0n)
    expect((await store.position('t', 'c')).offset).toBe(1n)
  })

  it('evicts in least-recently-written order over many writes (against a model)', () => {
    const maxTopics = 8
    const store = createMemoryHistoryStore({ maxTopics })
    const m = { payload: new Uint8Array([1]), headers: {}, publishedAtMs: 0 }
    const model: string[] = [] // least recently written first
    const offsets = new Map<string, bigint>()
    let seed = 12345
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let i = 0; i < 2_000; i++) {
      const topic = `t${Math.floor(random() * 20)}`
      const at = model.indexOf(topic)
      if (at >= 0) model.splice(at, 1)
      else if (model.length === maxTopics) offsets.delete(model.shift() as string)
      model.push(topic)
      const expected = (offsets.get(topic) ?? 0n) + 1n
      offsets.set(topic, expected)
      expect(store.appendNow?.('t', topic, m, undefined).offset).toBe(expected)
    }
  })
})
