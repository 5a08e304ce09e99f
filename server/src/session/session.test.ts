import {
  CloseCode,
  Code,
  DeliveryMode,
  type FrameCodec,
  jsonCodec,
  protoCodec,
  type ServerFrame,
  toU64,
} from '@zerorelay/protocol'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { AuthError, type Authenticator, type Principal } from '../auth/authenticator.js'
import { createOutboundQueue, type OutboundQueue } from '../backpressure/outbound-queue.js'
import { createMemoryBroker } from '../broker/memory.js'
import { createMemoryHistoryStore } from '../history/memory.js'
import type { HistoryStore } from '../history/store.js'
import type { ConnectionRateSettings } from '../limits/connection-limiter.js'
import { createLocalTenantLimiter, type TenantLimiter, type TenantLimits } from '../limits/tenant-limiter.js'
import { createRelayMetrics } from '../metrics/metrics.js'
import { createRouter, type Router } from '../router/router.js'
import {
  createDeadlineQueue,
  createSession,
  type DeadlineEntry,
  hasUnknownTopLevelField,
  MAX_PUBLISH_HEADERS,
  type Session,
  truncateReason,
} from './session.js'

/** A fake clock with timers that fire when advanced. */
function createFakeClock(start = 1_000_000) {
  let now = start
  let seq = 0
  const timers = new Map<number, { at: number; fn: () => void }>()
  return {
    now: () => now,
    timers: {
      setTimeout(fn: () => void, ms: number) {
        const id = ++seq
        timers.set(id, { at: now + ms, fn })
        return id
      },
      clearTimeout(h: unknown) {
        timers.delete(h as number)
      },
    },
    /** Advances in 100 ms steps with inbound activity at each step (a live, responsive peer). */
    advanceActive(ms: number, session: { activity(): void }) {
      for (let left = ms; left > 0; left -= 100) {
        this.advance(Math.min(100, left))
        session.activity()
      }
    },
    advance(ms: number) {
      const target = now + ms
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0]
        if (due === undefined) break
        timers.delete(due[0])
        now = due[1].at
        due[1].fn()
      }
      now = target
    },
  }
}

/** Tokens are "subject:tenant:expiresAtMs[:pub-pattern]" for the fake authenticator. */
const fakeAuth: Authenticator = {
  async authenticate(token) {
    const [subject, tenant, exp, pub] = token.split(':')
    if (subject === 'bad' || !tenant || !exp) throw new AuthError('bad_signature', 'token signature is invalid')
    const principal: Principal = {
      subject: subject as string,
      tenant,
      expiresAtMs: Number(exp),
      publish: [pub ?? '>'],
      subscribe: ['>'],
    }
    return principal
  },
  close() {},
}

/** Tenant limits that never bind (each test lowers the one it is about). */
const UNLIMITED_TENANT: TenantLimits = {
  publishesPerSecond: 0,
  publishesBurst: 1,
  maxConnections: 1_000,
  maxSubscriptions: 1_000,
  maxTopics: 1_000,
  maxFrameBytes: 0,
}

interface Harness {
  session: Session
  sent: ServerFrame[]
  closes: { code: number; reason: string }[]
  pings: number
  /** Pings the outbound queue sent (its unread-age probe). */
  probes: number
  queue: OutboundQueue
  paused: boolean
  clock: ReturnType<typeof createFakeClock>
  codec: FrameCodec
  router: Router
  flush(): Promise<void>
  send(frame: Parameters<FrameCodec['encodeClient']>[0]): void
  metrics: ReturnType<typeof createRelayMetrics>
}

function harness(
  options: {
    codec?: FrameCodec
    maxQueuedBytes?: number
    router?: Router
    maxPendingPublishes?: number
    maxPendingCommands?: number
    rate?: Partial<ConnectionRateSettings>
    tenantLimits?: Partial<TenantLimits>
    limiter?: TenantLimiter
    dropTopics?: string
    maxUnreadAgeMs?: number
    history?: HistoryStore
  } = {},
): Harness {
  const codec = options.codec ?? jsonCodec
  const clock = createFakeClock()
  const metrics = createRelayMetrics()
  const router = options.router ?? createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
  const tasks: (() => void)[] = []
  const h: Partial<Harness> & { sent: ServerFrame[]; closes: { code: number; reason: string }[] } = {
    sent: [],
    closes: [],
    pings: 0,
    probes: 0,
    paused: false,
  }
  const socket = {
    bufferedAmount: 0,
    ping() {
      h.probes = (h.probes ?? 0) + 1
    },
    sendBatch(frames: readonly (Uint8Array | string)[], count: number) {
      for (const f of frames.slice(0, count)) h.sent.push(codec.decodeServer(f))
      return 'sent' as const
    },
  }
  const queue = createOutboundQueue({
    socket,
    maxBytes: options.maxQueuedBytes ?? 1 << 20,
    maxMessages: 1000,
    maxUnreadAgeMs: options.maxUnreadAgeMs ?? 0,
    schedule: (fn) => tasks.push(fn),
    now: clock.now,
  })
  const session = createSession({
    id: 's-1',
    codec,
    auth: fakeAuth,
    router,
    history: options.history ?? createMemoryHistoryStore({ now: clock.now }),
    nodeId: 'n',
    now: clock.now,
    timers: clock.timers,
    logger: pino({ level: 'silent' }),
    metrics,
    limiter:
      options.limiter ??
      createLocalTenantLimiter({
        limitsFor: () => ({ ...UNLIMITED_TENANT, ...options.tenantLimits }),
        now: clock.now,
      }),
    slowConsumerPolicy: (topic) =>
      options.dropTopics !== undefined && topic.startsWith(options.dropTopics) ? 'drop' : 'disconnect',
    retryAfterMs: 5_000,
    settings: {
      maxFrameBytes: 1024,
      maxSubscriptions: 2,
      maxBadFrames: 3,
      maxPendingPublishes: options.maxPendingPublishes ?? 100,
      maxPendingCommands: options.maxPendingCommands ?? 1_000,
      rate: {
        messagesPerSecond: 0,
        messagesBurst: 1,
        bytesPerSecond: 0,
        bytesBurst: 1,
        maxRateViolations: 3,
        ...options.rate,
      },
      authTimeoutMs: 1_000,
      pingIntervalMs: 500,
      pongTimeoutMs: 300,
      leewayMs: 100,
    },
    port: {
      queue,
      ping: () => {
        h.pings = (h.pings ?? 0) + 1
      },
      close: (code, reason) => {
        h.closes.push({ code, reason })
        // A real socket reports the close later; sessions must cope with that.
        queueMicrotask(() => h.session?.closed(code))
      },
      pauseReading: () => {
        h.paused = true
      },
      resumeReading: () => {
        h.paused = false
      },
    },
  })
  session.start()
  return Object.assign(h, {
    session,
    queue,
    clock,
    codec,
    router,
    metrics,
    async flush() {
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setImmediate(r))
        while (tasks.length > 0) tasks.shift()?.()
      }
    },
    send(frame: Parameters<FrameCodec['encodeClient']>[0]) {
      session.receive(codec.encodeClient(frame))
    },
  }) as Harness
}

/** The frames sent, as [kind, id, offset]. */
function deliveriesAndAcks(h: Harness) {
  return h.sent.map((f) => [f.kind, f.id, toU64(f.delivery?.offset ?? f.publishAck?.offset)])
}

/** Publishes with these ids to a topic the publisher itself subscribes: each delivery, then its ack. */
function echoedInOrder(ids: number[]) {
  return ids.flatMap((id, i) => [
    ['delivery', 0, BigInt(i + 1)],
    ['publishAck', id, BigInt(i + 1)],
  ])
}

async function connected(options: Parameters<typeof harness>[0] = {}, token = 'alice:t:1100000') {
  const h = harness(options)
  h.send({ id: 1, connect: { token } })
  await h.flush()
  expect(h.sent.shift()?.kind).toBe('connected')
  return h
}

describe('Session', () => {
  it('connects and announces limits and features', async () => {
    const h = harness()
    h.send({ id: 1, connect: { token: 'alice:t:2000000' } })
    await h.flush()
    const c = h.sent[0]
    expect(c?.id).toBe(1)
    expect(c?.connected?.subject).toBe('alice')
    expect(toU64(c?.connected?.tokenExpiresAtMs)).toBe(2_000_000n)
    expect(c?.connected?.limits?.maxSubscriptions).toBe(2)
    expect(h.session.state).toBe('connected')
  })

  it('closes with 4300 when no connect arrives within the auth timeout', async () => {
    const h = harness()
    h.clock.advanceActive(900, h.session)
    h.clock.advance(99)
    expect(h.closes).toEqual([])
    h.clock.advance(1)
    await h.flush()
    expect(h.closes[0]?.code).toBe(4300)
    expect(h.sent.at(-1)?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_AUTH_TIMEOUT)
  })

  it('refuses a bad token with UNAUTHENTICATED, 4501 and counts the reason', async () => {
    const h = harness()
    h.send({ id: 1, connect: { token: 'bad:t:1' } })
    await h.flush()
    expect(h.sent[0]?.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
    expect(h.sent[1]?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_UNAUTHENTICATED)
    expect(h.closes[0]?.code).toBe(4501)
    const values = (await h.metrics.authFailures.get()).values
    expect(values.find((v) => v.labels.reason === 'bad_signature')?.value).toBe(1)
  })

  it('refuses a token whose permission patterns are invalid (bad_claims)', async () => {
    const h = harness()
    h.send({ id: 1, connect: { token: 'alice:t:2000000:a..b' } })
    await h.flush()
    expect(h.sent[0]?.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
    const values = (await h.metrics.authFailures.get()).values
    expect(values.find((v) => v.labels.reason === 'bad_claims')?.value).toBe(1)
  })

  it('pings after inbound silence and closes 4012 when nothing answers', async () => {
    const h = await connected({}, 'alice:t:9000000')
    h.clock.advance(499)
    expect(h.pings).toBe(0)
    h.clock.advance(1)
    expect(h.pings).toBe(1)
    h.clock.advance(299)
    expect(h.closes).toEqual([])
    h.clock.advance(1)
    expect(h.closes[0]?.code).toBe(4012)
  })

  it('stays open when pongs arrive', async () => {
    const h = await connected({}, 'alice:t:9000000')
    for (let i = 0; i < 10; i++) {
      h.clock.advance(500)
      h.session.activity()
      h.clock.advance(100)
    }
    expect(h.pings).toBe(10)
    expect(h.closes).toEqual([])
  })

  it('closes with 4001 at token expiry plus leeway, unless refreshed', async () => {
    const h = await connected({}, 'alice:t:1001000') // now = 1_000_000
    h.clock.advanceActive(1_000, h.session)
    h.clock.advance(99)
    expect(h.closes).toEqual([])
    h.clock.advance(1)
    expect(h.closes[0]?.code).toBe(4001)

    const r = await connected({}, 'alice:t:1001000')
    r.send({ id: 2, refresh: { token: 'alice:t:5000000' } })
    await r.flush()
    expect(toU64(r.sent[0]?.refreshed?.tokenExpiresAtMs)).toBe(5_000_000n)
    r.clock.advanceActive(4_000, r.session)
    expect(r.closes).toEqual([])
  })

  it('refuses a refresh for another subject or tenant', async () => {
    const h = await connected()
    h.send({ id: 2, refresh: { token: 'bob:t:5000000' } })
    h.send({ id: 3, refresh: { token: 'alice:u:5000000' } })
    await h.flush()
    expect(h.sent.map((f) => f.error?.code)).toEqual([Code.CODE_PERMISSION_DENIED, Code.CODE_PERMISSION_DENIED])
  })

  it('answers commands in order and enforces the subscription limit', async () => {
    const h = await connected()
    h.send({ id: 2, subscribe: { topic: 'a' } })
    h.send({ id: 3, ping: {} })
    h.send({ id: 4, subscribe: { topic: 'b.*' } })
    h.send({ id: 5, subscribe: { topic: 'c' } })
    await h.flush()
    expect(h.sent.map((f) => [f.id, f.kind])).toEqual([
      [2, 'subscribeAck'],
      [3, 'pong'],
      [4, 'subscribeAck'],
      [5, 'error'],
    ])
    expect(h.sent[3]?.error?.code).toBe(Code.CODE_LIMIT_EXCEEDED)
  })

  it('counts bad requests and closes 4500 at maxBadFrames; INVALID_TOPIC does not count', async () => {
    const h = await connected()
    for (let i = 0; i < 5; i++) h.send({ id: 10 + i, subscribe: { topic: 'a..b' } })
    h.session.receive('{oops')
    h.send({ id: 20 })
    await h.flush()
    expect(h.closes).toEqual([])
    h.session.receive('[]')
    await h.flush()
    expect(h.closes[0]?.code).toBe(4500)
    expect(h.sent.at(-1)?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_BAD_REQUEST)
  })

  it('closes as slow consumer (4008) when a delivery does not fit, and drops what was queued', async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const slow = await connected({ router, maxQueuedBytes: 400 })
    const pub = await connected({ router })
    slow.send({ id: 2, subscribe: { topic: 'x' } })
    await slow.flush()
    slow.sent.length = 0
    for (let i = 0; i < 5; i++) pub.send({ id: 0, publish: { topic: 'x', payload: new Uint8Array(60) } })
    await pub.flush()
    expect(slow.closes[0]?.code).toBe(4008)
    expect(slow.sent).toHaveLength(1)
    expect(slow.sent[0]?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_SLOW_CONSUMER)
    await slow.flush()
    expect(router.size).toBe(0) // the slow connection's subscription was released on close
  })

  it('suppresses echo when echoPublishes is false', async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: false })
    const h = await connected({ router })
    h.send({ id: 2, subscribe: { topic: 'x' } })
    h.send({ id: 3, publish: { topic: 'x', payload: new Uint8Array([1]), ack: true } })
    await h.flush()
    expect(h.sent.map((f) => f.kind)).toEqual(['subscribeAck', 'publishAck'])
  })

  it('pauses reading past maxPendingPublishes and resumes after (a store that answers later)', async () => {
    const { appendNow: _, ...later } = createMemoryHistoryStore()
    const h = await connected({ maxPendingPublishes: 4, history: later })
    for (let i = 0; i < 10; i++) h.send({ id: 0, publish: { topic: 'p', payload: new Uint8Array([i]) } })
    expect(h.paused).toBe(true)
    await h.flush()
    expect(h.paused).toBe(false)
    expect((await later.position('t', 'p')).offset).toBe(10n)
  })

  it('publishes at once through in-process stores: stored, fanned out and acked before receive() returns', async () => {
    const history = createMemoryHistoryStore()
    const h = await connected({ maxPendingPublishes: 1, history })
    h.send({ id: 2, subscribe: { topic: 'p' } })
    await h.flush()
    expect(h.sent.splice(0).map((f) => f.kind)).toEqual(['subscribeAck'])
    for (let i = 0; i < 3; i++) h.send({ id: 10 + i, publish: { topic: 'p', payload: new Uint8Array([i]), ack: true } })
    // Nothing waits for a promise: no reading pause even at maxPendingPublishes 1, and every
    // delivery and ack is queued already, in frame order.
    expect(h.paused).toBe(false)
    expect(h.queue.length).toBe(6)
    expect(
      history.appendNow?.('t', 'p', { payload: new Uint8Array(0), headers: {}, publishedAtMs: 1 }, undefined),
    ).toMatchObject({ offset: 4n })
    await h.flush()
    expect(deliveriesAndAcks(h)).toEqual(echoedInOrder([10, 11, 12]))
  })

  it('keeps the publish order when the store answers at once only after an earlier publish went the slow way', async () => {
    // A publish still on its way holds the ones behind it in the chain, though the store could
    // now answer at once (the same holds behind a dead letter, which always takes the chain).
    const { appendNow, ...rest } = createMemoryHistoryStore()
    const history: { -readonly [K in keyof HistoryStore]: HistoryStore[K] } = { ...rest, appendNow: undefined }
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const h = await connected({ history, router })
    h.send({ id: 2, subscribe: { topic: 'p' } })
    await h.flush()
    h.sent.splice(0)
    h.send({ id: 3, publish: { topic: 'p', payload: new Uint8Array([1]), ack: true } })
    // Now the store answers at once, but the first publish is still on its way.
    history.appendNow = appendNow
    h.send({ id: 4, publish: { topic: 'p', payload: new Uint8Array([2]), ack: true } })
    await h.flush()
    expect(deliveriesAndAcks(h)).toEqual(echoedInOrder([3, 4]))
  })

  it('keeps subscriptions apart across subscribe and unsubscribe in any order', async () => {
    const h = await connected()
    const kinds = () => h.sent.splice(0).map((f) => [f.id, f.kind, f.error?.code ?? 0])
    h.send({ id: 2, subscribe: { topic: 'a' } })
    h.send({ id: 3, subscribe: { topic: 'b.*' } })
    h.send({ id: 4, subscribe: { topic: 'a' } })
    h.send({ id: 5, subscribe: { topic: 'b.*' } })
    await h.flush()
    expect(kinds()).toEqual([
      [2, 'subscribeAck', 0],
      [3, 'subscribeAck', 0],
      [4, 'error', Code.CODE_ALREADY_SUBSCRIBED],
      [5, 'error', Code.CODE_ALREADY_SUBSCRIBED],
    ])
    expect(h.session.subscriptionCount).toBe(2)
    expect(h.router.size).toBe(2)
    h.send({ id: 6, unsubscribe: { topic: 'a' } })
    h.send({ id: 7, subscribe: { topic: 'c' } })
    h.send({ id: 8, unsubscribe: { topic: 'b.*' } })
    h.send({ id: 9, unsubscribe: { topic: 'a' } })
    h.send({ id: 10, subscribe: { topic: 'b.*' } })
    await h.flush()
    expect(kinds()).toEqual([
      [6, 'unsubscribeAck', 0],
      [7, 'subscribeAck', 0],
      [8, 'unsubscribeAck', 0],
      [9, 'error', Code.CODE_NOT_FOUND],
      [10, 'subscribeAck', 0],
    ])
    expect(h.session.subscriptionCount).toBe(2)
    expect(h.router.size).toBe(2)
    h.session.closed(1000)
    expect(h.session.subscriptionCount).toBe(0)
    expect(h.router.size).toBe(0)
  })

  it('releases subscriptions when closed', async () => {
    const h = await connected()
    h.send({ id: 2, subscribe: { topic: 'a.>' } })
    await h.flush()
    expect(h.router.size).toBe(1)
    h.session.closed(1000)
    expect(h.router.size).toBe(0)
  })
})

describe('Session flow control', () => {
  const ratedOptions = { rate: { messagesPerSecond: 1, messagesBurst: 3, maxRateViolations: 2 } }

  it('answers frames over the message rate with RATE_LIMITED, its id and retryAfterMs, without running them', async () => {
    const h = await connected(ratedOptions) // connect took one token
    for (let i = 2; i <= 5; i++) h.send({ id: i, subscribe: { topic: `t${i}` } })
    await h.flush()
    // Refusals are answered at once, ahead of earlier replies; clients correlate by id.
    h.sent.sort((a, b) => a.id - b.id)
    expect(h.sent.map((f) => [f.id, f.kind])).toEqual([
      [2, 'subscribeAck'],
      [3, 'subscribeAck'],
      [4, 'error'],
      [5, 'error'],
    ])
    const error = h.sent[2]?.error
    expect(error?.code).toBe(Code.CODE_RATE_LIMITED)
    expect(error?.retryable).toBe(true)
    expect(error?.retryAfterMs).toBe(1_000)
    expect(h.session.subscriptionCount).toBe(2)
    expect(h.closes).toEqual([])
    const values = (await h.metrics.rateLimited.get()).values
    expect(values.find((v) => v.labels.reason === 'messages' && v.labels.fatal === 'false')?.value).toBe(2)
  })

  it('closes with 4329 after maxRateViolations strikes; a refused burst is one strike', async () => {
    const h = await connected(ratedOptions)
    for (let i = 0; i < 10; i++) h.send({ id: 10 + i, ping: {} }) // burst: strike 1
    await h.flush()
    expect(h.closes).toEqual([])
    h.clock.advanceActive(1_000, h.session) // one token back
    h.send({ id: 30, ping: {} })
    h.send({ id: 31, ping: {} }) // sent again without waiting: strike 2 → close
    await h.flush()
    expect(h.closes[0]?.code).toBe(4329)
    const disconnect = h.sent.find((f) => f.kind === 'disconnect')?.disconnect
    expect(disconnect?.code).toBe(CloseCode.CLOSE_CODE_RATE_LIMITED)
    expect(disconnect?.retryAfterMs).toBeGreaterThan(0)
    const values = (await h.metrics.rateLimited.get()).values
    expect(values.find((v) => v.labels.scope === 'connection' && v.labels.fatal === 'true')?.value).toBe(1)
  })

  it('lets acks through when the message bucket is empty (they pay bytes only)', async () => {
    const h = await connected({ rate: { messagesPerSecond: 1, messagesBurst: 1 } })
    for (let i = 0; i < 20; i++) h.send({ ack: { topic: 'none', epoch: 'e', offset: 1 } })
    await h.flush()
    // Each ack ran (NOT_FOUND: no such subscription), none was refused.
    expect(h.sent.every((f) => f.error?.code === Code.CODE_NOT_FOUND)).toBe(true)
    expect(h.sent).toHaveLength(20)
  })

  it('refuses the byte rate and the pending-command cap with RATE_LIMITED', async () => {
    const bytes = await connected({ rate: { bytesPerSecond: 100, bytesBurst: 300 } })
    bytes.send({ id: 2, publish: { topic: 'b', payload: new Uint8Array(250), ack: true } })
    await bytes.flush()
    expect(bytes.sent.shift()?.error?.code).toBe(Code.CODE_RATE_LIMITED)

    const pending = await connected({ maxPendingCommands: 3, maxPendingPublishes: 100 })
    for (let i = 0; i < 5; i++) pending.send({ id: 10 + i, ping: {} })
    await pending.flush()
    pending.sent.sort((a, b) => a.id - b.id)
    expect(pending.sent.map((f) => f.kind)).toEqual(['pong', 'pong', 'pong', 'error', 'error'])
    expect(pending.sent[3]?.error?.retryAfterMs).toBe(100)
  })

  it("refuses publishes over the tenant's rate: never stored, delivered or counted", async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const limiter = createLocalTenantLimiter({
      limitsFor: () => ({ ...UNLIMITED_TENANT, publishesPerSecond: 1, publishesBurst: 2 }),
      now: () => 1_000_000,
    })
    const sub = await connected({ router, limiter })
    const pub = await connected({ router, limiter })
    sub.send({ id: 2, subscribe: { topic: 'x' } })
    await sub.flush()
    sub.sent.length = 0
    for (let i = 0; i < 4; i++)
      pub.send({ id: 10 + i, publish: { topic: 'x', payload: new Uint8Array([i]), ack: true } })
    await pub.flush()
    await sub.flush()
    // A RATE_LIMITED refusal goes out at once, possibly before earlier publishAcks (docs/protocol.md).
    const byId = [...pub.sent].sort((x, y) => x.id - y.id)
    expect(byId.map((f) => [f.id, f.kind])).toEqual([
      [10, 'publishAck'],
      [11, 'publishAck'],
      [12, 'error'],
      [13, 'error'],
    ])
    expect(byId[2]?.error?.code).toBe(Code.CODE_RATE_LIMITED)
    expect(byId[2]?.error?.retryAfterMs).toBe(1_000)
    expect(sub.sent.map((f) => f.delivery?.payload?.[0])).toEqual([0, 1])
    expect((await pub.metrics.messagesPublished.get()).values[0]?.value).toBe(2)
    const tenantRefusals = (await pub.metrics.rateLimited.get()).values.find(
      (v) => v.labels.scope === 'tenant' && v.labels.reason === 'publishes' && v.labels.fatal === 'false',
    )
    expect(tenantRefusals?.value).toBe(2)
    expect(pub.closes).toEqual([]) // tenant refusals are never fatal
  })

  it("bounds publishes by the tenant's maxFrameBytes, announces it, and keeps the connection", async () => {
    const h = harness({ tenantLimits: { maxFrameBytes: 100 } })
    h.send({ id: 1, connect: { token: 'alice:t:1100000' } })
    await h.flush()
    expect(h.sent.shift()?.connected?.limits?.maxFrameBytes).toBe(100)
    h.send({ id: 2, publish: { topic: 'p', payload: new Uint8Array(101), ack: true } })
    h.send({ id: 3, publish: { topic: 'p', payload: new Uint8Array(100), ack: true } })
    await h.flush()
    expect(h.sent.map((f) => f.error?.code ?? f.kind)).toEqual([Code.CODE_LIMIT_EXCEEDED, 'publishAck'])
    const kinds = (await h.metrics.quotaRejections.get()).values
    expect(kinds.find((v) => v.labels.kind === 'tenant_frame_bytes')?.value).toBe(1)
  })

  it("refuses a connect past the tenant's connection quota with LIMIT_EXCEEDED and 4303, and frees the unit on close", async () => {
    const limiter = createLocalTenantLimiter({
      limitsFor: () => ({ ...UNLIMITED_TENANT, maxConnections: 1 }),
      now: () => 0,
    })
    const first = await connected({ limiter })
    const second = harness({ limiter })
    second.send({ id: 1, connect: { token: 'bob:t:1100000' } })
    await second.flush()
    expect(second.sent[0]?.error?.code).toBe(Code.CODE_LIMIT_EXCEEDED)
    expect(second.sent[1]?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_CONNECTION_LIMIT)
    expect(second.sent[1]?.disconnect?.retryAfterMs).toBe(5_000)
    expect(second.closes[0]?.code).toBe(4303)
    await connected({ limiter }, 'carol:other:1100000') // another tenant is not affected
    first.session.closed(1000)
    await connected({ limiter }, 'dave:t:1100000')
    expect(limiter.usage('t').connections).toBe(1)
  })

  it("enforces the tenant's subscription and topic quotas and returns the units on unsubscribe and close", async () => {
    const limiter = createLocalTenantLimiter({
      limitsFor: () => ({ ...UNLIMITED_TENANT, maxSubscriptions: 3, maxTopics: 2 }),
      now: () => 0,
    })
    const a = await connected({ limiter })
    const b = await connected({ limiter })
    a.send({ id: 2, subscribe: { topic: 'x' } })
    b.send({ id: 2, subscribe: { topic: 'x' } }) // same topic: one topic unit
    a.send({ id: 3, subscribe: { topic: 'y.>' } })
    await a.flush()
    await b.flush()
    b.send({ id: 3, subscribe: { topic: 'z' } }) // a third distinct topic
    await b.flush()
    expect(b.sent.at(-1)?.error?.code).toBe(Code.CODE_LIMIT_EXCEEDED)
    expect(limiter.usage('t')).toEqual({ connections: 2, subscriptions: 3, topics: 2 })
    b.send({ id: 4, subscribe: { topic: 'y.>' } }) // a fourth subscription
    await b.flush()
    expect(b.sent.at(-1)?.error?.message).toMatch(/subscription limit/)
    a.send({ id: 4, unsubscribe: { topic: 'y.>' } })
    await a.flush()
    b.send({ id: 5, subscribe: { topic: 'z' } })
    await b.flush()
    expect(b.sent.at(-1)?.subscribeAck?.topic).toBe('z')
    a.session.closed(1000)
    b.session.closed(1000)
    expect(limiter.usage('t')).toEqual({ connections: 0, subscriptions: 0, topics: 0 })
  })

  it('drops deliveries of a drop namespace with a Gap that precedes the next delivery; other topics still disconnect', async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const slow = await connected({ router, maxQueuedBytes: 400, dropTopics: 'telemetry' })
    const pub = await connected({ router })
    slow.send({ id: 2, subscribe: { topic: 'telemetry.>' } })
    slow.send({ id: 3, subscribe: { topic: 'chat' } })
    await slow.flush()
    slow.sent.length = 0
    // One turn of 10 deliveries of 60 bytes into a 400-byte queue: some fit, the rest are dropped.
    for (let i = 0; i < 10; i++) {
      pub.send({
        id: 0,
        publish: {
          topic: i % 2 ? 'telemetry.a' : 'telemetry.b',
          payload: new Uint8Array([i, ...new Array(59).fill(0)]),
        },
      })
    }
    await pub.flush()
    await slow.flush()
    const first = slow.sent.length
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThan(10)
    expect(slow.closes).toEqual([])
    // Later deliveries: each topic's Gap comes right before its next delivery.
    pub.send({ id: 0, publish: { topic: 'telemetry.a', payload: new Uint8Array([100]) } })
    pub.send({ id: 0, publish: { topic: 'telemetry.b', payload: new Uint8Array([101]) } })
    await pub.flush()
    await slow.flush()
    const later = slow.sent.slice(first)
    expect(later.map((f) => f.kind)).toEqual(['gap', 'delivery', 'gap', 'delivery'])
    expect(later[0]?.gap?.topic).toBe('telemetry.a')
    expect(later[2]?.gap?.topic).toBe('telemetry.b')
    const dropped = later.filter((f) => f.kind === 'gap').reduce((n, f) => n + Number(toU64(f.gap?.dropped)), 0)
    expect(first + dropped).toBe(10)
    expect((await slow.metrics.deliveriesDropped.get()).values[0]?.value).toBe(dropped)
    expect((await slow.metrics.gapsSent.get()).values[0]?.value).toBe(2)
    // A topic outside the namespace keeps the default policy.
    for (let i = 0; i < 10; i++) pub.send({ id: 0, publish: { topic: 'chat', payload: new Uint8Array(60) } })
    await pub.flush()
    expect(slow.closes[0]?.code).toBe(4008)
  })

  it('never drops at-least-once deliveries in a drop namespace: the subscriber is closed (4008) to resume', async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const slow = await connected({ router, maxQueuedBytes: 400, dropTopics: 'telemetry' })
    const pub = await connected({ router })
    slow.send({ id: 2, subscribe: { topic: 'telemetry.a', mode: DeliveryMode.DELIVERY_MODE_AT_LEAST_ONCE } })
    await slow.flush()
    slow.sent.length = 0
    for (let i = 0; i < 10; i++) pub.send({ id: 0, publish: { topic: 'telemetry.a', payload: new Uint8Array(60) } })
    await pub.flush()
    await slow.flush()
    expect(slow.closes[0]?.code).toBe(4008)
    expect(slow.sent.some((f) => f.kind === 'gap')).toBe(false)
    expect((await slow.metrics.deliveriesDropped.get()).values[0]?.value).toBe(0)
  })

  it('sends an owed Gap from its retry timer when the topic gets no further delivery', async () => {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const slow = await connected({ router, maxQueuedBytes: 400, dropTopics: 'telemetry' })
    const pub = await connected({ router })
    slow.send({ id: 2, subscribe: { topic: 'telemetry.a' } })
    await slow.flush()
    slow.sent.length = 0
    for (let i = 0; i < 10; i++) pub.send({ id: 0, publish: { topic: 'telemetry.a', payload: new Uint8Array(60) } })
    await pub.flush()
    await slow.flush()
    expect(slow.sent.every((f) => f.kind === 'delivery')).toBe(true)
    slow.clock.advanceActive(100, slow.session)
    await slow.flush()
    const gap = slow.sent.at(-1)?.gap
    expect(gap?.topic).toBe('telemetry.a')
    expect(Number(toU64(gap?.dropped))).toBeGreaterThan(0)
    expect(Number(toU64(gap?.dropped)) + slow.sent.length - 1).toBe(10)
  })
})

describe('Session: the unread-age probe', () => {
  /** `slow` subscribed to telemetry.a (policy drop) and chat (disconnect), its first probe sent and unanswered. */
  async function probed() {
    const router = createRouter({ broker: createMemoryBroker(), nodeId: 'n', echoPublishes: true })
    const slow = await connected({ router, dropTopics: 'telemetry', maxUnreadAgeMs: 1_000 })
    const pub = await connected({ router })
    slow.send({ id: 2, subscribe: { topic: 'telemetry.a' } })
    slow.send({ id: 3, subscribe: { topic: 'chat' } })
    await slow.flush()
    const publish = async (topic: string, n = 1) => {
      for (let i = 0; i < n; i++) pub.send({ id: 0, publish: { topic, payload: new Uint8Array([i]) } })
      await pub.flush()
      await slow.flush()
    }
    // Inbound traffic keeps the heartbeat quiet: only the queue pings.
    slow.clock.advanceActive(500, slow.session)
    await publish('telemetry.a')
    expect(slow.probes).toBe(1)
    slow.sent.length = 0
    return { slow, publish }
  }

  it('drops deliveries of a drop namespace while the probe is overdue, and sends the Gap after the pong', async () => {
    const { slow, publish } = await probed()
    slow.clock.advanceActive(1_000, slow.session)
    await publish('telemetry.a')
    expect(slow.sent.map((f) => f.kind)).toEqual(['delivery'])
    slow.clock.advanceActive(100, slow.session)
    await publish('telemetry.a', 3)
    expect(slow.sent.map((f) => f.kind)).toEqual(['delivery'])
    expect(slow.closes).toEqual([])
    const actions = (await slow.metrics.slowConsumerActions.get()).values
    expect(actions.find((v) => v.labels.policy === 'drop' && v.labels.reason === 'unread')?.value).toBe(1)
    // The client's activity is not a pong: still dropping.
    slow.session.activity()
    await publish('telemetry.a')
    expect(slow.sent).toHaveLength(1)
    slow.queue.pong()
    await publish('telemetry.a')
    expect(slow.sent.map((f) => f.kind)).toEqual(['delivery', 'gap', 'delivery'])
    expect(Number(toU64(slow.sent[1]?.gap?.dropped))).toBe(4)
    expect(slow.probes).toBe(1)
  })

  it('closes a subscriber of a disconnect topic (4008, "client not reading") once the probe is overdue', async () => {
    const { slow, publish } = await probed()
    slow.clock.advanceActive(1_100, slow.session)
    await publish('chat')
    expect(slow.closes).toEqual([{ code: 4008, reason: 'client not reading' }])
    expect(slow.sent.at(-1)?.disconnect?.reason).toBe('client not reading')
    const actions = (await slow.metrics.slowConsumerActions.get()).values
    expect(actions.find((v) => v.labels.policy === 'disconnect' && v.labels.reason === 'unread')?.value).toBe(1)
  })
})

describe('hasUnknownTopLevelField()', () => {
  it('finds fields above the known range and ignores known ones', () => {
    expect(hasUnknownTopLevelField(protoCodec.encodeClient({ id: 5, ping: {} }) as Uint8Array, 8)).toBe(false)
    expect(hasUnknownTopLevelField(new Uint8Array([0x08, 0x05, 0xd2, 0x02, 0x00]), 8)).toBe(true)
    expect(hasUnknownTopLevelField(new Uint8Array([0x08, 0x05]), 8)).toBe(false)
  })
})

describe('truncateReason()', () => {
  it('keeps close reasons within 123 bytes on a UTF-8 boundary', () => {
    expect(truncateReason('short')).toBe('short')
    const long = 'é'.repeat(100)
    const cut = truncateReason(long)
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(123)
    expect(cut).toBe('é'.repeat(61))
  })
})

describe('Session with hostile input', () => {
  it('never throws on random bytes or random JSON, answering BAD_REQUEST/UNIMPLEMENTED or closing 4500', async () => {
    let seed = 7
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const allowed = new Set([Code.CODE_BAD_REQUEST, Code.CODE_UNIMPLEMENTED, Code.CODE_UNAUTHENTICATED])
    for (let i = 0; i < 300; i++) {
      const h = harness({ codec: i % 2 === 0 ? protoCodec : jsonCodec })
      for (let k = 0; k < 5; k++) {
        if (i % 2 === 0) {
          h.session.receive(Uint8Array.from({ length: rand(40) }, () => rand(256)))
        } else {
          const chars = '{}[]":,0123456789abcdefghijklmnopqrstuvwxyz\\u'
          h.session.receive(Array.from({ length: rand(40) }, () => chars[rand(chars.length)]).join(''))
        }
      }
      await h.flush()
      for (const f of h.sent) {
        if (f.kind === 'error') expect(allowed.has(f.error?.code as Code), JSON.stringify(f.toJSON())).toBe(true)
        else if (f.kind === 'disconnect') expect(f.disconnect?.code).toBe(CloseCode.CLOSE_CODE_BAD_REQUEST)
        else if (f.kind !== 'pong') throw new Error(`unexpected ${f.kind}`)
      }
      for (const c of h.closes) expect(c.code).toBe(4500)
    }
  })

  it('rejects __proto__ header keys from JSON without polluting Object.prototype', async () => {
    const h = await connected()
    h.session.receive('{"id":2,"publish":{"topic":"a","ack":true,"headers":{"__proto__":"x"}}}')
    h.session.receive('{"id":3,"publish":{"topic":"a","ack":true,"headers":{"__proto__":{"polluted":"1"}}}}')
    await h.flush()
    expect(h.sent.map((f) => f.error?.code)).toEqual([Code.CODE_BAD_REQUEST, Code.CODE_BAD_REQUEST])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a publish with more than MAX_PUBLISH_HEADERS headers with LIMIT_EXCEEDED, accepts exactly that many', async () => {
    const h = await connected()
    const headers = (n: number) =>
      JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`h${i}`, 'v'])))
    h.session.receive(`{"id":2,"publish":{"topic":"a","ack":true,"headers":${headers(MAX_PUBLISH_HEADERS + 1)}}}`)
    h.session.receive(`{"id":3,"publish":{"topic":"a","ack":true,"headers":${headers(MAX_PUBLISH_HEADERS)}}}`)
    await h.flush()
    expect(h.sent.map((f) => [f.id, f.kind, f.error?.code])).toEqual([
      [2, 'error', Code.CODE_LIMIT_EXCEEDED],
      [3, 'publishAck', undefined],
    ])
  })
})

describe('DeadlineQueue', () => {
  /** A fake clock that also counts the runtime timers armed at once. */
  function clockWithCount() {
    const clock = createFakeClock(0)
    let armed = 0
    let maxArmed = 0
    const timers = {
      setTimeout(fn: () => void, ms: number) {
        armed++
        maxArmed = Math.max(maxArmed, armed)
        return clock.timers.setTimeout(() => {
          armed--
          fn()
        }, ms)
      },
      clearTimeout(h: unknown) {
        armed--
        clock.timers.clearTimeout(h)
      },
    }
    return { clock, timers, armed: () => armed, maxArmed: () => maxArmed }
  }
  function entry(name: string, log: string[], onReached?: () => void): DeadlineEntry {
    return {
      deadlineSlot: -1,
      deadlineReached() {
        log.push(name)
        onReached?.()
      },
    }
  }

  it('calls entries back at their deadlines, in order, under one runtime timer', () => {
    const { clock, timers, armed, maxArmed } = clockWithCount()
    const queue = createDeadlineQueue(timers, clock.now)
    const log: string[] = []
    const entries = [50, 10, 30, 10, 70, 20].map((atMs, i) => {
      const e = entry(`${i}@${atMs}`, log)
      queue.set(e, atMs)
      return e
    })
    expect(queue.size).toBe(6)
    expect(queue.deadlineOf(entries[2] as DeadlineEntry)).toBe(30)
    clock.advance(25)
    expect(log.sort()).toEqual(['1@10', '3@10', '5@20'])
    clock.advance(100)
    expect(log.slice(3)).toEqual(['2@30', '0@50', '4@70'])
    expect(queue.size).toBe(0)
    expect(queue.deadlineOf(entries[0] as DeadlineEntry)).toBe(Number.POSITIVE_INFINITY)
    expect(maxArmed()).toBe(1)
    expect(armed()).toBe(0)
  })

  it('moves and removes deadlines; an empty queue holds no timer', () => {
    const { clock, timers, armed } = clockWithCount()
    const queue = createDeadlineQueue(timers, clock.now)
    const log: string[] = []
    const a = entry('a', log)
    const b = entry('b', log)
    const c = entry('c', log)
    queue.set(a, 10)
    queue.set(b, 20)
    queue.set(c, 30)
    queue.set(a, 40) // later
    queue.set(c, 5) // earlier
    queue.set(b, Number.POSITIVE_INFINITY) // removed
    clock.advance(5)
    expect(log).toEqual(['c'])
    clock.advance(30)
    expect(log).toEqual(['c'])
    clock.advance(5)
    expect(log).toEqual(['c', 'a'])
    queue.set(b, 100)
    queue.set(b, Number.POSITIVE_INFINITY)
    expect(armed()).toBe(0)
    clock.advance(200)
    expect(log).toEqual(['c', 'a'])
  })

  it('waits out deadlines beyond the longest runtime timer, and an entry may re-queue itself when called', () => {
    const { clock, timers } = clockWithCount()
    const queue = createDeadlineQueue(timers, clock.now)
    const log: string[] = []
    const far = entry('far', log)
    const longest = 2_147_483_647
    queue.set(far, longest + 1_000)
    clock.advance(longest)
    expect(log).toEqual([])
    clock.advance(999)
    expect(log).toEqual([])
    clock.advance(1)
    expect(log).toEqual(['far'])
    let n = 0
    const again: DeadlineEntry = entry('again', log, () => {
      if (++n < 3) queue.set(again, clock.now() + 10)
    })
    queue.set(again, clock.now() + 10)
    clock.advance(100)
    expect(log).toEqual(['far', 'again', 'again', 'again'])
  })

  it('calls every due entry back when one of them throws, then rethrows', () => {
    const { clock, timers } = clockWithCount()
    const queue = createDeadlineQueue(timers, clock.now)
    const log: string[] = []
    queue.set(
      entry('boom', log, () => {
        throw new Error('boom')
      }),
      10,
    )
    queue.set(entry('next', log), 10)
    expect(() => clock.advance(10)).toThrow('boom')
    expect(log.sort()).toEqual(['boom', 'next'])
  })
})
