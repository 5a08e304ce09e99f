import { Code, fromU64, SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO, toU64 } from '@zerorelay/protocol'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket as WsWebSocket } from 'ws'
import { type FakeServer, type FakeServerOptions, startFakeServer } from '../test/fake-server.js'
import { quietPeriod, seededRandom, take, watchStatus } from '../test/helpers.js'
import { type Client, type Clock, type ConnectOptions, connect } from './client.js'
import { RelayError } from './errors.js'
import type { GapEvent } from './subscription.js'

let server: FakeServer
const clients: Client[] = []

async function start(options: FakeServerOptions = {}): Promise<FakeServer> {
  server = await startFakeServer(options)
  return server
}

async function open(options: ConnectOptions = {}): Promise<Client> {
  const client = await connect(server.url, { token: 't0', initialDelayMs: 20, maxDelayMs: 200, ...options })
  clients.push(client)
  return client
}

beforeEach(async () => {
  await start()
})

afterEach(async () => {
  for (const c of clients.splice(0)) await c.close()
  await server.close()
})

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i)
const UNICODE_HEADERS = { 'x-ünï': 'çødé ✓ 🚀', emoji: '👩‍👩‍👧', empty: '' }

describe('connect()', () => {
  it('authenticates with Connect and exposes the session and its limits', async () => {
    await server.close()
    await start({
      limits: { maxFrameBytes: 4096, pingIntervalMs: 30_000, pongTimeoutMs: 5_000, maxSubscriptions: 7 },
      features: ['resume', 'x-future'],
      tokenTtlMs: 60_000,
    })
    const client = await open({ token: 'secret-token' })
    expect(client.state).toBe('connected')
    const session = client.session
    expect(session?.sessionId).toBe('s-1')
    expect(session?.limits).toMatchObject({ maxFrameBytes: 4096, pingIntervalMs: 30_000, maxSubscriptions: 7 })
    expect(session?.features).toEqual(['resume', 'x-future'])
    expect(typeof session?.tokenExpiresAtMs).toBe('bigint')
    expect(server.upgrades[0]?.protocols).toEqual([SUBPROTOCOL_PROTO])
    const [connectFrame] = server.framesOf('connect')
    expect(connectFrame?.frame.id).not.toBe(0)
    expect(connectFrame?.frame.connect?.token).toBe('secret-token')
    expect(connectFrame?.frame.connect?.clientName).toBe('zerorelay-ts')
  })

  it('accepts an injected WebSocket constructor', async () => {
    const client = await open({ WebSocket: WsWebSocket as never })
    expect(client.state).toBe('connected')
  })

  it('rejects with the typed error when the server refuses the token (4501)', async () => {
    server.options.acceptToken = (t) => t === 'good'
    const err = await connect(server.url, { token: 'bad' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RelayError)
    expect(err).toMatchObject({ code: Code.CODE_UNAUTHENTICATED, closeCode: 4501, retryable: false })
  })

  it('rejects a refused first upgrade with the status mapped to a Code', async () => {
    server.refuseUpgrades(1, 403)
    await expect(connect(server.url, { token: 't' })).rejects.toMatchObject({ code: Code.CODE_PERMISSION_DENIED })
  })

  it('retries a refused first attempt with retryInitialConnect', async () => {
    server.refuseUpgrades(2, 503, '0')
    const client = await open({ retryInitialConnect: true })
    expect(client.state).toBe('connected')
    expect(server.upgrades.map((u) => u.status)).toEqual([503, 503, 101])
  })

  it('rejects with CODE_CANCELED when the signal aborts', async () => {
    await expect(connect(server.url, { token: 't', signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: Code.CODE_CANCELED,
    })
    // Abort during the handshake: the server never answers connect.
    server.onCommand = (_c, f) => !!f.connect
    const ac = new AbortController()
    const pending = connect(server.url, { token: 't', signal: ac.signal })
    await server.waitForFrame('connect')
    ac.abort()
    await expect(pending).rejects.toMatchObject({ code: Code.CODE_CANCELED })
  })

  it('closes the client when its signal aborts after connecting', async () => {
    const ac = new AbortController()
    const client = await open({ signal: ac.signal })
    ac.abort()
    expect(await client.closed()).toBeUndefined()
    expect(client.state).toBe('closed')
    expect((await server.last.closed).code).toBe(1000)
  })
})

describe('publish and subscribe', () => {
  it('delivers all 256 byte values and unicode headers, with bigint offsets', async () => {
    const client = await open()
    const sub = client.subscribe('chat.room.42')
    expect((await sub.ready()).position).toEqual({ epoch: 'e1', offset: 0n })
    const ack = await client.publish('chat.room.42', ALL_BYTES, { headers: UNICODE_HEADERS })
    expect(ack).toEqual({ topic: 'chat.room.42', epoch: 'e1', offset: 1n, duplicate: false })
    await client.publish('chat.room.42', 'héllo ✓')
    const [a, b] = await take(sub, 2)
    expect(a?.data).toEqual(ALL_BYTES)
    expect(a?.headers).toEqual(UNICODE_HEADERS)
    expect(a?.offset).toBe(1n)
    expect(typeof a?.publishedAtMs).toBe('bigint')
    expect(b?.text()).toBe('héllo ✓')
    expect(b?.offset).toBe(2n)
    const publish = server.framesOf('publish')[0]?.frame.publish
    expect(publish?.payload).toEqual(ALL_BYTES)
    expect(publish?.ack).toBe(true)
  })

  it('speaks proto3 JSON with encoding: json', async () => {
    const client = await open({ encoding: 'json' })
    expect(server.upgrades[0]?.protocols).toEqual([SUBPROTOCOL_JSON])
    const sub = client.subscribe('j.t')
    await sub.ready()
    await client.publish('j.t', ALL_BYTES, { headers: UNICODE_HEADERS })
    const [d] = await take(sub, 1)
    expect(d?.data).toEqual(ALL_BYTES)
    expect(d?.headers).toEqual(UNICODE_HEADERS)
  })

  it('carries uint64 offsets above 2^53 without loss', async () => {
    const client = await open()
    const sub = client.subscribe('big.t')
    await sub.ready()
    const big = 18446744073709551615n
    server.last.send({ id: 0, delivery: { topic: 'big.t', epoch: 'e1', offset: fromU64(big), payload: ALL_BYTES } })
    const [d] = await take(sub, 1)
    expect(d?.offset).toBe(big)
  })

  it('publishes with a publishAck, dedupes by idempotency key, and fire-and-forget with id 0', async () => {
    const client = await open()
    const first = await client.publish('p.t', 'x', { idempotencyKey: 'k1' })
    const again = await client.publish('p.t', 'x', { idempotencyKey: 'k1' })
    expect(again).toEqual({ ...first, duplicate: true })
    expect(await client.publish('p.t', 'y', { ack: false })).toBeUndefined()
    const frames = await server.waitForFrame('publish', 3)
    expect(frames.frame.id).toBe(0)
    const ids = server.framesOf('publish').map((f) => f.frame.id)
    expect(ids[0]).not.toBe(0)
    expect(ids[1]).not.toBe(ids[0])
  })

  it('routes one delivery to every matching subscription (wildcards)', async () => {
    const client = await open()
    const exact = client.subscribe('orders.eu')
    const one = client.subscribe('orders.*')
    const many = client.subscribe('orders.>')
    await Promise.all([exact.ready(), one.ready(), many.ready()])
    await client.publish('orders.eu', 'o1')
    await client.publish('orders.eu.fr', 'o2')
    expect((await take(exact, 1))[0]?.text()).toBe('o1')
    expect((await take(one, 1))[0]?.text()).toBe('o1')
    expect((await take(many, 2)).map((d) => d.text())).toEqual(['o1', 'o2'])
  })

  it('rejects a second subscription to the same topic locally', async () => {
    const client = await open()
    await client.subscribe('dup.t').ready()
    const second = client.subscribe('dup.t')
    await expect(second.ready()).rejects.toMatchObject({ code: Code.CODE_ALREADY_SUBSCRIBED })
    expect(server.framesOf('subscribe')).toHaveLength(1)
  })

  it('unsubscribes when the consumer leaves the loop', async () => {
    const client = await open()
    const sub = client.subscribe('brk.t')
    await sub.ready()
    await client.publish('brk.t', 'a')
    for await (const msg of sub) {
      expect(msg.text()).toBe('a')
      break
    }
    const unsub = await server.waitForFrame('unsubscribe')
    expect(unsub.frame.unsubscribe?.topic).toBe('brk.t')
    expect(sub.state).toBe('closed')
  })

  it('ends the iterator with CODE_CANCELED when the subscription signal aborts', async () => {
    const client = await open()
    const ac = new AbortController()
    const sub = client.subscribe('sig.t', { signal: ac.signal })
    await sub.ready()
    const loop = (async () => {
      for await (const _ of sub) {
        // nothing arrives
      }
    })()
    ac.abort()
    await expect(loop).rejects.toMatchObject({ code: Code.CODE_CANCELED })
    await server.waitForFrame('unsubscribe')
  })

  it('acks at-least-once deliveries cumulatively after the loop body', async () => {
    const client = await open()
    const sub = client.subscribe('alo.t', { mode: 'at-least-once' })
    await sub.ready()
    for (const p of ['1', '2', '3']) await client.publish('alo.t', p)
    const seen: string[] = []
    for await (const msg of sub) {
      seen.push(msg.text())
      if (seen.length === 2) {
        // The body of delivery 1 finished when delivery 2 was requested: 1 is acked.
        const ack = await server.waitForFrame('ack')
        expect(toU64(ack.frame.ack?.offset)).toBe(1n)
        expect(ack.frame.ack).toMatchObject({ topic: 'alo.t', epoch: 'e1' })
      }
      if (seen.length === 3) {
        msg.ack()
        break
      }
    }
    const last = await server.waitForFrame('ack', 3)
    expect(toU64(last.frame.ack?.offset)).toBe(3n)
    expect(server.framesOf('ack').map((f) => toU64(f.frame.ack?.offset))).toEqual([1n, 2n, 3n])
    expect(server.framesOf('subscribe')[0]?.frame.subscribe?.mode).toBe(2)
  })
})

/** An ackDelayMs no other timer of the client uses, so that heldTimers() can tell its timers apart. */
const ACK_DELAY_MS = 4_321

/**
 * A clock whose timers of `delayMs` are held until `fire()` (every other timer is real): the
 * ack coalescing delay becomes an explicit flush instead of a sleep.
 */
function heldTimers(delayMs = ACK_DELAY_MS) {
  const held = new Set<{ fn: () => void }>()
  const clock: Clock = {
    now: () => Date.now(),
    setTimeout: (fn, ms) => {
      if (ms !== delayMs) return setTimeout(fn, ms)
      const timer = { fn }
      held.add(timer)
      return timer
    },
    clearTimeout: (handle) => {
      if (!held.delete(handle as { fn: () => void })) clearTimeout(handle as ReturnType<typeof setTimeout>)
    },
  }
  return {
    clock,
    /** Timers scheduled and neither fired nor cleared. */
    get pending() {
      return held.size
    },
    fire() {
      for (const timer of [...held]) {
        held.delete(timer)
        timer.fn()
      }
    },
  }
}

const ackOffsets = (connId?: number) => server.framesOf('ack', connId).map((f) => toU64(f.frame.ack?.offset))

describe('ack coalescing', () => {
  it('sends one ack frame with the highest offset for a batch acknowledged in one go', async () => {
    const timers = heldTimers()
    const client = await open({ ackDelayMs: ACK_DELAY_MS, clock: timers.clock })
    // maxInFlight 64: ackBatch = 16.
    const sub = client.subscribe('co.batch', { mode: 'at-least-once', autoAck: false, maxInFlight: 64 })
    expect((await sub.ready()).maxInFlight).toBe(64)
    for (let i = 1; i <= 20; i++) await client.publish('co.batch', `m${i}`)
    const ds = await take(sub, 20)
    for (const d of ds) d.ack()
    // A round trip after the acks: the server has read every frame sent before the ping.
    await client.ping()
    expect(ackOffsets()).toEqual([16n])
    expect(server.framesOf('ack')[0]?.frame.ack).toMatchObject({ topic: 'co.batch', epoch: 'e1' })
    // The remaining 4 wait for the delay.
    expect(timers.pending).toBe(1)
    timers.fire()
    await client.ping()
    expect(ackOffsets()).toEqual([16n, 20n])
  })

  it('sends a lone acknowledgement after ackDelayMs, not at once', async () => {
    const timers = heldTimers()
    const client = await open({ ackDelayMs: ACK_DELAY_MS, clock: timers.clock })
    const sub = client.subscribe('co.lone', { mode: 'at-least-once', autoAck: false, maxInFlight: 64 })
    await sub.ready()
    await client.publish('co.lone', 'x')
    const [d] = await take(sub, 1)
    d?.ack()
    await client.ping()
    expect(ackOffsets()).toEqual([])
    expect(timers.pending).toBe(1)
    timers.fire()
    expect(toU64((await server.waitForFrame('ack')).frame.ack?.offset)).toBe(1n)
  })

  it('sends the ack about ackDelayMs after the acknowledgement with the real clock', async () => {
    const client = await open({ ackDelayMs: 60 })
    const sub = client.subscribe('co.real', { mode: 'at-least-once', autoAck: false, maxInFlight: 64 })
    await sub.ready()
    await client.publish('co.real', 'x')
    const [d] = await take(sub, 1)
    const ackedAt = Date.now()
    d?.ack()
    const frame = await server.waitForFrame('ack')
    expect(frame.atMs - ackedAt).toBeGreaterThanOrEqual(55)
    expect(frame.atMs - ackedAt).toBeLessThan(2_000)
  })

  it('sends every acknowledgement at once with ackDelayMs 0 (no coalescing)', async () => {
    const client = await open({ ackDelayMs: 0 })
    const sub = client.subscribe('co.zero', { mode: 'at-least-once', autoAck: false, maxInFlight: 64 })
    await sub.ready()
    for (const p of ['1', '2', '3']) await client.publish('co.zero', p)
    for (const d of await take(sub, 3)) d.ack()
    await client.ping()
    expect(ackOffsets()).toEqual([1n, 2n, 3n])
  })

  it('acks at once with a small maxInFlight (ackBatch 1), without waiting for the timer', async () => {
    const timers = heldTimers()
    const client = await open({ ackDelayMs: ACK_DELAY_MS, clock: timers.clock })
    const sub = client.subscribe('co.small', { mode: 'at-least-once', autoAck: false, maxInFlight: 2 })
    await sub.ready()
    for (const p of ['1', '2']) await client.publish('co.small', p)
    const ds = await take(sub, 2)
    ds[0]?.ack()
    ds[1]?.ack()
    await client.ping()
    expect(ackOffsets()).toEqual([1n, 2n])
    expect(timers.pending).toBe(0)
  })

  it('sends the pending ack before the unsubscribe frame', async () => {
    const timers = heldTimers()
    const client = await open({ ackDelayMs: ACK_DELAY_MS, clock: timers.clock })
    const sub = client.subscribe('co.unsub', { mode: 'at-least-once', autoAck: false, maxInFlight: 64 })
    await sub.ready()
    await client.publish('co.unsub', 'x')
    ;(await take(sub, 1))[0]?.ack()
    await sub.unsubscribe()
    const kinds = server.frames.filter((f) => f.kind === 'ack' || f.kind === 'unsubscribe').map((f) => f.kind)
    expect(kinds).toEqual(['ack', 'unsubscribe'])
    expect(ackOffsets()).toEqual([1n])
    expect(timers.pending).toBe(0)
  })

  it('sends pending acks before the close frame on close(), and leaves no timer behind', async () => {
    const timers = heldTimers()
    const client = await open({ ackDelayMs: ACK_DELAY_MS, clock: timers.clock })
    const a = client.subscribe('co.close.a', { mode: 'at-least-once', autoAck: false, maxInFlight: 64 })
    const b = client.subscribe('co.close.b', { mode: 'at-least-once', autoAck: false, maxInFlight: 64 })
    await Promise.all([a.ready(), b.ready()])
    await client.publish('co.close.a', 'x')
    await client.publish('co.close.b', 'y')
    await client.publish('co.close.b', 'z')
    ;(await take(a, 1))[0]?.ack()
    for (const d of await take(b, 2)) d.ack()
    await client.ping()
    expect(ackOffsets()).toEqual([])
    expect(timers.pending).toBe(2)
    await client.close()
    expect(timers.pending).toBe(0)
    const closed = await server.last.closed
    expect(closed.code).toBe(1000)
    const acks = server.framesOf('ack').map((f) => [f.frame.ack?.topic, toU64(f.frame.ack?.offset)])
    expect(acks).toEqual([
      ['co.close.a', 1n],
      ['co.close.b', 2n],
    ])
    for (const f of server.framesOf('ack')) expect(f.atMs).toBeLessThanOrEqual(closed.atMs)
  })

  it('never sends acks left pending when the connection dropped on the next connection', async () => {
    const timers = heldTimers()
    const client = await open({ ackDelayMs: ACK_DELAY_MS, clock: timers.clock })
    const status = watchStatus(client)
    const sub = client.subscribe('co.drop', { mode: 'at-least-once', autoAck: false, maxInFlight: 64 })
    await sub.ready()
    await client.publish('co.drop', '1')
    const [d1] = await take(sub, 1)
    d1?.ack()
    expect(timers.pending).toBe(1)
    server.last.drop()
    await status.next('disconnected')
    // The connection loss stopped the timer and forgot the acknowledgement.
    expect(timers.pending).toBe(0)
    await status.next('connected')
    const conn2 = server.last.id
    const resub = await server.waitForFrame('subscribe', 1, (f) => f.connId === conn2)
    // Resume starts after what the application acknowledged.
    expect(toU64(resub.frame.subscribe?.resumeAfter?.offset)).toBe(1n)
    await client.ping()
    d1?.ack()
    timers.fire()
    await client.ping()
    expect(ackOffsets()).toEqual([])
    // The new connection acks its own deliveries.
    await client.publish('co.drop', '2')
    const [d2] = await take(sub, 1)
    expect(d2?.offset).toBe(2n)
    d2?.ack()
    timers.fire()
    await client.ping()
    expect(ackOffsets(conn2)).toEqual([2n])
    expect(ackOffsets()).toEqual([2n])
  })
})

describe('typed errors', () => {
  it('fails a publish with the server error, its retryability and retryAfterMs', async () => {
    const client = await open()
    server.onCommand = (conn, f) => {
      if (!f.publish) return false
      const code = f.publish.topic === 'deny.t' ? Code.CODE_PERMISSION_DENIED : Code.CODE_RATE_LIMITED
      conn.send({
        id: f.id,
        error: { code, message: 'nope', retryable: code === Code.CODE_RATE_LIMITED, retryAfterMs: 300 },
      })
      return true
    }
    const denied = await client.publish('deny.t', 'x').catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(RelayError)
    expect(denied).toMatchObject({ code: Code.CODE_PERMISSION_DENIED, retryable: false })
    expect((denied as Error).message).toMatch(/^\[permission_denied\] publish to "deny.t": nope$/)
    await expect(client.publish('slow.t', 'x')).rejects.toMatchObject({
      code: Code.CODE_RATE_LIMITED,
      retryable: true,
      retryAfterMs: 300,
    })
  })

  it('ends a subscription with the error of its subscribe', async () => {
    const client = await open()
    server.onCommand = (conn, f) => {
      if (!f.subscribe) return false
      conn.send({ id: f.id, error: { code: Code.CODE_INVALID_TOPIC, message: 'bad topic' } })
      return true
    }
    const sub = client.subscribe('bad..topic')
    await expect(sub.ready()).rejects.toMatchObject({ code: Code.CODE_INVALID_TOPIC })
    await expect(take(sub, 1)).rejects.toMatchObject({ code: Code.CODE_INVALID_TOPIC })
  })

  it('fails with CODE_DEADLINE_EXCEEDED when no reply comes in time', async () => {
    const client = await open()
    server.onCommand = (_c, f) => !!f.publish
    await expect(client.publish('t.t', 'x', { timeoutMs: 50 })).rejects.toMatchObject({
      code: Code.CODE_DEADLINE_EXCEEDED,
      retryable: true,
    })
  })

  it('fails with CODE_CANCELED when the publish signal aborts', async () => {
    const client = await open()
    server.onCommand = (_c, f) => !!f.publish
    const ac = new AbortController()
    const p = client.publish('t.t', 'x', { signal: ac.signal })
    await server.waitForFrame('publish')
    ac.abort()
    await expect(p).rejects.toMatchObject({ code: Code.CODE_CANCELED })
    await expect(client.publish('t.t', 'x', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: Code.CODE_CANCELED,
    })
    expect(server.framesOf('publish')).toHaveLength(1)
  })

  it('rejects an oversize publish locally with LIMIT_EXCEEDED and sends nothing', async () => {
    await server.close()
    await start({ limits: { maxFrameBytes: 1024 } })
    const client = await open()
    const err = await client.publish('big.t', new Uint8Array(1024)).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: Code.CODE_LIMIT_EXCEEDED, retryable: false })
    // A frame that fits goes out; the oversize one never did.
    await client.publish('big.t', new Uint8Array(900))
    expect(server.framesOf('publish')).toHaveLength(1)
    expect(server.framesOf('publish')[0]?.frame.publish?.payload?.length).toBe(900)
  })
})

describe('reconnect', () => {
  it('reconnects with full-jitter backoff: delays are seeded draws from [0, d_k], gaps match', async () => {
    const initialDelayMs = 40
    const maxDelayMs = 320
    const client = await open({ initialDelayMs, maxDelayMs, multiplier: 2, random: seededRandom(1234) })
    const status = watchStatus(client)
    // Every reconnect is dropped at once with 4000 (reconnect class) until the fifth.
    let drops = 0
    server.onCommand = (conn, f) => {
      if (f.connect && drops < 4) {
        drops++
        conn.disconnect(4000, 'draining')
        return true
      }
      return false
    }
    server.last.disconnect(4000, 'draining')
    await server.waitForSessions(2, 10_000)
    const replay = seededRandom(1234)
    const expected = [0, 1, 2, 3, 4].map((k) => Math.floor(replay() * Math.min(maxDelayMs, initialDelayMs * 2 ** k)))
    const disconnects = await status.next('disconnected', 5)
    expect(disconnects.code).toBe(4000)
    const delays = status.events.flatMap((e) => (e.type === 'disconnected' ? [e.retryInMs] : []))
    expect(delays).toEqual(expected)
    // Gaps measured at the server: close → next upgrade, within [delay, delay + slack].
    for (let k = 0; k < 5; k++) {
      const gap = (server.upgrades[k + 1]?.atMs ?? 0) - (server.closes[k]?.atMs ?? 0)
      expect(gap).toBeGreaterThanOrEqual((expected[k] ?? 0) - 5)
      expect(gap).toBeLessThanOrEqual(Math.min(maxDelayMs, initialDelayMs * 2 ** k) + 250)
    }
    // The reconnect announced the previous session.
    const lastConnect = server.framesOf('connect').at(-1)?.frame.connect
    expect(lastConnect?.resume?.previousSessionId).toBe('s-1')
    expect(lastConnect?.resume?.attempt).toBe(5)
  })

  it('honours Retry-After on a refused upgrade as a floor', async () => {
    const client = await open({ initialDelayMs: 10, maxDelayMs: 20 })
    const status = watchStatus(client)
    server.refuseUpgrades(1, 429, '1')
    server.last.drop()
    await server.waitForSessions(2, 5_000)
    const refused = server.upgrades[1]
    const accepted = server.upgrades[2]
    expect(refused?.status).toBe(429)
    expect((accepted?.atMs ?? 0) - (refused?.atMs ?? 0)).toBeGreaterThanOrEqual(990)
    const second = await status.next('disconnected', 2)
    expect(second.error).toMatchObject({ code: Code.CODE_RATE_LIMITED, retryAfterMs: 1000 })
    expect(second.retryInMs).toBeGreaterThanOrEqual(1000)
  })

  it('honours Disconnect.retryAfterMs as a floor', async () => {
    const client = await open({ initialDelayMs: 10, maxDelayMs: 20 })
    const status = watchStatus(client)
    server.last.disconnect(4303, 'too many connections', 300)
    await server.waitForSessions(2)
    const gap = (server.upgrades[1]?.atMs ?? 0) - (server.closes[0]?.atMs ?? 0)
    expect(gap).toBeGreaterThanOrEqual(295)
    expect((await status.next('disconnected')).retryInMs).toBeGreaterThanOrEqual(300)
  })

  it.each([
    [4000, 'reconnect'],
    [4008, 'reconnect'],
    [4250, 'reconnect'],
    [1001, 'reconnect'],
    [1012, 'reconnect'],
    [4300, 'backoff'],
    [4329, 'backoff'],
    [4400, 'backoff'],
    [1011, 'backoff'],
    [1013, 'backoff'],
    [4500, 'stop'],
    [4503, 'stop'],
    [4504, 'stop'],
    [4999, 'stop'],
    [1000, 'stop'],
    [1008, 'stop'],
  ])('close %i → %s', async (code, action) => {
    const client = await open({ initialDelayMs: 30, maxDelayMs: 30, random: () => 0 })
    const status = watchStatus(client)
    server.last.disconnect(code, 'policy test')
    if (action === 'stop') {
      const err = await client.closed()
      expect(err).toBeInstanceOf(RelayError)
      expect(err).toMatchObject({ closeCode: code, retryable: false })
      expect(status.events.map((e) => e.type)).toEqual(['closed'])
      await quietPeriod(100)
      expect(server.upgrades).toHaveLength(1)
      return
    }
    const d = await status.next('disconnected')
    expect(d.code).toBe(code)
    expect(d.error.retryable).toBe(true)
    // random() = 0: the reconnect class goes at once, the backoff class waits initialDelayMs.
    expect(d.retryInMs).toBe(action === 'backoff' ? 30 : 0)
    await server.waitForSessions(2)
    await status.next('connected')
    expect(client.state).toBe('connected')
  })

  it('reconnects after an abrupt drop (1006)', async () => {
    const client = await open()
    const status = watchStatus(client)
    server.last.drop()
    expect((await status.next('disconnected')).code).toBe(1006)
    await status.next('connected')
    expect(client.state).toBe('connected')
  })

  it('does not reconnect with reconnect: false', async () => {
    const client = await open({ reconnect: false })
    server.last.disconnect(4000, 'drain')
    expect(await client.closed()).toMatchObject({ closeCode: 4000, retryable: true })
  })
})

describe('tokens', () => {
  it('fetches a new token from getToken on 4001, then reconnects with it', async () => {
    const reasons: string[] = []
    let n = 0
    const client = await open({
      token: undefined,
      getToken: (reason) => {
        reasons.push(reason)
        return `tok-${++n}`
      },
    })
    const status = watchStatus(client)
    server.last.disconnect(4001, 'token expired')
    await status.next('connected')
    expect(reasons).toEqual(['connect', 'expired'])
    expect(server.framesOf('connect').map((f) => f.frame.connect?.token)).toEqual(['tok-1', 'tok-2'])
    expect(client.state).toBe('connected')
  })

  it('stops with TOKEN_EXPIRED on 4001 when the token is static', async () => {
    const client = await open({ token: 'static' })
    server.last.disconnect(4001, 'token expired')
    expect(await client.closed()).toMatchObject({ code: Code.CODE_TOKEN_EXPIRED, closeCode: 4001, retryable: false })
  })

  it('refreshes at ~80% of the token lifetime with a token from getToken', async () => {
    await server.close()
    await start({ tokenTtlMs: 500 })
    let n = 0
    const client = await open({ getToken: () => `tok-${++n}` })
    const connectedAt = server.framesOf('connect')[0]?.atMs ?? 0
    const refresh = await server.waitForFrame('refresh', 1, undefined, 3_000)
    expect(refresh.frame.refresh?.token).toBe('tok-2')
    expect(refresh.atMs - connectedAt).toBeGreaterThanOrEqual(0.8 * 500 - 50)
    expect(refresh.atMs - connectedAt).toBeLessThan(500)
    // The refreshed expiry schedules the next one.
    const second = await server.waitForFrame('refresh', 2, undefined, 3_000)
    expect(second.frame.refresh?.token).toBe('tok-3')
    expect(client.state).toBe('connected')
  })
})

describe('resume', () => {
  it('resubscribes after a drop with resumeAfter = last acked (at-least-once)', async () => {
    const client = await open()
    const sub = client.subscribe('r.alo', { mode: 'at-least-once', autoAck: false })
    await sub.ready()
    for (const p of ['1', '2', '3']) await client.publish('r.alo', p)
    const ds = await take(sub, 3)
    ds[0]?.ack()
    ds[1]?.ack()
    await server.waitForFrame('ack', 1, (f) => toU64(f.frame.ack?.offset) === 2n)
    server.last.drop()
    const resub = await server.waitForFrame('subscribe', 2)
    expect(resub.frame.subscribe?.resumeAfter?.epoch).toBe('e1')
    expect(toU64(resub.frame.subscribe?.resumeAfter?.offset)).toBe(2n)
    // The server replays offset 3, which the consumer gets again.
    const [replayed] = await take(sub, 1)
    expect(replayed?.offset).toBe(3n)
    expect(sub.state).toBe('active')
  })

  it('resubscribes with resumeAfter = last received (at-most-once) and sends resubscriptions first', async () => {
    const client = await open()
    const sub = client.subscribe('r.amo')
    await sub.ready()
    await client.publish('r.amo', '1')
    await client.publish('r.amo', '2')
    await take(sub, 2)
    const status = watchStatus(client)
    server.refuseUpgrades(1, 503, '0')
    server.last.drop()
    await status.next('disconnected')
    const queued = client.publish('r.amo', 'while-down')
    await server.waitForSessions(2)
    expect(await queued).toMatchObject({ offset: 3n })
    const conn2 = server.last.id
    const kinds = server.frames.filter((f) => f.connId === conn2).map((f) => f.kind)
    expect(kinds).toEqual(['connect', 'subscribe', 'publish'])
    const resub = server.framesOf('subscribe', conn2)[0]?.frame.subscribe
    expect(toU64(resub?.resumeAfter?.offset)).toBe(2n)
    expect((await take(sub, 1))[0]?.text()).toBe('while-down')
  })

  it('sends a plain subscribe when the server lacks the resume feature', async () => {
    server.options.features = ['ack']
    const client = await open()
    const sub = client.subscribe('r.plain')
    await sub.ready()
    await client.publish('r.plain', '1')
    await take(sub, 1)
    server.last.drop()
    const resub = await server.waitForFrame('subscribe', 2)
    expect(resub.frame.subscribe?.resumeAfter).toBeFalsy()
    void client
  })

  it('surfaces UNRECOVERABLE_POSITION as a typed gap, then subscribes without resume (once)', async () => {
    const client = await open()
    const gaps: GapEvent[] = []
    const sub = client.subscribe('r.gap', { onGap: (g) => void gaps.push(g) })
    await sub.ready()
    await client.publish('r.gap', '1')
    await take(sub, 1)
    // The history is lost: a new epoch.
    server.topic('r.gap').epoch = 'e2'
    server.topic('r.gap').messages = []
    server.last.drop()
    await server.waitForSessions(2)
    const conn2 = server.last.id
    await server.waitForFrame('subscribe', 2, (f) => f.connId === conn2)
    // A round trip after the plain subscribe: its subscribeAck has been processed.
    await client.ping()
    expect(sub.state).toBe('active')
    const subs = server.framesOf('subscribe', conn2)
    expect(subs).toHaveLength(2)
    expect(subs[0]?.frame.subscribe?.resumeAfter?.epoch).toBe('e1')
    expect(subs[1]?.frame.subscribe?.resumeAfter).toBeFalsy()
    expect(gaps).toEqual([
      {
        type: 'gap',
        subscription: 'r.gap',
        topic: 'r.gap',
        reason: 'unrecoverable-position',
        lastPosition: { epoch: 'e1', offset: 1n },
        currentPosition: { epoch: 'e2', offset: 1n },
      },
    ])
    await client.publish('r.gap', 'after')
    expect((await take(sub, 1))[0]?.epoch).toBe('e2')
  })

  it('surfaces gap frames to matching subscriptions', async () => {
    const client = await open()
    const gaps: GapEvent[] = []
    const sub = client.subscribe('g.*', { onGap: (g) => void gaps.push(g) })
    await sub.ready()
    server.last.send({ id: 0, gap: { topic: 'g.x', dropped: 7 } })
    await client.ping()
    expect(gaps).toEqual([{ type: 'gap', subscription: 'g.*', topic: 'g.x', reason: 'dropped', dropped: 7n }])
  })
})

describe('heartbeats', () => {
  it('detects a silent server, closes locally with 4012 and reconnects', async () => {
    await server.close()
    await start({ limits: { pingIntervalMs: 100, pongTimeoutMs: 150 } })
    const client = await open()
    const status = watchStatus(client)
    await client.ping()
    server.last.halfOpen()
    const lostAt = Date.now()
    const d = await status.next('disconnected', 1, 3_000)
    expect(d.code).toBe(4012)
    // Silent for >= ping interval + pong timeout, detected soon after.
    expect(Date.now() - lostAt).toBeGreaterThanOrEqual(150)
    expect(Date.now() - lostAt).toBeLessThan(1_500)
    await status.next('connected')
    expect(server.upgrades).toHaveLength(2)
  })

  it('pings an idle but healthy server without disconnecting', async () => {
    await server.close()
    await start({ limits: { pingIntervalMs: 50, pongTimeoutMs: 200 } })
    const client = await open()
    await server.waitForFrame('ping', 3)
    expect(client.state).toBe('connected')
    expect(server.upgrades).toHaveLength(1)
  })
})

describe('publishing while disconnected', () => {
  it('fails a publish with ack after its timeout with a retryable UNAVAILABLE, and fire-and-forget at once', async () => {
    const client = await open()
    const status = watchStatus(client)
    server.refuseUpgrades(100, 503, '5')
    server.last.drop()
    await status.next('disconnected')
    const waited = client.publish('d.t', 'x', { timeoutMs: 100 })
    await expect(waited).rejects.toMatchObject({ code: Code.CODE_UNAVAILABLE, retryable: true })
    await expect(client.publish('d.t', 'y', { ack: false })).rejects.toMatchObject({
      code: Code.CODE_UNAVAILABLE,
      retryable: true,
    })
    expect(server.framesOf('publish')).toHaveLength(0)
  })

  it('resends an in-flight publish with an idempotency key after a drop, fails one without', async () => {
    const client = await open()
    let swallow = true
    server.onCommand = (conn, f) => {
      if (f.publish && swallow) {
        if (server.framesOf('publish').length === 2) {
          swallow = false
          conn.drop()
        }
        return true
      }
      return false
    }
    const keyed = client.publish('i.t', 'a', { idempotencyKey: 'k' })
    const unkeyed = client.publish('i.t', 'b')
    await expect(unkeyed).rejects.toMatchObject({ code: Code.CODE_UNAVAILABLE, retryable: true })
    expect(await keyed).toMatchObject({ offset: 1n, duplicate: false })
    expect(server.framesOf('publish').map((f) => f.frame.publish?.idempotencyKey)).toEqual(['k', '', 'k'])
  })
})

describe('close()', () => {
  it('closes with 1000, never reconnects, and fails pending operations with CANCELED', async () => {
    const client = await open()
    const status = watchStatus(client)
    server.onCommand = (_c, f) => !!f.publish
    const sub = client.subscribe('c.t')
    await sub.ready()
    const pending = client.publish('c.t', 'x')
    await server.waitForFrame('publish')
    const closing = client.close()
    await expect(pending).rejects.toMatchObject({ code: Code.CODE_CANCELED })
    await closing
    expect(await client.closed()).toBeUndefined()
    expect(await take(sub, 1).catch((e: Error) => e.message)).toMatch(/ended/)
    expect((await server.last.closed).code).toBe(1000)
    await status.next('closed')
    await quietPeriod(100)
    expect(server.upgrades).toHaveLength(1)
    await expect(client.publish('c.t', 'late')).rejects.toMatchObject({ code: Code.CODE_CANCELED })
    await client.close()
  })

  it('closes on scope exit with await using', async () => {
    {
      await using client = await connect(server.url, { token: 't' })
      expect(client.state).toBe('connected')
    }
    expect((await server.last.closed).code).toBe(1000)
  })
})

describe('request ids', () => {
  it('uses distinct non-zero ids for commands that expect replies', async () => {
    const client = await open()
    await client.subscribe('id.a').ready()
    await client.subscribe('id.b').ready()
    await client.publish('id.a', 'x')
    await client.ping()
    const ids = server.frames.map((f) => f.frame.id)
    expect(ids.every((id) => id > 0)).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('docs/sdk-typescript.md quickstart', () => {
  it('runs as written (getToken, at-least-once, idempotent publish, for await with auto-ack)', async () => {
    const seen: string[] = []
    {
      await using client = await connect(server.url, { getToken: async () => 'quickstart-token' })
      const sub = client.subscribe('chat.room.42', { mode: 'at-least-once' })
      await sub.ready()
      await client.publish('chat.room.42', 'hello', { idempotencyKey: crypto.randomUUID() })
      await client.publish('chat.room.42', 'world', { idempotencyKey: crypto.randomUUID() })
      for await (const msg of sub) {
        seen.push(`${msg.topic} ${msg.text()} ${msg.offset}`)
        if (seen.length === 2) break
      }
    }
    expect(seen).toEqual(['chat.room.42 hello 1', 'chat.room.42 world 2'])
    // The first delivery was acked when the loop asked for the second; break left 2 unacked.
    expect(server.framesOf('ack').map((f) => toU64(f.frame.ack?.offset))).toEqual([1n])
    expect((await server.last.closed).code).toBe(1000)
  })
})
