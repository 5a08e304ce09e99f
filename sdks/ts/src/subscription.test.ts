import { describe, expect, it } from 'vitest'
import { type GapEvent, isPattern, type RawDelivery, SubscriptionImpl, topicMatches } from './subscription.js'

function host() {
  const acks: [string, string, bigint][] = []
  const gaps: GapEvent[] = []
  return {
    acks,
    gaps,
    sendAck: (topic: string, epoch: string, offset: bigint) => void acks.push([topic, epoch, offset]),
    unsubscribe: async () => {},
    unhandledGap: (g: GapEvent) => void gaps.push(g),
  }
}

const raw = (offset: bigint, epoch = 'e1'): RawDelivery => ({
  topic: 'orders.eu',
  data: new Uint8Array([1]),
  headers: {},
  epoch,
  offset,
  publishedAtMs: 0n,
  deliveryCount: 1,
})

const info = { position: { epoch: 'e1', offset: 0n }, mode: 'at-least-once' as const, maxInFlight: 0 }

describe('topicMatches()', () => {
  it.each([
    ['orders.*', 'orders.eu', true],
    ['orders.*', 'orders', false],
    ['orders.*', 'orders.eu.fr', false],
    ['orders.>', 'orders.eu', true],
    ['orders.>', 'orders.eu.fr', true],
    ['orders.>', 'orders', false],
    ['*.eu', 'orders.eu', true],
    ['orders.eu', 'orders.eu', true],
    ['orders.eu', 'orders.fr', false],
  ])('%s ~ %s = %s', (pattern, topic, expected) => {
    expect(topicMatches(pattern, topic)).toBe(expected)
  })

  it('recognises patterns', () => {
    expect(isPattern('a.*')).toBe(true)
    expect(isPattern('a.>')).toBe(true)
    expect(isPattern('a.b*')).toBe(false)
    expect(isPattern('a.b')).toBe(false)
  })
})

describe('SubscriptionImpl acks', () => {
  it('acks cumulatively and in order, whatever order the consumer acks in', async () => {
    const h = host()
    const sub = new SubscriptionImpl(h, 'orders.eu', { mode: 'at-least-once', autoAck: false })
    sub.onSubscribed(1, info)
    for (const o of [1n, 2n, 3n, 4n]) sub.push(raw(o), 1)
    const it = sub[Symbol.asyncIterator]()
    const ds = []
    for (let i = 0; i < 4; i++) ds.push((await it.next()).value)
    ds[2].ack()
    ds[1].ack()
    expect(h.acks).toEqual([])
    ds[0].ack()
    expect(h.acks).toEqual([['orders.eu', 'e1', 3n]])
    ds[0].ack()
    ds[3].ack()
    expect(h.acks).toEqual([
      ['orders.eu', 'e1', 3n],
      ['orders.eu', 'e1', 4n],
    ])
    expect(sub.resumePosition).toEqual({ epoch: 'e1', offset: 4n })
  })

  it('auto-acks a delivery when the consumer asks for the next one', async () => {
    const h = host()
    const sub = new SubscriptionImpl(h, 'orders.eu', { mode: 'at-least-once' })
    sub.onSubscribed(1, info)
    sub.push(raw(1n), 1)
    sub.push(raw(2n), 1)
    const it = sub[Symbol.asyncIterator]()
    await it.next()
    expect(h.acks).toEqual([])
    await it.next()
    expect(h.acks).toEqual([['orders.eu', 'e1', 1n]])
  })

  it('ignores acks of deliveries from an earlier connection and drops their buffer', async () => {
    const h = host()
    const sub = new SubscriptionImpl(h, 'orders.eu', { mode: 'at-least-once', autoAck: false })
    sub.onSubscribed(1, info)
    sub.push(raw(1n), 1)
    sub.push(raw(2n), 1)
    const first = (await sub[Symbol.asyncIterator]().next()).value
    sub.onDisconnected()
    expect(sub.state).toBe('resubscribing')
    sub.onSubscribed(2, info)
    first.ack()
    expect(h.acks).toEqual([])
    sub.push(raw(2n), 2)
    const again = (await sub[Symbol.asyncIterator]().next()).value
    expect(again.offset).toBe(2n)
  })

  it('does not ack at-most-once deliveries and tracks the last received position', async () => {
    const h = host()
    const sub = new SubscriptionImpl(h, 'orders.eu', {})
    sub.onSubscribed(1, { ...info, mode: 'at-most-once' })
    sub.push(raw(7n), 1)
    ;(await sub[Symbol.asyncIterator]().next()).value.ack()
    expect(h.acks).toEqual([])
    expect(sub.resumePosition).toEqual({ epoch: 'e1', offset: 7n })
  })

  it('ends with the error after the buffered deliveries', async () => {
    const sub = new SubscriptionImpl(host(), 'orders.eu', {})
    sub.onSubscribed(1, info)
    sub.push(raw(1n), 1)
    const { RelayError, Code } = await import('./errors.js')
    sub.fail(new RelayError(Code.CODE_PERMISSION_DENIED, 'no'))
    const it = sub[Symbol.asyncIterator]()
    expect((await it.next()).value.offset).toBe(1n)
    await expect(it.next()).rejects.toMatchObject({ code: Code.CODE_PERMISSION_DENIED })
    expect(await sub.closed()).toMatchObject({ code: Code.CODE_PERMISSION_DENIED })
  })

  it('reports gaps to onGap, or to the host when nobody listens', () => {
    const h = host()
    const seen: GapEvent[] = []
    const a = new SubscriptionImpl(h, 'orders.eu', { onGap: (g) => void seen.push(g) })
    const b = new SubscriptionImpl(h, 'orders.fr', {})
    const gap: GapEvent = { type: 'gap', subscription: 'x', topic: 'x', reason: 'dropped', dropped: 3n }
    a.gap(gap)
    b.gap(gap)
    expect(seen).toEqual([gap])
    expect(h.gaps).toEqual([gap])
  })
})
