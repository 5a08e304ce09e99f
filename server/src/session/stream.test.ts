import { Code, fromU64, protoCodec, type ServerFrame, toU64, type WireData } from '@zerorelay/protocol'
import { describe, expect, it } from 'vitest'
import { deliverySchema } from '../config/schema.js'
import { RelayError } from '../errors.js'
import { createMemoryHistoryStore } from '../history/memory.js'
import type { HistoryStore } from '../history/store.js'
import { createRelayMetrics } from '../metrics/metrics.js'
import { type StreamHost, type StreamMessage, TopicStream } from './stream.js'

const TENANT = 't'
const TOPIC = 'a.b'

function fakeHost(history: HistoryStore, policy: Partial<ReturnType<typeof deliverySchema.parse>> = {}) {
  let now = 1_000
  const sent: { data: WireData; frame: ServerFrame }[] = []
  const deadLetters: { message: StreamMessage; deliveries: number }[] = []
  const flushWaiters: (() => void)[] = []
  const armed: number[] = []
  const metrics = createRelayMetrics()
  const host: StreamHost = {
    codec: protoCodec,
    history,
    metrics,
    policy: deliverySchema.parse({ ackWaitMs: 100, maxDeliver: 2, replayPageSize: 3, ...policy }),
    tenant: TENANT,
    now: () => now,
    isOpen: () => true,
    send(data) {
      sent.push({ data, frame: protoCodec.decodeServer(data) })
      return true
    },
    flushed: () => new Promise<void>((resolve) => flushWaiters.push(resolve)),
    armRedelivery: (atMs) => armed.push(atMs),
    deadLetter: (_topic, message, deliveries) => deadLetters.push({ message, deliveries }),
    failed: (_topic, err) => {
      throw err
    },
  }
  return {
    host,
    sent,
    deadLetters,
    armed,
    metrics,
    advance(ms: number) {
      now += ms
      return now
    },
    /** Lets the replay loop run until it waits for a flush (no flush happens). */
    async settle() {
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r))
    },
    /** Lets the replay loop run until it waits for a flush, then lets the queue "flush" once. */
    async flushOnce() {
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r))
      const waiters = flushWaiters.splice(0)
      for (const w of waiters) w()
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r))
    },
  }
}

async function store(count: number, options: Parameters<typeof createMemoryHistoryStore>[0] = {}) {
  const history = createMemoryHistoryStore({ epoch: 'e1', ...options })
  const messages: StreamMessage[] = []
  for (let i = 1; i <= count; i++) {
    const m = { payload: new Uint8Array([i]), headers: {}, publishedAtMs: Date.now() }
    const p = await history.append(TENANT, TOPIC, m)
    messages.push({ ...m, epoch: p.epoch, offset: p.offset })
  }
  return { history, messages }
}

/** The router's shared encoding of a live message (deliveryCount 1). */
const encodeLive = (m: StreamMessage) =>
  protoCodec.encodeServer({
    delivery: { topic: TOPIC, payload: m.payload, epoch: m.epoch, offset: fromU64(m.offset), deliveryCount: 1 },
  })

/** An at-least-once stream on TOPIC in epoch e1. */
const atLeastOnceStream = (host: StreamHost, maxInFlight: number, startAfter: bigint, head: bigint) =>
  new TopicStream(host, { topic: TOPIC, atLeastOnce: true, maxInFlight, epoch: 'e1', startAfter, head })

const offsets = (sent: { frame: ServerFrame }[]) => sent.map((s) => toU64(s.frame.delivery?.offset))

describe('TopicStream', () => {
  it('sends the next live message as the shared bytes (deliveryCount 1) and re-encodes only redeliveries', async () => {
    const { history, messages } = await store(1)
    const f = fakeHost(history)
    const stream = atLeastOnceStream(f.host, 10, 0n, 0n)
    const shared = encodeLive(messages[0] as StreamMessage)
    expect(stream.live(messages[0] as StreamMessage, shared, 10)).toBe(true)
    expect(f.sent[0]?.data).toBe(shared)
    expect(f.armed).toEqual([1_100])
    expect(stream.redeliver(f.advance(50))).toBe(1_100)
    expect(f.sent).toHaveLength(1)
    stream.redeliver(f.advance(50))
    expect(f.sent[1]?.data).not.toBe(shared)
    expect(f.sent[1]?.frame.delivery?.deliveryCount).toBe(2)
    // maxDeliver 2: the next expiry dead-letters instead of delivering a third time.
    expect(stream.redeliver(f.advance(100))).toBe(Number.POSITIVE_INFINITY)
    expect(f.sent).toHaveLength(2)
    expect(f.deadLetters.map((d) => [d.message.offset, d.deliveries])).toEqual([[1n, 2]])
    expect(stream.pendingCount).toBe(0)
  })

  it('holds live deliveries at maxInFlight and sends them as the shared bytes when acks make room', async () => {
    const { history, messages } = await store(10)
    const f = fakeHost(history, { replayPageSize: 2 })
    const stream = atLeastOnceStream(f.host, 3, 0n, 0n)
    const live = messages.map(encodeLive)
    messages.forEach((m, i) => stream.live(m, live[i] as Uint8Array, 5))
    // 1..3 fit the window and go out as the shared bytes; 4..10 wait for acks.
    expect(f.sent).toHaveLength(3)
    expect((await f.metrics.acksPending.get()).values[0]?.value).toBe(3)
    stream.ack('e1', 2n)
    expect(offsets(f.sent)).toEqual([1n, 2n, 3n, 4n, 5n])
    stream.ack('e1', 5n)
    expect(offsets(f.sent)).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n])
    stream.ack('e1', 8n)
    expect(offsets(f.sent)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i + 1)))
    // Every one of them is the router's encoding: nothing was read back and encoded per subscriber.
    f.sent.forEach((sent, i) => expect(sent.data).toBe(live[i]))
    await f.settle()
    expect(f.sent).toHaveLength(10)
  })

  it('dates a live delivery when it is fanned out and a held one when it is sent, per stream clock', async () => {
    const { history, messages } = await store(2)
    const f = fakeHost(history)
    const g = fakeHost(history)
    g.advance(500) // another clock: the same message fanned out to its stream must not reuse f's reading
    const a = atLeastOnceStream(f.host, 1, 0n, 0n)
    const b = atLeastOnceStream(g.host, 10, 0n, 0n)
    const [m1, m2] = messages as [StreamMessage, StreamMessage]
    // One fanout of m1 to both streams: each tracks it at its own clock's time (deadline = now + ackWaitMs 100).
    a.live(m1, encodeLive(m1), 5)
    b.live(m1, encodeLive(m1), 5)
    expect(f.armed).toEqual([1_100])
    expect(g.armed).toEqual([1_600])
    // m2 waits in `a` (window 1) while a's clock moves on; it is dated when the ack lets it out.
    a.live(m2, encodeLive(m2), 5)
    f.advance(1_000)
    a.ack('e1', 1n)
    expect(offsets(f.sent)).toEqual([1n, 2n])
    expect(f.armed).toEqual([1_100, 2_100])
    // Not redelivered before its own deadline: 2 000 + 100.
    expect(a.redeliver(2_099)).toBe(2_100)
    expect(f.sent).toHaveLength(2)
  })

  it("shares a fanned-out message's window entry; one stream's ack or redelivery leaves the others alone", async () => {
    const { history, messages } = await store(1)
    const f = fakeHost(history) // ackWaitMs 100, maxDeliver 2
    const longArmed: number[] = []
    // Same clock, another ack wait: it must not share the entry (its deadline differs).
    const longWait: StreamHost = {
      ...f.host,
      policy: deliverySchema.parse({ ackWaitMs: 300, maxDeliver: 2, replayPageSize: 3 }),
      armRedelivery: (atMs) => longArmed.push(atMs),
    }
    const a = atLeastOnceStream(f.host, 10, 0n, 0n)
    const b = atLeastOnceStream(f.host, 10, 0n, 0n)
    const c = atLeastOnceStream(longWait, 10, 0n, 0n)
    const m = messages[0] as StreamMessage
    const shared = encodeLive(m)
    for (const s of [a, b, c]) s.live(m, shared, 5)
    expect(f.armed).toEqual([1_100, 1_100])
    expect(longArmed).toEqual([1_300])
    b.ack('e1', 1n)
    // a redelivers at its deadline (count 2, next deadline 1 200); b has nothing; c's entry is untouched.
    expect(a.redeliver(f.advance(100))).toBe(1_200)
    expect(b.redeliver(1_100)).toBe(Number.POSITIVE_INFINITY)
    expect(c.redeliver(1_100)).toBe(1_300)
    expect(f.sent.map((x) => x.frame.delivery?.deliveryCount)).toEqual([1, 1, 1, 2])
    // a dead-letters after maxDeliver; c still redelivers its own first delivery, as count 2.
    expect(a.redeliver(f.advance(100))).toBe(Number.POSITIVE_INFINITY)
    expect(f.deadLetters.map((d) => [d.message.offset, d.deliveries])).toEqual([[1n, 2]])
    expect(c.redeliver(f.advance(100))).toBe(1_600)
    expect(f.sent.map((x) => x.frame.delivery?.deliveryCount)).toEqual([1, 1, 1, 2, 2])
    expect([a.pendingCount, b.pendingCount, c.pendingCount]).toEqual([0, 0, 1])
  })

  it('redelivers live fanouts recorded across chunks in offset order, each stream from its own ack', async () => {
    const count = 150 // more than two chunks of the shared record
    const { history, messages } = await store(count)
    const f = fakeHost(history, { maxDeliver: 5 })
    const a = atLeastOnceStream(f.host, 200, 0n, 0n)
    const b = atLeastOnceStream(f.host, 200, 0n, 0n)
    for (const [i, m] of messages.entries()) {
      if (i === 10) f.advance(10) // later send times: a later deadline for the rest
      const data = encodeLive(m)
      a.live(m, data, 5)
      b.live(m, data, 5)
    }
    expect(f.sent).toHaveLength(2 * count)
    a.ack('e1', 70n)
    expect([a.pendingCount, b.pendingCount]).toEqual([count - 70, count])
    // At 1 100 only the first ten (sent at 1 000) are due: b redelivers them, a has acked them.
    f.sent.length = 0
    expect(a.redeliver(f.advance(90))).toBe(1_110)
    expect(b.redeliver(1_100)).toBe(1_110)
    expect(offsets(f.sent)).toEqual(messages.slice(0, 10).map((m) => m.offset))
    // At 1 110 the rest is due for both, in offset order; the first ten of b follow at 1 200.
    f.sent.length = 0
    expect(a.redeliver(f.advance(10))).toBe(1_210)
    expect(offsets(f.sent)).toEqual(messages.slice(70).map((m) => m.offset))
    f.sent.length = 0
    expect(b.redeliver(1_110)).toBe(1_200)
    expect(offsets(f.sent)).toEqual(messages.slice(10).map((m) => m.offset))
    expect(f.sent.every((x) => x.frame.delivery?.deliveryCount === 2)).toBe(true)
    // Acks still work on the redelivered entries.
    b.ack('e1', BigInt(count))
    a.ack('e1', BigInt(count))
    expect([a.pendingCount, b.pendingCount]).toEqual([0, 0])
  })

  it('replays what it was not handed live from the store, in pages, held at maxInFlight', async () => {
    const { history, messages } = await store(10)
    const f = fakeHost(history, { replayPageSize: 2 })
    // A resume from offset 0 with the head at 8: 1..8 come from the store, 9 and 10 arrive live.
    const stream = atLeastOnceStream(f.host, 3, 0n, 8n)
    const live = messages.map(encodeLive)
    // One page (2) per flush of the queue, never more than the window (3).
    const flushes = async () => {
      for (let i = 0; i < 3; i++) await f.flushOnce()
    }
    stream.pump()
    await f.settle()
    expect(offsets(f.sent)).toEqual([1n, 2n])
    await flushes()
    expect(offsets(f.sent)).toEqual([1n, 2n, 3n])
    stream.live(messages[8] as StreamMessage, live[8] as Uint8Array, 5)
    stream.live(messages[9] as StreamMessage, live[9] as Uint8Array, 5)
    expect(f.sent).toHaveLength(3)
    stream.ack('e1', 3n)
    await flushes()
    expect(offsets(f.sent)).toEqual([1n, 2n, 3n, 4n, 5n, 6n])
    stream.ack('e1', 6n)
    await flushes()
    stream.ack('e1', 8n)
    await flushes()
    expect(offsets(f.sent)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i + 1)))
    // 1..8 were encoded for this subscriber (first deliveries); 9 and 10 are the shared live bytes.
    expect(
      f.sent.slice(0, 8).every((s) => s.frame.delivery?.deliveryCount === 1 && !live.includes(s.data as Uint8Array)),
    ).toBe(true)
    expect(f.sent[8]?.data).toBe(live[8])
    expect(f.sent[9]?.data).toBe(live[9])
  })

  it('serves from the store what came after a gap in the held live messages', async () => {
    const { history, messages } = await store(6)
    const f = fakeHost(history)
    const stream = atLeastOnceStream(f.host, 1, 0n, 0n)
    const live = messages.map(encodeLive)
    // 3 never reaches this node live (e.g. it was published elsewhere and missed): 4..6 cannot be held behind it.
    for (const i of [0, 1, 3, 4, 5]) stream.live(messages[i] as StreamMessage, live[i] as Uint8Array, 5)
    expect(offsets(f.sent)).toEqual([1n])
    for (let offset = 1n; offset <= 5n; offset++) {
      stream.ack('e1', offset)
      await f.flushOnce()
    }
    expect(offsets(f.sent)).toEqual([1n, 2n, 3n, 4n, 5n, 6n])
    expect(f.sent[1]?.data).toBe(live[1])
    expect(f.sent.slice(2).every((s) => !live.includes(s.data as Uint8Array))).toBe(true)
  })

  it('announces what the store trimmed before the held live messages as a gap, then sends them', async () => {
    const { history, messages } = await store(6, { maxMessagesPerTopic: 2 })
    const f = fakeHost(history)
    // A resume from 0 with the head at 4: the store only has 5 and 6 left, which also arrive live.
    const stream = atLeastOnceStream(f.host, 10, 0n, 4n)
    const live = messages.map(encodeLive)
    stream.pump()
    stream.live(messages[4] as StreamMessage, live[4] as Uint8Array, 5)
    stream.live(messages[5] as StreamMessage, live[5] as Uint8Array, 5)
    await f.flushOnce()
    expect(
      f.sent.map((s) => (s.frame.gap ? `gap ${toU64(s.frame.gap.dropped)}` : toU64(s.frame.delivery?.offset))),
    ).toEqual(['gap 4', 5n, 6n])
    expect(f.sent[1]?.data).toBe(live[4])
    expect(f.sent[2]?.data).toBe(live[5])
  })

  it('refuses acks for offsets never delivered and then changes nothing', async () => {
    const { history, messages } = await store(3)
    const f = fakeHost(history)
    const stream = atLeastOnceStream(f.host, 10, 1n, 1n)
    stream.live(messages[1] as StreamMessage, encodeLive(messages[1] as StreamMessage), 2)
    for (const [epoch, offset] of [
      ['e1', 3n],
      ['e1', 1n],
      ['other', 2n],
    ] as const) {
      expect(() => stream.ack(epoch, offset)).toThrow(RelayError)
      try {
        stream.ack(epoch, offset)
      } catch (err) {
        expect((err as RelayError).code).toBe(Code.CODE_BAD_REQUEST)
      }
      expect(stream.pendingCount).toBe(1)
    }
    stream.ack('e1', 2n)
    expect(stream.pendingCount).toBe(0)
  })

  it('reports messages trimmed before they could be replayed with a Gap, never silently', async () => {
    const { history } = await store(10, { maxMessagesPerTopic: 4 })
    const f = fakeHost(history, { replayPageSize: 10 })
    const stream = new TopicStream(f.host, {
      topic: TOPIC,
      atLeastOnce: false,
      maxInFlight: 0,
      epoch: 'e1',
      startAfter: 2n,
      head: 10n,
    })
    stream.pump()
    await f.flushOnce()
    expect(f.sent[0]?.frame.gap).toMatchObject({ topic: TOPIC })
    expect(toU64(f.sent[0]?.frame.gap?.dropped)).toBe(4n)
    expect(offsets(f.sent.slice(1))).toEqual([7n, 8n, 9n, 10n])
  })
})
