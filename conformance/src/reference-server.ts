/**
 * The scriptable reference server of client mode: a small but complete zerorelay
 * relay on `ws` (connect, subscribe with `*`/`>` patterns, unsubscribe, publish with
 * offsets, ping, refresh) that records every upgrade attempt and every frame it
 * receives, and that scenario steps can make misbehave: refuse upgrades, close with a
 * code, send arbitrary frames, go half-open, drop TCP. It checks what an SDK really
 * does on the wire. It is not the production server.
 *
 * It keeps each topic's history (so a `subscribe` with `resumeAfter` replays what the
 * SDK missed, or fails with `UNRECOVERABLE_POSITION` for a position of another epoch),
 * enforces and announces `maxFrameBytes` (close 1009 above it), rejects a token it
 * closed with 4001 (`TOKEN_EXPIRED`) when it comes back, and records the close code of
 * every connection the SDK closed itself.
 *
 * Actors are told apart by the `actor` query parameter of their URL (`urlFor()`).
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  adviceFor,
  type ClientFrame,
  CloseCode,
  Code,
  type FrameCodec,
  FrameDecodeError,
  jsonCodec,
  protoCodec,
  type ServerFrameInit,
  SUBPROTOCOL_JSON,
  SUBPROTOCOLS,
  toU64,
} from '@zerorelay/protocol'
import { jwtVerify } from 'jose'
import { WebSocket, WebSocketServer } from 'ws'
import type { AuthEnv } from './tokens.js'

/** One upgrade request. */
export interface UpgradeAttempt {
  readonly actor: string
  readonly at: number
  /** The status answered: 101 when accepted. */
  readonly status: number
}

/** One connection closed by the SDK (not by the reference server). */
export interface ClientClose {
  readonly actor: string
  readonly at: number
  /** The close code received (1005: none, 1006: no close frame). */
  readonly code: number
}

/** Options of the reference server. */
export interface ReferenceServerOptions {
  /** Announced in `connected.limits.maxFrameBytes` and enforced (close 1009). Default 1 MiB. */
  readonly maxFrameBytes?: number
}

/** One frame received from an actor. */
export interface ObservedFrame {
  readonly actor: string
  readonly at: number
  readonly frame: ClientFrame
  consumed: boolean
}

interface Conn {
  readonly actor: string
  readonly ws: WebSocket
  readonly codec: FrameCodec
  readonly subs: Set<string>
  authed: boolean
  halfOpen: boolean
  /** The token of the session, once authenticated. */
  token: string
  /** The reference server closed (or dropped) it. */
  closedByServer: boolean
}

/** A running reference server. */
export interface ReferenceServer {
  /** The URL an actor's SDK connects to. */
  urlFor(actor: string): string
  /** Every upgrade attempt, in order. */
  readonly upgrades: readonly UpgradeAttempt[]
  /** Every frame received, in order. */
  readonly observed: ObservedFrame[]
  /** Every connection the SDK closed itself, in order. */
  readonly clientCloses: readonly ClientClose[]
  /** Refuses the actor's next `count` upgrades. */
  refuseUpgrades(actor: string, count: number, status: number, retryAfterS: number): void
  /** Sends Disconnect{code} and closes the actor's connections with `code`. */
  close(actor: string, code: number, reason: string): void
  /** Sends a frame to the actor's connections; a `disconnect` frame also closes them with its code. */
  send(actor: string, frame: ServerFrameInit): void
  /** Stops reading and answering on the actor's connections (TCP stays open). */
  stopAnswering(actor: string): void
  /** Destroys the actor's TCP connections. */
  dropTcp(actor: string): void
  /** Resolves at the next upgrade or received frame, or at `deadline` (performance.now()). */
  waitChange(deadline: number): Promise<void>
  stop(): Promise<void>
}

/** Messages kept per topic for resumes. */
const RETAINED_MESSAGES = 1000

/** True when a concrete topic matches a subscription topic or pattern (`*`, `>`). */
export function topicMatches(pattern: string, topic: string): boolean {
  const p = pattern.split('.')
  const t = topic.split('.')
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return i === p.length - 1 && t.length > i
    if (i >= t.length) return false
    if (p[i] !== '*' && p[i] !== t[i]) return false
  }
  return p.length === t.length
}

/** Starts a reference server on 127.0.0.1 (ephemeral port), verifying tokens with `auth`. */
export async function startReferenceServer(auth: AuthEnv, opts: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const maxFrameBytes = opts.maxFrameBytes || 1 << 20
  const history = new Map<string, ServerFrameInit[]>()
  const expiredTokens = new Set<string>()
  const clientCloses: ClientClose[] = []
  const refusals = new Map<string, { count: number; status: number; retryAfterS: number }>()
  const upgrades: UpgradeAttempt[] = []
  const observed: ObservedFrame[] = []
  const conns = new Set<Conn>()
  const offsets = new Map<string, number>()
  const epoch = randomBytes(6).toString('hex')
  let waiters: Array<() => void> = []
  const notify = () => {
    const w = waiters
    waiters = []
    for (const f of w) f()
  }
  const actorOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://x').searchParams.get('actor') ?? ''

  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    perMessageDeflate: false,
    handleProtocols: (offered) => SUBPROTOCOLS.find((p) => offered.has(p)) ?? false,
    verifyClient: (info, done) => {
      const actor = actorOf(info.req)
      const r = refusals.get(actor)
      if (r && r.count > 0) {
        r.count--
        upgrades.push({ actor, at: performance.now(), status: r.status })
        notify()
        return done(
          false,
          r.status,
          'refused by script',
          r.retryAfterS > 0 ? { 'Retry-After': String(r.retryAfterS) } : {},
        )
      }
      upgrades.push({ actor, at: performance.now(), status: 101 })
      notify()
      done(true)
    },
  })
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()))
  const port = (wss.address() as AddressInfo).port

  const sendTo = (c: Conn, frame: ServerFrameInit) => {
    if (c.halfOpen || c.ws.readyState !== WebSocket.OPEN) return
    c.ws.send(c.codec.encodeServer(frame))
  }
  const closeConn = (c: Conn, code: number, reason: string, retryAfterMs = 0) => {
    sendTo(c, { disconnect: { code, reason, advice: adviceFor(code), retryAfterMs } })
    c.closedByServer = true
    if (code === CloseCode.CLOSE_CODE_TOKEN_EXPIRED && c.token) expiredTokens.add(c.token)
    if (c.ws.readyState === WebSocket.OPEN) c.ws.close(code, reason)
  }
  const fail = (c: Conn, id: number, code: Code, message: string) => sendTo(c, { id, error: { code, message } })

  async function onFrame(c: Conn, f: ClientFrame): Promise<void> {
    const id = f.id
    if (f.connect) {
      try {
        const token = f.connect.token ?? ''
        if (expiredTokens.has(token)) {
          fail(c, id, Code.CODE_TOKEN_EXPIRED, 'token expired')
          closeConn(c, CloseCode.CLOSE_CODE_TOKEN_EXPIRED, 'token expired')
          return
        }
        await jwtVerify(token, new TextEncoder().encode(auth.hs256Secret), { algorithms: ['HS256'] })
        c.authed = true
        c.token = token
        const exp = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).exp as number
        sendTo(c, {
          id,
          connected: {
            sessionId: `ref-${randomBytes(4).toString('hex')}`,
            serverVersion: 'reference',
            subject: c.actor,
            tokenExpiresAtMs: exp * 1000,
            limits: { maxFrameBytes, maxSubscriptions: 128 },
            features: ['wildcards', 'refresh', 'resume', 'at-least-once', 'ack'],
          },
        })
      } catch {
        fail(c, id, Code.CODE_UNAUTHENTICATED, 'invalid token')
        closeConn(c, CloseCode.CLOSE_CODE_UNAUTHENTICATED, 'invalid token')
      }
      return
    }
    if (f.ping) return sendTo(c, { id, pong: { clientTimeMs: f.ping.clientTimeMs, serverTimeMs: Date.now() } })
    if (!c.authed) return fail(c, id, Code.CODE_UNAUTHENTICATED, 'connect first')
    if (f.subscribe) {
      const topic = f.subscribe.topic ?? ''
      if (c.subs.has(topic)) return fail(c, id, Code.CODE_ALREADY_SUBSCRIBED, 'already subscribed')
      const current = offsets.get(topic) ?? 0
      const from = f.subscribe.resumeAfter
      const replay: ServerFrameInit[] = []
      if (from && (from.epoch || from.offset)) {
        const after = Number(toU64(from.offset ?? 0))
        const kept = history.get(topic) ?? []
        const oldest = kept.length > 0 ? Number(kept[0]?.delivery?.offset ?? 0) : current + 1
        if (from.epoch !== epoch || after > current || after + 1 < oldest)
          return sendTo(c, {
            id,
            error: {
              code: Code.CODE_UNRECOVERABLE_POSITION,
              message: 'cannot resume there',
              position: { epoch, offset: current },
            },
          })
        replay.push(...kept.filter((d) => Number(d.delivery?.offset ?? 0) > after))
      }
      c.subs.add(topic)
      sendTo(c, {
        id,
        subscribeAck: {
          topic,
          position: { epoch, offset: current },
          mode: f.subscribe.mode ?? 0,
          maxInFlight: f.subscribe.maxInFlight || 0,
        },
      })
      for (const d of replay) sendTo(c, d)
      return
    }
    if (f.unsubscribe) {
      if (!c.subs.delete(f.unsubscribe.topic ?? '')) return fail(c, id, Code.CODE_NOT_FOUND, 'not subscribed')
      return sendTo(c, { id, unsubscribeAck: { topic: f.unsubscribe.topic } })
    }
    if (f.publish) {
      const topic = f.publish.topic ?? ''
      if (topic.includes('*') || topic.includes('>')) return fail(c, id, Code.CODE_INVALID_TOPIC, 'pattern')
      const offset = (offsets.get(topic) ?? 0) + 1
      offsets.set(topic, offset)
      if (f.publish.ack) sendTo(c, { id, publishAck: { topic, epoch, offset } })
      const delivery: ServerFrameInit = {
        delivery: {
          topic,
          payload: f.publish.payload,
          headers: f.publish.headers,
          epoch,
          offset,
          publishedAtMs: Date.now(),
          deliveryCount: 1,
        },
      }
      const kept = history.get(topic) ?? []
      kept.push(delivery)
      if (kept.length > RETAINED_MESSAGES) kept.shift()
      history.set(topic, kept)
      for (const other of conns) if ([...other.subs].some((s) => topicMatches(s, topic))) sendTo(other, delivery)
      return
    }
    if (f.refresh) {
      try {
        const { payload } = await jwtVerify(f.refresh.token ?? '', new TextEncoder().encode(auth.hs256Secret))
        return sendTo(c, { id, refreshed: { tokenExpiresAtMs: (payload.exp ?? 0) * 1000 } })
      } catch {
        return fail(c, id, Code.CODE_UNAUTHENTICATED, 'invalid token')
      }
    }
    if (f.ack) return
    fail(c, id, f.kind ? Code.CODE_UNIMPLEMENTED : Code.CODE_BAD_REQUEST, 'no command')
  }

  wss.on('connection', (ws, req) => {
    const c: Conn = {
      actor: actorOf(req),
      ws,
      codec: ws.protocol === SUBPROTOCOL_JSON ? jsonCodec : protoCodec,
      subs: new Set(),
      authed: false,
      halfOpen: false,
      token: '',
      closedByServer: false,
    }
    conns.add(c)
    ws.on('error', () => {})
    ws.on('close', (code: number) => {
      conns.delete(c)
      if (!c.closedByServer) {
        clientCloses.push({ actor: c.actor, at: performance.now(), code })
        notify()
      }
    })
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (c.halfOpen) return
      if (data.length > maxFrameBytes) return closeConn(c, CloseCode.CLOSE_CODE_MESSAGE_TOO_BIG, 'frame too big')
      let frame: ClientFrame
      try {
        frame = c.codec.decodeClient(isBinary ? new Uint8Array(data) : data.toString('utf8'))
      } catch (err) {
        if (err instanceof FrameDecodeError && err.reason === 'wrong-type')
          return closeConn(c, CloseCode.CLOSE_CODE_UNSUPPORTED_DATA, 'wrong frame type')
        return fail(c, 0, Code.CODE_BAD_REQUEST, 'undecodable frame')
      }
      observed.push({ actor: c.actor, at: performance.now(), frame, consumed: false })
      notify()
      void onFrame(c, frame)
    })
  })

  const of = (actor: string) => [...conns].filter((c) => c.actor === actor)
  return {
    urlFor: (actor) => `ws://127.0.0.1:${port}/v1/ws?actor=${encodeURIComponent(actor)}`,
    upgrades,
    observed,
    clientCloses,
    refuseUpgrades: (actor, count, status, retryAfterS) => refusals.set(actor, { count, status, retryAfterS }),
    close: (actor, code, reason) => {
      for (const c of of(actor)) closeConn(c, code, reason)
    },
    send: (actor, frame) => {
      const d = frame.disconnect
      for (const c of of(actor)) {
        if (d) closeConn(c, d.code ?? 1000, d.reason ?? '', d.retryAfterMs ?? 0)
        else sendTo(c, frame)
      }
    },
    stopAnswering: (actor) => {
      for (const c of of(actor)) {
        c.halfOpen = true
        // Not reading means no pong either: the SDK must notice on its own.
        ;(c.ws as unknown as { _socket?: { pause(): void } })._socket?.pause()
      }
    },
    dropTcp: (actor) => {
      for (const c of of(actor)) {
        c.closedByServer = true
        c.ws.terminate()
      }
    },
    waitChange: (deadline) => {
      const ms = deadline - performance.now()
      if (ms <= 0) return Promise.resolve()
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms)
        function done() {
          clearTimeout(timer)
          resolve()
        }
        waiters.push(done)
      })
    },
    stop: async () => {
      for (const c of conns) {
        c.closedByServer = true
        c.ws.terminate()
      }
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    },
  }
}
