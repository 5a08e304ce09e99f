import { CloseCode, Code, type FrameCodec, jsonCodec, protoCodec, type ServerFrame, toU64 } from '@zerorelay/protocol'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { AuthError, type Authenticator, type Principal } from '../auth/authenticator.js'
import { createOutboundQueue } from '../backpressure/outbound-queue.js'
import { createMemoryBroker } from '../broker/memory.js'
import { createMemoryHistoryStore } from '../history/memory.js'
import { createRelayMetrics } from '../metrics/metrics.js'
import { createRouter, type Router } from '../router/router.js'
import { createSession, hasUnknownTopLevelField, MAX_PUBLISH_HEADERS, type Session, truncateReason } from './session.js'

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

interface Harness {
  session: Session
  sent: ServerFrame[]
  closes: { code: number; reason: string }[]
  pings: number
  paused: boolean
  clock: ReturnType<typeof createFakeClock>
  codec: FrameCodec
  router: Router
  flush(): Promise<void>
  send(frame: Parameters<FrameCodec['encodeClient']>[0]): void
  metrics: ReturnType<typeof createRelayMetrics>
}

function harness(
  options: { codec?: FrameCodec; maxQueuedBytes?: number; router?: Router; maxPendingPublishes?: number } = {},
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
    paused: false,
  }
  const socket = {
    bufferedAmount: 0,
    sendBatch(frames: readonly (Uint8Array | string)[]) {
      for (const f of frames) h.sent.push(codec.decodeServer(f))
      return 'sent' as const
    },
  }
  const queue = createOutboundQueue({
    socket,
    maxBytes: options.maxQueuedBytes ?? 1 << 20,
    maxMessages: 1000,
    schedule: (fn) => tasks.push(fn),
    now: clock.now,
  })
  const session = createSession({
    id: 's-1',
    codec,
    auth: fakeAuth,
    router,
    history: createMemoryHistoryStore({ now: clock.now }),
    nodeId: 'n',
    now: clock.now,
    timers: clock.timers,
    logger: pino({ level: 'silent' }),
    metrics,
    settings: {
      maxFrameBytes: 1024,
      maxSubscriptions: 2,
      maxBadFrames: 3,
      maxPendingPublishes: options.maxPendingPublishes ?? 100,
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

  it('pauses reading past maxPendingPublishes and resumes after', async () => {
    const h = await connected({ maxPendingPublishes: 4 })
    for (let i = 0; i < 10; i++) h.send({ id: 0, publish: { topic: 'p', payload: new Uint8Array([i]) } })
    expect(h.paused).toBe(true)
    await h.flush()
    expect(h.paused).toBe(false)
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
