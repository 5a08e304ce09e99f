/**
 * Hostile cases of design/hostile-cases.md sections D, E and F that other tests do not cover yet
 * (issue #4 test 8): D.34 subscription explosion, D.35 subscribe/unsubscribe churn, D.37 fanout
 * amplification, E.41 publisher faster than the node, F.45 limiter keyed on the tenant.
 * Covered elsewhere: D.30 and D.33 (hostile-invariants.test.ts), E.38 (slow-consumer.test.ts,
 * hostile-invariants.test.ts, slow-memory.test.ts here), E.40 (slow-policies.test.ts), F.43
 * (rate-limit.test.ts).
 */
import { Code, type ServerFrame, SUBPROTOCOL_PROTO, wireLength } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryHistoryStore, type HistoryStore, type RelayConfigInput } from '../../src/index.js'
import { connectClient, mintToken, openClient, startRelay, type TestClient, type TestRelay } from '../helpers.js'
import {
  type ChildRelay,
  DeliveryLog,
  instruments,
  KiB,
  MiB,
  metric,
  mib,
  rawSocket,
  samplesOf,
  scrapeSamples,
  seqPayload,
  sleep,
  spawnRelayChild,
  waitFor,
  within,
} from './flow-helpers.js'

const PROTO = { protocols: [SUBPROTOCOL_PROTO] }
const relays: TestRelay[] = []
afterAll(async () => {
  await Promise.all(relays.map((r) => r.close()))
})

/**
 * Sends `frames` pipelined and resolves once `frames.length` replies arrived (replies come in
 * command order); returns the reply kinds and error codes counted, and clears the client's frames.
 */
async function pipelined(client: TestClient, frames: Parameters<TestClient['send']>[0][], timeoutMs = 20_000) {
  const counts = new Map<string, number>()
  let replies = 0
  let done: () => void = () => undefined
  const finished = new Promise<void>((resolve) => {
    done = resolve
  })
  const onMessage = (data: Buffer) => {
    const frame = client.codec.decodeServer(new Uint8Array(data))
    if (frame.id === 0) return
    const key = frame.kind === 'error' ? `error:${frame.error?.code}` : String(frame.kind)
    counts.set(key, (counts.get(key) ?? 0) + 1)
    if (++replies === frames.length) done()
  }
  client.ws.on('message', onMessage)
  for (const frame of frames) client.send({ ...frame, id: frame.id ?? client.id() })
  try {
    await within(finished, timeoutMs, `${frames.length} replies`)
  } finally {
    client.ws.off('message', onMessage)
    client.frames.length = 0
  }
  return counts
}

describe('D.34 subscription explosion', () => {
  const MAX_TOPICS = 300
  const ATTEMPTS = 1_000
  const config: RelayConfigInput = {
    limits: { maxSubscriptions: 128 },
    tenants: { default: { limits: { maxTopics: MAX_TOPICS } } },
  }

  it('stops one connection at 128 subscriptions and the tenant at its topic cap; router state stays bounded', async () => {
    const tools = instruments(config)
    const t = await startRelay(config, { limiter: tools.limiter, broker: tools.broker })
    relays.push(t)
    const before = await samplesOf(t.relay)
    const token = await mintToken({ sub: 'exploder' })
    const accepted: number[] = []
    const clients: TestClient[] = []
    for (let c = 0; c < 4; c++) {
      const client = await connectClient(t.url, token, PROTO)
      clients.push(client)
      const counts = await pipelined(
        client,
        Array.from({ length: ATTEMPTS }, (_, i) => ({ subscribe: { topic: `boom.c${c}.t${i}` } })),
      )
      accepted.push(counts.get('subscribeAck') ?? 0)
      expect((counts.get('subscribeAck') ?? 0) + (counts.get(`error:${Code.CODE_LIMIT_EXCEEDED}`) ?? 0)).toBe(ATTEMPTS)
      expect(client.ws.readyState).toBe(client.ws.OPEN)
    }
    // 128 per connection until the tenant's 300 distinct topics are reached.
    expect(accepted).toEqual([128, 128, MAX_TOPICS - 256, 0])
    expect(tools.limiter.usage('default')).toEqual({ connections: 4, subscriptions: MAX_TOPICS, topics: MAX_TOPICS })
    expect(tools.interests()).toBe(MAX_TOPICS)
    const after = await samplesOf(t.relay)
    const rejections = (kind: string) =>
      metric(after, 'zerorelay_quota_rejections_total', { kind }) -
      metric(before, 'zerorelay_quota_rejections_total', { kind })
    expect(rejections('connection_subscriptions')).toBe(2 * (ATTEMPTS - 128))
    expect(rejections('tenant_topics')).toBe(ATTEMPTS - (MAX_TOPICS - 256) + ATTEMPTS)
    for (const c of clients) c.close()
    await Promise.all(clients.map((c) => c.closed))
    await waitFor(() => tools.limiter.usage('default').connections === 0, 'the connections to be released')
    expect(tools.limiter.usage('default')).toEqual({ connections: 0, subscriptions: 0, topics: 0 })
    expect(tools.interests()).toBe(0)
  })
})

describe('D.35 churn and D.37 fanout amplification (relay in a child process)', () => {
  const QUEUE_BYTES = 1 * MiB
  const BYTES_PER_S = 1 * MiB
  const BYTES_BURST = 1 * MiB
  let relay: ChildRelay

  beforeAll(async () => {
    relay = await spawnRelayChild({
      limits: {
        // High message rate for the churn; a byte rate the fanout publisher runs into.
        messagesPerSecond: 100_000,
        messagesBurst: 200_000,
        bytesPerSecond: BYTES_PER_S,
        bytesBurst: BYTES_BURST,
        maxRateViolations: 1_000,
        maxQueuedBytes: QUEUE_BYTES,
        maxQueuedMessages: 100_000,
        maxQueueAgeMs: 0,
      },
      history: { maxMessagesPerTopic: 4 },
    })
  })
  afterAll(async () => {
    await relay?.stop()
  })

  const CONNECTIONS = 4
  const CYCLES = 100_000
  const BATCH = 250

  async function churn(clients: TestClient[], cycles: number, tag: string): Promise<void> {
    const perClient = cycles / clients.length
    await Promise.all(
      clients.map(async (client, c) => {
        for (let start = 0; start < perClient; start += BATCH) {
          const frames = []
          for (let i = start; i < start + BATCH; i++) {
            const topic = `churn.${tag}.c${c}.t${i}`
            frames.push({ subscribe: { topic } }, { unsubscribe: { topic } })
          }
          const counts = await pipelined(client, frames)
          if (counts.get('subscribeAck') !== BATCH || counts.get('unsubscribeAck') !== BATCH) {
            throw new Error(`churn batch failed: ${JSON.stringify([...counts])}`)
          }
        }
      }),
    )
  }

  it('D.35: 100 000 subscribe→unsubscribe cycles on unique topics leave limiter, router and heap at baseline', async () => {
    const token = await mintToken({ sub: 'churner' })
    const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => connectClient(relay.url, token, PROTO)))
    await churn(clients, 10_000, 'warm')
    const baselineState = await relay.state()
    const baseline = await relay.memory()
    const startMs = Date.now()
    await churn(clients, CYCLES, 'run')
    const elapsedMs = Date.now() - startMs
    const state = await relay.state()
    const after = await relay.memory()
    console.log(
      `D.35: ${CYCLES} cycles in ${elapsedMs} ms; heapUsed baseline ${mib(baseline.heapUsed)} MiB, after ${mib(after.heapUsed)} MiB; ` +
        `state ${JSON.stringify(state)}`,
    )
    expect(baselineState.usage).toEqual({ connections: CONNECTIONS, subscriptions: 0, topics: 0 })
    expect(state).toEqual(baselineState)
    expect(state.interests).toBe(0)
    expect(after.heapUsed).toBeLessThanOrEqual(1.1 * baseline.heapUsed + 2 * MiB)
    for (const c of clients) c.close()
    await Promise.all(clients.map((c) => c.closed))
  }, 60_000)

  it('D.37: max-size publishes to 100 subscribers (96 stalled): the publisher is throttled with RATE_LIMITED, memory stays within the queue caps', async () => {
    const SUBSCRIBERS = 100
    const STALLED = 96
    const ATTEMPTS = 120
    const token = await mintToken({ sub: 'fan' })
    const subs: TestClient[] = []
    for (let i = 0; i < SUBSCRIBERS; i += 10) {
      subs.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, async () => {
            const c = await connectClient(relay.url, token, PROTO)
            await c.call({ subscribe: { topic: 'fan.out' } })
            return c
          }),
        )),
      )
    }
    const readers = subs.slice(STALLED)
    const logs = readers.map((c) => new DeliveryLog(c))
    const pub = await connectClient(relay.url, token, PROTO)
    // The largest publish that fits a 64 KiB WebSocket message with its frame around it.
    const frameOf = (payloadBytes: number) =>
      wireLength(
        pub.codec.encodeClient({
          id: 1000,
          publish: { topic: 'fan.out', payload: new Uint8Array(payloadBytes), ack: true },
        }),
      )
    let payloadBytes = 64 * KiB
    while (frameOf(payloadBytes) > 64 * KiB) payloadBytes--
    const frameBytes = frameOf(payloadBytes)
    const before = await scrapeSamples(relay.adminUrl)
    const baseline = await relay.memory()
    for (const c of subs.slice(0, STALLED)) rawSocket(c).pause()

    // All pipelined at once, never waiting for retryAfterMs: far above the byte rate.
    const startMs = Date.now()
    const acked: number[] = []
    let refused = 0
    let peak = 0
    const ids: number[] = []
    for (let i = 0; i < ATTEMPTS; i++) {
      const id = pub.id()
      ids.push(id)
      pub.send({ id, publish: { topic: 'fan.out', payload: seqPayload(i, payloadBytes), ack: true } })
    }
    for (const [i, id] of ids.entries()) {
      const reply: ServerFrame = await pub.reply(id)
      if (reply.kind === 'publishAck') acked.push(i)
      else {
        expect(reply.error?.code).toBe(Code.CODE_RATE_LIMITED)
        expect(reply.error?.retryAfterMs).toBeGreaterThan(0)
        refused++
      }
      if (i % 30 === 29) {
        const m = await relay.memory()
        peak = Math.max(peak, m.heapUsed + m.arrayBuffers)
      }
    }
    const elapsedS = (Date.now() - startMs) / 1000
    const m = await relay.memory()
    peak = Math.max(peak, m.heapUsed + m.arrayBuffers)
    // At most the burst plus the refill of the elapsed time passes (+1 for the one in progress).
    const allowance = Math.floor((BYTES_BURST + BYTES_PER_S * elapsedS) / frameBytes) + 1
    for (const [i, log] of logs.entries()) {
      await waitFor(() => {
        if ((readers[i] as TestClient).ws.readyState === 3) throw new Error('a reading subscriber was closed')
        return log.count >= acked.length
      }, 'the readers to receive the accepted publishes')
    }
    await sleep(100)
    for (const log of logs) expect(log.seqs.get('fan.out')).toEqual(acked)
    for (const c of subs.slice(0, STALLED)) rawSocket(c).resume()
    const after = await scrapeSamples(relay.adminUrl)
    const growth = peak - (baseline.heapUsed + baseline.arrayBuffers)
    const bound = STALLED * QUEUE_BYTES + 32 * MiB
    console.log(
      `D.37: ${ATTEMPTS} publishes of ${frameBytes} bytes in ${elapsedS.toFixed(1)} s: ${acked.length} accepted ` +
        `(allowance ${allowance}), ${refused} RATE_LIMITED; heap+arrayBuffers growth at peak ${mib(growth)} MiB (bound ${mib(bound)} MiB)`,
    )
    expect(acked.length).toBeLessThanOrEqual(allowance)
    expect(refused).toBe(ATTEMPTS - acked.length)
    expect(refused).toBeGreaterThan(ATTEMPTS / 2)
    expect(
      metric(after, 'zerorelay_rate_limited_total', { scope: 'connection', reason: 'bytes' }) -
        metric(before, 'zerorelay_rate_limited_total', { scope: 'connection', reason: 'bytes' }),
    ).toBe(refused)
    expect(
      metric(after, 'zerorelay_messages_published_total') - metric(before, 'zerorelay_messages_published_total'),
    ).toBe(acked.length)
    expect(growth).toBeLessThanOrEqual(bound)
    for (const c of subs) c.close()
    pub.close()
    await within(Promise.all([...subs, pub].map((c) => c.closed)), 10_000, 'the clients to close')
  }, 60_000)
})

/** A history store that answers each append after `delayMs` (a slow Redis), counting appends in flight. */
function slowStore(delayMs: number): { history: HistoryStore; maxInFlight: () => number } {
  const inner = createMemoryHistoryStore({ maxMessagesPerTopic: 4 })
  let inFlight = 0
  let maxInFlight = 0
  const history: HistoryStore = {
    append(tenant, topic, message, options) {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      const stored = inner.append(tenant, topic, message, options)
      return sleep(delayMs)
        .then(() => stored)
        .finally(() => {
          inFlight--
        })
    },
    position: (tenant, topic) => inner.position(tenant, topic),
    read: (tenant, topic, after, limit) => inner.read(tenant, topic, after, limit),
    isReady: () => inner.isReady(),
    close: () => inner.close(),
  }
  return { history, maxInFlight: () => maxInFlight }
}

describe('E.41 publisher faster than the node', () => {
  const MAX_PENDING_PUBLISHES = 16
  const MAX_PENDING_COMMANDS = 64
  const STORE_DELAY_MS = 5

  it('bounds the publishes in flight and stops reading the socket instead of queueing or refusing', async () => {
    const { history, maxInFlight: inFlightMax } = slowStore(STORE_DELAY_MS)
    const t = await startRelay(
      {
        limits: {
          maxPendingPublishes: MAX_PENDING_PUBLISHES,
          maxPendingCommands: MAX_PENDING_COMMANDS,
          messagesPerSecond: 0,
          bytesPerSecond: 0,
        },
      },
      { history },
    )
    relays.push(t)
    const before = await samplesOf(t.relay)
    const pub = await connectClient(t.url, await mintToken({ sub: 'firehose' }), PROTO)
    // 2 000 × 4 KiB pipelined at once: far more than the node answers per store round trip.
    const TOTAL = 2_000
    const frames = Array.from({ length: TOTAL }, (_, i) => ({
      publish: { topic: 'fast.pub', payload: seqPayload(i, 4 * KiB), ack: true },
    }))
    let maxClientBuffered = 0
    const sampler = setInterval(() => {
      maxClientBuffered = Math.max(maxClientBuffered, rawSocket(pub).writableLength)
    }, 5)
    let counts: Map<string, number>
    try {
      counts = await pipelined(pub, frames, 30_000)
    } finally {
      clearInterval(sampler)
    }
    const after = await samplesOf(t.relay)
    const pendingRefusals =
      metric(after, 'zerorelay_rate_limited_total', { reason: 'pending' }) -
      metric(before, 'zerorelay_rate_limited_total', { reason: 'pending' })
    console.log(
      `E.41: ${TOTAL} pipelined publishes: ${JSON.stringify([...counts])}; store appends in flight at most ${inFlightMax()}; ` +
        `client-side unsent bytes at most ${mib(maxClientBuffered)} MiB; ${pendingRefusals} refused for the pending cap`,
    )
    // In flight is bounded by the pending-command cap, whatever the client pipelines.
    expect(inFlightMax()).toBeLessThanOrEqual(MAX_PENDING_COMMANDS)
    // The relay stopped reading (TCP backpressure) instead of reading on and refusing: (nearly)
    // everything was accepted although at most MAX_PENDING_COMMANDS could be pending at once.
    expect(counts.get('publishAck') ?? 0).toBeGreaterThanOrEqual(0.95 * TOTAL)
    expect((counts.get('publishAck') ?? 0) + pendingRefusals).toBe(TOTAL)
    expect(pub.ws.readyState).toBe(pub.ws.OPEN)
    pub.close()
    await pub.closed
  }, 40_000)

  it('answers commands past maxPendingCommands with RATE_LIMITED (pending) at once, as one strike', async () => {
    const PENDING = 8
    const { history, maxInFlight } = slowStore(50)
    // Reading pauses only at 256 publishes in flight: the pending-command cap acts first.
    const t = await startRelay(
      { limits: { maxPendingPublishes: 256, maxPendingCommands: PENDING, messagesPerSecond: 0, bytesPerSecond: 0 } },
      { history },
    )
    relays.push(t)
    const before = await samplesOf(t.relay)
    const pub = await connectClient(t.url, await mintToken({ sub: 'pipeliner' }), PROTO)
    const TOTAL = 50
    const ids = Array.from({ length: TOTAL }, (_, i) => {
      const id = pub.id()
      pub.send({ id, publish: { topic: 'pending.x', payload: seqPayload(i), ack: true } })
      return id
    })
    let accepted = 0
    const refusals: ServerFrame[] = []
    for (const id of ids) {
      const reply = await pub.reply(id)
      if (reply.kind === 'publishAck') accepted++
      else refusals.push(reply)
    }
    const after = await samplesOf(t.relay)
    expect(accepted).toBeGreaterThanOrEqual(1)
    expect(maxInFlight()).toBeLessThanOrEqual(PENDING)
    expect(refusals.length).toBe(TOTAL - accepted)
    expect(refusals.length).toBeGreaterThanOrEqual(TOTAL - 2 * PENDING)
    for (const r of refusals) {
      expect(r.error?.code).toBe(Code.CODE_RATE_LIMITED)
      expect(r.error?.retryAfterMs).toBe(100)
    }
    expect(
      metric(after, 'zerorelay_rate_limited_total', { reason: 'pending', fatal: 'false' }) -
        metric(before, 'zerorelay_rate_limited_total', { reason: 'pending', fatal: 'false' }),
    ).toBe(refusals.length)
    // A pipelined burst is one strike: the connection stays and serves the next command.
    expect((await pub.call({ ping: { clientTimeMs: 1 } })).kind).toBe('pong')
    pub.close()
    await pub.closed
  })
})

describe('F.45 limiter keyed on the authenticated tenant', () => {
  it('rotating subjects, subprotocol offers and X-Forwarded-For share one tenant bucket and add no limiter state', async () => {
    const BURST = 20
    const CONNECTIONS = 30
    const config: RelayConfigInput = {
      tenants: { default: { limits: { publishesPerSecond: 1, publishesBurst: BURST } } },
    }
    const tools = instruments(config)
    const t = await startRelay(config, { limiter: tools.limiter, broker: tools.broker })
    relays.push(t)
    const before = await samplesOf(t.relay)
    const startMs = Date.now()
    const clients: TestClient[] = []
    for (let i = 0; i < CONNECTIONS; i++) {
      const client = await openClient(t.url, {
        protocols: [`x-rotating-${i}`, SUBPROTOCOL_PROTO],
        headers: { 'X-Forwarded-For': `203.0.113.${i}, 2001:db8::${i.toString(16)}` },
      })
      const reply = await client.call({ connect: { token: await mintToken({ sub: `rotating-${i}` }) } })
      expect(reply.kind).toBe('connected')
      clients.push(client)
    }
    let accepted = 0
    let refused = 0
    for (const client of clients) {
      for (let k = 0; k < 2; k++) {
        const reply = await client.call({ publish: { topic: 'spoof.x', payload: seqPayload(k), ack: true } })
        if (reply.kind === 'publishAck') accepted++
        else {
          expect(reply.error?.code).toBe(Code.CODE_RATE_LIMITED)
          refused++
        }
      }
    }
    const elapsedS = (Date.now() - startMs) / 1000
    // One bucket for the tenant: the burst plus the refill of the elapsed time, whoever published.
    expect(accepted).toBeGreaterThanOrEqual(BURST)
    expect(accepted).toBeLessThanOrEqual(BURST + Math.ceil(elapsedS))
    expect(refused).toBe(2 * CONNECTIONS - accepted)
    const after = await samplesOf(t.relay)
    expect(
      metric(after, 'zerorelay_rate_limited_total', { scope: 'tenant', reason: 'publishes', fatal: 'false' }) -
        metric(before, 'zerorelay_rate_limited_total', { scope: 'tenant', reason: 'publishes', fatal: 'false' }),
    ).toBe(refused)
    // Limiter state: one key (the tenant), whatever the subjects, subprotocols or forwarded addresses.
    expect([...tools.keys]).toEqual(['default'])
    expect(tools.limiter.usage('default').connections).toBe(CONNECTIONS)
    for (const c of clients) c.close()
    await Promise.all(clients.map((c) => c.closed))
    await waitFor(() => tools.limiter.usage('default').connections === 0, 'the connections to be released')
    expect(tools.limiter.usage('default')).toEqual({ connections: 0, subscriptions: 0, topics: 0 })
  })
})
