/**
 * Slow-consumer policies over real sockets (issue #4, tests 3 and 4): a reader that keeps up at
 * 80 % is closed by the age cap long before the byte cap; in a `drop` namespace a stalled
 * subscriber loses deliveries but is told exactly how many by `gap` frames that precede the
 * topic's next delivery, and stays connected, while a topic outside the namespace still closes.
 */
import { SUBPROTOCOL_PROTO, toU64 } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, mintToken, startRelay, type TestClient, type TestRelay } from '../helpers.js'
import {
  KiB,
  MiB,
  metric,
  mib,
  publishPipelined,
  rawSocket,
  samplesOf,
  seqOf,
  seqPayload,
  sleep,
  waitFor,
  within,
} from './flow-helpers.js'

const PROTO = { protocols: [SUBPROTOCOL_PROTO] }

describe('dribbling reader (age cap)', () => {
  const CAP = 32 * MiB
  const MAX_AGE_MS = 500
  const PUBLISH_BYTES_PER_S = 8 * MiB
  const READ_BYTES_PER_S = 0.8 * PUBLISH_BYTES_PER_S
  const PAYLOAD_BYTES = 16 * KiB
  let t: TestRelay

  beforeAll(async () => {
    t = await startRelay({
      limits: {
        maxQueuedBytes: CAP,
        maxQueuedMessages: 100_000,
        maxQueueAgeMs: MAX_AGE_MS,
        messagesPerSecond: 0,
        bytesPerSecond: 0,
      },
      history: { maxMessagesPerTopic: 4 },
    })
  })
  afterAll(async () => {
    await t.close()
  })

  it('closes a reader at 80 % of the publish rate with 4008 for age, before the byte cap', async () => {
    const token = await mintToken()
    const sub = await connectClient(t.url, token, PROTO)
    const pub = await connectClient(t.url, token, PROTO)
    await sub.call({ subscribe: { topic: 'dribble' } })
    const before = await samplesOf(t.relay)

    // The reader: reads at READ_BYTES_PER_S, measured from the start; never stops for longer than its pace.
    const raw = rawSocket(sub)
    const startMs = Date.now()
    let readBytes = 0
    let lastReadMs = startMs
    const allowed = () => (READ_BYTES_PER_S * (Date.now() - startMs)) / 1000
    raw.on('data', (chunk: Buffer) => {
      readBytes += chunk.length
      lastReadMs = Date.now()
      if (readBytes >= allowed()) raw.pause()
    })
    raw.pause()
    let longestPauseMs = 0
    let isClosed = false
    void sub.closed.then(() => {
      isClosed = true
    })

    // Bounded pace loop (20 s at most): publisher at PUBLISH_BYTES_PER_S, reader at 80 %, queue gauge sampled.
    let sent = 0
    let maxQueuedBytes = 0
    let tick = 0
    const deadline = startMs + 20_000
    while (!isClosed && Date.now() < deadline) {
      const now = Date.now()
      while ((sent + 1) * PAYLOAD_BYTES <= (PUBLISH_BYTES_PER_S * (now - startMs)) / 1000) {
        pub.send({ publish: { topic: 'dribble', payload: seqPayload(sent, PAYLOAD_BYTES) } })
        sent++
      }
      if (readBytes < allowed()) {
        if (raw.isPaused()) raw.resume()
      } else if (!raw.isPaused()) {
        raw.pause()
      }
      // The longest stretch without a byte read (the reader is paced, never stalled).
      longestPauseMs = Math.max(longestPauseMs, now - lastReadMs)
      if (++tick % 10 === 0) {
        maxQueuedBytes = Math.max(
          maxQueuedBytes,
          metric(await samplesOf(t.relay), 'zerorelay_outbound_queued_bytes_max'),
        )
      }
      await sleep(5)
    }
    raw.resume()
    const closed = await within(sub.closed, 5_000, 'the dribbling reader to be closed')
    const after = await samplesOf(t.relay)
    const delta = (reason: string) =>
      metric(after, 'zerorelay_slow_consumer_actions_total', { policy: 'disconnect', reason }) -
      metric(before, 'zerorelay_slow_consumer_actions_total', { policy: 'disconnect', reason })
    console.log(
      `dribbling reader: closed ${closed.code} after ${Date.now() - startMs} ms, published ${mib(sent * PAYLOAD_BYTES)} MiB, ` +
        `read ${mib(readBytes)} MiB (${((readBytes / (sent * PAYLOAD_BYTES)) * 100).toFixed(0)} %), ` +
        `max queued ${mib(maxQueuedBytes)} MiB of ${mib(CAP)} MiB, longest read pause ${longestPauseMs} ms`,
    )
    expect(closed.code).toBe(4008)
    expect(delta('age')).toBe(1)
    expect(delta('bytes')).toBe(0)
    expect(maxQueuedBytes).toBeLessThan(CAP)
    // The reader kept reading: it got most of what was published and never paused long.
    expect(readBytes).toBeGreaterThan(0.5 * sent * PAYLOAD_BYTES)
    expect(longestPauseMs).toBeLessThan(MAX_AGE_MS)
    pub.close()
    await pub.closed
  }, 30_000)
})

describe('drop policy namespace', () => {
  const CAP = 256 * KiB
  const PAYLOAD_BYTES = 8 * KiB
  const TOPICS = ['telemetry.a', 'telemetry.b', 'telemetry.c']
  const PER_TOPIC = 400
  let t: TestRelay

  beforeAll(async () => {
    t = await startRelay({
      limits: {
        maxQueuedBytes: CAP,
        maxQueuedMessages: 100_000,
        maxQueueAgeMs: 0,
        messagesPerSecond: 0,
        bytesPerSecond: 0,
      },
      history: { maxMessagesPerTopic: 4 },
      slowConsumer: { policy: 'disconnect', namespaces: [{ prefix: 'telemetry', policy: 'drop' }] },
    })
  })
  afterAll(async () => {
    await t.close()
  })

  type Event = { readonly seq: number } | { readonly dropped: number }

  /** Per-topic deliveries and gaps of a client, in arrival order. */
  function eventLog(client: TestClient): Map<string, Event[]> {
    const events = new Map<string, Event[]>()
    const push = (topic: string, e: Event) => {
      let list = events.get(topic)
      if (list === undefined) {
        list = []
        events.set(topic, list)
      }
      list.push(e)
    }
    client.ws.on('message', (data: Buffer) => {
      const frame = client.codec.decodeServer(new Uint8Array(data))
      if (frame.kind === 'delivery') push(frame.delivery?.topic ?? '', { seq: seqOf(frame.delivery?.payload) })
      if (frame.kind === 'gap') push(frame.gap?.topic ?? '', { dropped: Number(toU64(frame.gap?.dropped)) })
    })
    return events
  }

  /** delivered + sum(dropped) of a topic's events. */
  const accounted = (events: readonly Event[]) => events.reduce((n, e) => n + ('seq' in e ? 1 : e.dropped), 0) as number

  it('drops with gap notices that precede the next delivery, keeps the subscriber; outside the namespace closes 4008', async () => {
    const token = await mintToken()
    const sub = await connectClient(t.url, token, PROTO)
    const pub = await connectClient(t.url, token, PROTO)
    expect((await sub.call({ subscribe: { topic: 'telemetry.*' } })).kind).toBe('subscribeAck')
    const events = eventLog(sub)
    const before = await samplesOf(t.relay)
    rawSocket(sub).pause()

    // Interleaved over the three topics; each topic's payloads are numbered 0..PER_TOPIC-1.
    const ids: number[] = []
    let acked = 0
    const awaitAcks = async () => {
      for (; acked < ids.length; acked++) expect((await pub.reply(ids[acked] as number)).kind).toBe('publishAck')
    }
    for (let i = 0; i < PER_TOPIC; i++) {
      for (const topic of TOPICS) {
        const id = pub.id()
        ids.push(id)
        pub.send({ id, publish: { topic, payload: seqPayload(i, PAYLOAD_BYTES), ack: true } })
      }
      // Bounded pipelining: every 16 rounds, wait for every ack so far.
      if (i % 16 === 15) await awaitAcks()
    }
    await awaitAcks()
    const stalled = await samplesOf(t.relay)
    const droppedWhileStalled =
      metric(stalled, 'zerorelay_deliveries_dropped_total') - metric(before, 'zerorelay_deliveries_dropped_total')
    expect(droppedWhileStalled).toBeGreaterThan(0)

    rawSocket(sub).resume()
    await waitFor(
      () => TOPICS.every((topic) => accounted(events.get(topic) ?? []) >= PER_TOPIC),
      'every publish to be delivered or announced by a gap',
    )
    // Everything is accounted for; wait a little for anything beyond (there must be nothing).
    await sleep(200)
    let droppedTotal = 0
    let gapFrames = 0
    for (const topic of TOPICS) {
      const list = events.get(topic) ?? []
      expect(accounted(list)).toBe(PER_TOPIC)
      // Walk in arrival order: each delivery's number is exactly the next one after the gaps before it.
      let expected = 0
      for (const e of list) {
        if ('dropped' in e) {
          expect(e.dropped).toBeGreaterThan(0)
          expected += e.dropped
          droppedTotal += e.dropped
          gapFrames++
        } else {
          expect(e.seq).toBe(expected)
          expected++
        }
      }
      expect(expected).toBe(PER_TOPIC)
    }
    expect(droppedTotal).toBe(droppedWhileStalled)
    const after = await samplesOf(t.relay)
    const delta = (name: string, labels?: Record<string, string>) =>
      metric(after, name, labels) - metric(before, name, labels)
    expect(delta('zerorelay_deliveries_dropped_total')).toBe(droppedTotal)
    expect(delta('zerorelay_gaps_sent_total')).toBe(gapFrames)
    expect(delta('zerorelay_slow_consumer_actions_total', { policy: 'drop' })).toBeGreaterThan(0)
    expect(delta('zerorelay_slow_consumer_actions_total', { policy: 'disconnect' })).toBe(0)
    console.log(
      `drop policy: published ${TOPICS.length * PER_TOPIC}, dropped ${droppedTotal} in ${gapFrames} gaps, ` +
        `delivered ${TOPICS.length * PER_TOPIC - droppedTotal}`,
    )

    // The same subscriber is still connected and served.
    expect((await sub.call({ ping: { clientTimeMs: 1 } })).kind).toBe('pong')
    expect(sub.frames.some((f) => f.kind === 'disconnect')).toBe(false)

    // A topic outside the namespace on the same relay still disconnects a stalled subscriber.
    const plain = await connectClient(t.url, token, PROTO)
    await plain.call({ subscribe: { topic: 'plain.x' } })
    rawSocket(plain).pause()
    await publishPipelined(pub, 'plain.x', PER_TOPIC, { payloadOf: (i) => seqPayload(i, PAYLOAD_BYTES) })
    rawSocket(plain).resume()
    expect((await plain.closed).code).toBe(4008)
    const end = await samplesOf(t.relay)
    expect(
      metric(end, 'zerorelay_slow_consumer_actions_total', { policy: 'disconnect', reason: 'bytes' }) -
        metric(after, 'zerorelay_slow_consumer_actions_total', { policy: 'disconnect', reason: 'bytes' }),
    ).toBe(1)
    // The drop subscriber was not affected by plain.x (it is not subscribed to it).
    expect((await sub.call({ ping: { clientTimeMs: 2 } })).kind).toBe('pong')
    sub.close()
    pub.close()
    await Promise.all([sub.closed, pub.closed])
  }, 30_000)
})
