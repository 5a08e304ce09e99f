import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { seededRandom } from '../test/helpers.js'
import {
  ackBatchFor,
  type Delivery,
  type GapEvent,
  isPattern,
  type RawDelivery,
  SubscriptionImpl,
  topicMatches,
} from './subscription.js'

/** A host that records acks (and, in `log`, the order of acks and unsubscribes); timers are the global ones. */
function host() {
  const acks: [string, string, bigint][] = []
  const generations: number[] = []
  const gaps: GapEvent[] = []
  const log: string[] = []
  return {
    acks,
    generations,
    gaps,
    log,
    sendAck: (topic: string, epoch: string, offset: bigint, generation: number) => {
      acks.push([topic, epoch, offset])
      generations.push(generation)
      log.push(`ack ${offset}`)
    },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    unsubscribe: async () => void log.push('unsubscribe'),
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

/** Reads `n` buffered deliveries without acking them (the iterator auto-acks only with autoAck). */
async function read(sub: SubscriptionImpl, n: number): Promise<Delivery[]> {
  const it = sub[Symbol.asyncIterator]()
  const out: Delivery[] = []
  for (let i = 0; i < n; i++) out.push((await it.next()).value)
  return out
}

/** An at-least-once subscription, active on connection 1, with manual acks. */
function activeSub(h: ReturnType<typeof host>, maxInFlight: number, ackDelayMs: number): SubscriptionImpl {
  const sub = new SubscriptionImpl(h, 'orders.eu', { mode: 'at-least-once', autoAck: false, maxInFlight }, ackDelayMs)
  sub.onSubscribed(1, { ...info, maxInFlight })
  return sub
}

const offsets = (h: ReturnType<typeof host>) => h.acks.map((a) => a[2])

describe('SubscriptionImpl ack coalescing', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('computes ackBatch = min(64, max(1, floor(maxInFlight / 4)))', () => {
    expect([0, 1, 3, 4, 7, 8, 63, 64, 100, 255, 256, 257, 1000].map(ackBatchFor)).toEqual([
      1, 1, 1, 1, 1, 2, 15, 16, 25, 63, 64, 64, 64,
    ])
  })

  it('sends one ack with the highest offset when ackBatch deliveries are acknowledged in one go', async () => {
    const h = host()
    const sub = activeSub(h, 64, 10) // ackBatch 16
    for (let o = 1n; o <= 20n; o++) sub.push(raw(o), 1)
    const ds = await read(sub, 20)
    for (const d of ds.slice(0, 15)) d.ack()
    expect(h.acks).toEqual([])
    ds[15]?.ack()
    expect(h.acks).toEqual([['orders.eu', 'e1', 16n]])
    // The batch went out: no timer is left running for it.
    expect(vi.getTimerCount()).toBe(0)
    // The remainder waits for the timer; out-of-order acks advance the point only once 17 is in.
    for (const d of ds.slice(17)) d.ack()
    ds[16]?.ack()
    expect(offsets(h)).toEqual([16n])
    vi.advanceTimersByTime(10)
    expect(offsets(h)).toEqual([16n, 20n])
    expect(h.generations).toEqual([1, 1])
    expect(sub.resumePosition).toEqual({ epoch: 'e1', offset: 20n })
  })

  it('counts deliveries, not ack() calls: an out-of-order batch completing at once sends one ack', async () => {
    const h = host()
    const sub = activeSub(h, 64, 10)
    for (let o = 1n; o <= 16n; o++) sub.push(raw(o), 1)
    const ds = await read(sub, 16)
    for (const d of ds.slice(1)) d.ack()
    expect(h.acks).toEqual([])
    ds[0]?.ack()
    expect(offsets(h)).toEqual([16n])
  })

  it('drops a pending ack of the old epoch when a delivery of a new epoch arrives (the relay would refuse it)', async () => {
    const h = host()
    const sub = activeSub(h, 64, 10)
    for (const o of [1n, 2n]) sub.push(raw(o), 1)
    const [d1, d2] = await read(sub, 2)
    d1?.ack()
    d2?.ack()
    expect(h.acks).toEqual([])
    sub.push(raw(1n, 'e2'), 1)
    vi.advanceTimersByTime(100)
    expect(h.acks).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
    const [n1] = await read(sub, 1)
    n1?.ack()
    vi.advanceTimersByTime(10)
    expect(h.acks).toEqual([['orders.eu', 'e2', 1n]])
  })

  it('sends a lone acknowledgement ackDelayMs after it, not at once, and does not lose it', async () => {
    const h = host()
    const sub = activeSub(h, 64, 10)
    for (const o of [1n, 2n, 3n]) sub.push(raw(o), 1)
    const ds = await read(sub, 3)
    ds[0]?.ack()
    expect(h.acks).toEqual([])
    vi.advanceTimersByTime(6)
    // A later acknowledgement does not restart the delay: it counts from the first unsent one.
    ds[1]?.ack()
    vi.advanceTimersByTime(3)
    expect(h.acks).toEqual([])
    vi.advanceTimersByTime(1)
    expect(offsets(h)).toEqual([2n])
    expect(vi.getTimerCount()).toBe(0)
    ds[2]?.ack()
    vi.advanceTimersByTime(9)
    expect(offsets(h)).toEqual([2n])
    vi.advanceTimersByTime(1)
    expect(offsets(h)).toEqual([2n, 3n])
  })

  it('sends every acknowledgement at once with ackDelayMs 0', async () => {
    const h = host()
    const sub = activeSub(h, 64, 0)
    for (const o of [1n, 2n, 3n]) sub.push(raw(o), 1)
    for (const d of await read(sub, 3)) d.ack()
    expect(offsets(h)).toEqual([1n, 2n, 3n])
    expect(vi.getTimerCount()).toBe(0)
  })

  it.each([0, 1, 2, 7])('acks at once with maxInFlight %i (ackBatch 1): a small window never waits', async (max) => {
    const h = host()
    const sub = activeSub(h, max, 10_000)
    for (const o of [1n, 2n]) sub.push(raw(o), 1)
    const ds = await read(sub, 2)
    ds[0]?.ack()
    expect(offsets(h)).toEqual([1n])
    ds[1]?.ack()
    expect(offsets(h)).toEqual([1n, 2n])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('sends the pending ack before the unsubscribe (unsubscribe(), break, abort)', async () => {
    const h = host()
    const sub = activeSub(h, 64, 10_000)
    sub.push(raw(1n), 1)
    ;(await read(sub, 1))[0]?.ack()
    await sub.unsubscribe()
    expect(h.log).toEqual(['ack 1', 'unsubscribe'])
    expect(vi.getTimerCount()).toBe(0)

    // Leaving the loop: the delivery being processed is not acked, the earlier one is.
    const h2 = host()
    const looped = activeSub(h2, 64, 10_000)
    looped.push(raw(1n), 1)
    looped.push(raw(2n), 1)
    for await (const d of looped) {
      d.ack()
      if (d.offset === 2n) break
    }
    expect(h2.log).toEqual(['ack 2', 'unsubscribe'])

    const h3 = host()
    const ac = new AbortController()
    const aborted = new SubscriptionImpl(
      h3,
      'orders.eu',
      { mode: 'at-least-once', autoAck: false, maxInFlight: 64, signal: ac.signal },
      10_000,
    )
    aborted.onSubscribed(1, { ...info, maxInFlight: 64 })
    aborted.push(raw(1n), 1)
    ;(await read(aborted, 1))[0]?.ack()
    ac.abort()
    expect(h3.log).toEqual(['ack 1', 'unsubscribe'])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('flushAcks() sends the pending ack (clean close) and ending the subscription stops its timer', async () => {
    const h = host()
    const sub = activeSub(h, 64, 10_000)
    for (const o of [1n, 2n]) sub.push(raw(o), 1)
    const ds = await read(sub, 2)
    ds[0]?.ack()
    sub.flushAcks()
    expect(offsets(h)).toEqual([1n])
    sub.flushAcks()
    expect(offsets(h)).toEqual([1n])
    ds[1]?.ack()
    expect(vi.getTimerCount()).toBe(1)
    sub.end()
    expect(vi.getTimerCount()).toBe(0)
    vi.runAllTimers()
    expect(offsets(h)).toEqual([1n])
  })

  it('drops pending acks when the connection is lost and never sends them on the next one', async () => {
    const h = host()
    const sub = activeSub(h, 64, 10)
    sub.push(raw(1n), 1)
    const [first] = await read(sub, 1)
    first?.ack()
    sub.onDisconnected()
    expect(vi.getTimerCount()).toBe(0)
    sub.onSubscribed(2, { ...info, maxInFlight: 64 })
    vi.advanceTimersByTime(1_000)
    expect(h.acks).toEqual([])
    // Resume still starts after what the application acknowledged.
    expect(sub.resumePosition).toEqual({ epoch: 'e1', offset: 1n })
    // The new connection coalesces its own acknowledgements, on its own generation.
    sub.push(raw(2n), 2)
    ;(await read(sub, 1))[0]?.ack()
    vi.advanceTimersByTime(10)
    expect(offsets(h)).toEqual([2n])
    expect(h.generations).toEqual([2])
  })

  it('sends strictly increasing offsets, ending at the highest, whatever the ack order and timing', async () => {
    const random = seededRandom(42)
    const h = host()
    const sub = activeSub(h, 40, 10) // ackBatch 10
    const n = 300
    for (let o = 1; o <= n; o++) sub.push(raw(BigInt(o)), 1)
    const ds = await read(sub, n)
    // Ack in a locally shuffled order, with time passing in between.
    for (let i = 0; i < n; i += 8) {
      const chunk = ds.slice(i, i + 8).sort(() => random() - 0.5)
      for (const d of chunk) {
        d.ack()
        vi.advanceTimersByTime(Math.floor(random() * 4))
      }
    }
    vi.advanceTimersByTime(10)
    const sent = offsets(h)
    expect(sent.at(-1)).toBe(BigInt(n))
    for (let i = 1; i < sent.length; i++) expect(sent[i]).toBeGreaterThan(sent[i - 1] as bigint)
    // Coalesced: far fewer frames than deliveries.
    expect(sent.length).toBeLessThanOrEqual(n / 10 + 10)
    expect(vi.getTimerCount()).toBe(0)
  })
})
