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
})
