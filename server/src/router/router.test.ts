import { type FrameCodec, jsonCodec, protoCodec, type WireData } from '@zerorelay/protocol'
import { describe, expect, it } from 'vitest'
import type { BrokerMessage } from '../broker/broker.js'
import { createMemoryBroker } from '../broker/memory.js'
import { createRouter, type RouteTarget } from './router.js'

function countingCodec(base: FrameCodec) {
  const counter = { encodes: 0 }
  const codec: FrameCodec = {
    ...base,
    encodeServer(frame) {
      counter.encodes++
      return base.encodeServer(frame)
    },
    encodeDelivery(topic, message, deliveryCount) {
      counter.encodes++
      return base.encodeDelivery(topic, message, deliveryCount)
    },
  }
  return { codec, counter }
}

function target(id: string, codec: FrameCodec, accept = true) {
  const got: WireData[] = []
  const t: RouteTarget = {
    id,
    codec,
    deliver(data) {
      got.push(data)
      return accept
    },
  }
  return { t, got }
}

const message = (topic: string, connectionId = 'pub'): BrokerMessage => ({
  tenant: 't',
  topic,
  payload: new Uint8Array([1, 2, 3]),
  headers: {},
  epoch: 'e',
  offset: 1n,
  publishedAtMs: 0,
  origin: { nodeId: 'n', connectionId },
})

describe('createRouter()', () => {
  it('encodes a delivery once per codec in use and hands the same bytes to every subscriber', async () => {
    const proto = countingCodec(protoCodec)
    const json = countingCodec(jsonCodec)
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const targets = [
      ...Array.from({ length: 5 }, (_, i) => target(`p${i}`, proto.codec)),
      ...Array.from({ length: 3 }, (_, i) => target(`j${i}`, json.codec)),
    ]
    for (const { t } of targets) router.subscribe('t', ['a', '*'], t)
    await router.publish(message('a.b'))
    expect(proto.counter.encodes).toBe(1)
    expect(json.counter.encodes).toBe(1)
    const protoBytes = targets[0]?.got[0]
    for (const { got } of targets.slice(0, 5)) expect(got[0]).toBe(protoBytes)
    const jsonText = targets[5]?.got[0]
    for (const { got } of targets.slice(5)) expect(got[0]).toBe(jsonText)
  })

  it('encodes nothing when only the JSON codec is in use for proto and vice versa (lazy)', async () => {
    const proto = countingCodec(protoCodec)
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const { t } = target('x', jsonCodec)
    router.subscribe('t', ['a'], t)
    await router.publish(message('a'))
    expect(proto.counter.encodes).toBe(0)
  })

  it('delivers once per connection despite overlapping patterns and skips the publisher without echo', async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: false })
    const a = target('a', jsonCodec)
    const pub = target('pub', jsonCodec)
    router.subscribe('t', ['a', '>'], a.t)
    router.subscribe('t', ['a', 'b'], a.t)
    router.subscribe('t', ['a', 'b'], pub.t)
    await router.publish(message('a.b', 'pub'))
    expect(a.got).toHaveLength(1)
    expect(pub.got).toHaveLength(0)
  })

  it('scopes subscriptions by tenant and withdraws broker interest with the last subscriber', async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const a = target('a', jsonCodec)
    router.subscribe('other', ['>'], a.t)
    await router.publish(message('x'))
    expect(a.got).toHaveLength(0)
    expect(router.unsubscribe('other', ['>'], a.t)).toBe(true)
    expect(router.unsubscribe('other', ['>'], a.t)).toBe(false)
    expect(router.size).toBe(0)
  })

  it('sees every subscribe and unsubscribe between two messages to the same topic', async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const a = target('a', jsonCodec)
    const b = target('b', jsonCodec)
    const c = target('c', jsonCodec)
    router.subscribe('t', ['a', 'b'], a.t)
    await router.publish(message('a.b'))
    router.subscribe('t', ['a', '*'], b.t)
    await router.publish(message('a.b'))
    router.unsubscribe('t', ['a', 'b'], a.t)
    router.subscribe('t', ['>'], c.t)
    await router.publish(message('a.b'))
    await router.publish(message('a.c'))
    router.unsubscribe('t', ['a', '*'], b.t)
    await router.publish(message('a.b'))
    expect([a.got.length, b.got.length, c.got.length]).toEqual([2, 3, 3])
  })

  it('keeps delivering correctly when more topics are published than the match cache holds', async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const subs = Array.from({ length: 300 }, (_, i) => target(`s${i}`, jsonCodec))
    for (const { t } of subs) router.subscribe('t', ['>'], t)
    // 1000 topics × 301 cached entries each is past the cache bound: it must start over, not grow.
    for (let i = 0; i < 1000; i++) await router.publish(message(`x.${i}`))
    for (const { got } of subs) expect(got).toHaveLength(1000)
    const late = target('late', jsonCodec)
    router.subscribe('t', ['x', '5'], late.t)
    await router.publish(message('x.5'))
    expect(late.got).toHaveLength(1)
  })
})
