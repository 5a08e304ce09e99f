/** Two relays sharing one broker and one history store behave as one cluster (the path Redis will take). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryBroker, createMemoryHistoryStore } from '../src/index.js'
import { connectClient, mintToken, startRelay, type TestRelay } from './helpers.js'

let a: TestRelay
let b: TestRelay

beforeAll(async () => {
  const broker = createMemoryBroker()
  const history = createMemoryHistoryStore()
  a = await startRelay({}, { broker, history, nodeId: 'a' })
  b = await startRelay({}, { broker, history, nodeId: 'b' })
})
afterAll(async () => {
  await a.close()
  await b.close()
})

describe('two nodes on one broker', () => {
  it('delivers a publish on node A to a subscriber on node B, in order, with one offset sequence', async () => {
    const token = await mintToken()
    const sub = await connectClient(b.url, token)
    const pub = await connectClient(a.url, token)
    await sub.call({ subscribe: { topic: 'cluster.*' } })
    const acks = []
    for (let i = 0; i < 5; i++)
      acks.push(await pub.call({ publish: { topic: 'cluster.x', payload: new Uint8Array([i]), ack: true } }))
    for (let i = 0; i < 5; i++) {
      const d = await sub.next((f) => f.kind === 'delivery')
      expect(d.delivery?.payload?.[0]).toBe(i)
      expect(String(d.delivery?.offset)).toBe(String(acks[i]?.publishAck?.offset))
    }
    sub.close()
    pub.close()
  })
})
