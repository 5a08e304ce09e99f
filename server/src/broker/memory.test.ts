import { describe, expect, it } from 'vitest'
import { runBrokerContract } from './broker.contract.js'
import type { BrokerMessage } from './broker.js'
import { createMemoryBroker } from './memory.js'

runBrokerContract('memory', () => createMemoryBroker())

describe('memory broker, publishNow()', () => {
  const message = (topic: string): BrokerMessage => ({
    tenant: 't',
    topic,
    payload: new Uint8Array([1]),
    headers: {},
    epoch: 'e',
    offset: 1n,
    publishedAtMs: 1,
    origin: { nodeId: 'n', connectionId: 'c' },
  })

  it('hands the message to every interested handler before it returns', () => {
    const broker = createMemoryBroker()
    const got: string[] = []
    broker.attach((m) => got.push(`a:${m.topic}`)).addInterest('t', ['orders', '*'])
    broker.attach((m) => got.push(`b:${m.topic}`)).addInterest('t', ['other'])
    broker.publishNow?.(message('orders.eu'))
    expect(got).toEqual(['a:orders.eu'])
  })

  it('carries a dead letter whose name is longer than the publish grammar allows ($dlq. + 16 tokens)', () => {
    const broker = createMemoryBroker()
    const got: string[] = []
    broker.attach((m) => got.push(m.topic)).addInterest('t', ['$dlq', '>'])
    const topic = `$dlq.${Array.from({ length: 16 }, (_, i) => `t${i}`).join('.')}`
    broker.publishNow?.(message(topic))
    expect(got).toEqual([topic])
  })
})
