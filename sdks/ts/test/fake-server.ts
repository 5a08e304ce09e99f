/**
 * A scripted zerorelay server for SDK tests: `ws` on 127.0.0.1, port 0, speaking the real
 * protocol through the `@zerorelay/protocol` codecs. It answers commands per
 * docs/protocol.md with an in-memory history (epochs, offsets, resume), can refuse upgrades
 * (HTTP status + Retry-After), close with a code (Disconnect first), go half-open (stop
 * reading), and records every upgrade, frame and close with timestamps so tests assert
 * what the SDK really sent.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import {
  adviceFor,
  type ClientFrame,
  Code,
  codecFor,
  DeliveryMode,
  type FrameCodec,
  fromU64,
  type Limits,
  type ServerFrameInit,
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_PROTO,
  type Subprotocol,
  toU64,
} from '@zerorelay/protocol'
import { WebSocket, WebSocketServer } from 'ws'

/** One upgrade request the server saw. */
export interface RecordedUpgrade {
  readonly atMs: number
  readonly url: string
  readonly protocols: readonly string[]
  /** 101 when accepted, else the refusal status. */
  readonly status: number
}

/** One client frame the server received. */
export interface RecordedFrame {
  readonly atMs: number
  readonly connId: number
  /** The ClientFrame.kind member name (`connect`, `subscribe`, ...). */
  readonly kind: string
  readonly frame: ClientFrame
}

/** How a connection ended, as the server saw it. */
export interface RecordedClose {
  readonly atMs: number
  readonly connId: number
  readonly code: number
  readonly reason: string
}

/** A stored message. */
interface Stored {
  offset: bigint
  payload: Uint8Array
  headers: Record<string, string>
  publishedAtMs: number
}

interface TopicState {
  epoch: string
  lastOffset: bigint
  messages: Stored[]
  idempotency: Map<string, bigint>
}

/** Options of the fake server. */
export interface FakeServerOptions {
  /** Announced in `connected.limits`. */
  limits?: Limits
  /** Announced in `connected.features`. Default: ack, at-least-once, resume, wildcards, refresh. */
  features?: string[]
  /** Lifetime of tokens, announced as `tokenExpiresAtMs` = now + this. Default: 0 (not announced). */
  tokenTtlMs?: number
  /** Token check for connect and refresh. Default: every token is accepted. */
  acceptToken?: (token: string) => boolean
}

type CommandHook = (conn: FakeConnection, frame: ClientFrame) => boolean | undefined

const KINDS = ['connect', 'subscribe', 'unsubscribe', 'publish', 'ack', 'refresh', 'ping'] as const

/** One accepted WebSocket connection. */
export class FakeConnection {
  readonly subs = new Map<string, { mode: DeliveryMode }>()
  isAuthenticated = false
  /** When true the server ignores everything this connection sends (half-open). */
  isSilent = false
  readonly closed: Promise<RecordedClose>

  constructor(
    readonly id: number,
    readonly ws: WebSocket,
    readonly socket: Socket,
    readonly codec: FrameCodec,
    closed: Promise<RecordedClose>,
  ) {
    this.closed = closed
  }

  /** Sends one server frame. */
  send(frame: ServerFrameInit): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(this.codec.encodeServer(frame))
  }

  /** Sends `disconnect{code, reason, advice, retryAfterMs}`, then closes with `code`. */
  disconnect(code: number, reason = '', retryAfterMs = 0): void {
    this.send({ id: 0, disconnect: { code, reason, advice: adviceFor(code), retryAfterMs } })
    this.ws.close(code, reason)
  }

  /** Closes with `code` without a Disconnect frame. */
  closeRaw(code: number, reason = ''): void {
    this.ws.close(code, reason)
  }

  /** Stops reading the socket and answering: the client sees a silent, half-open peer. */
  halfOpen(): void {
    this.isSilent = true
    this.socket.pause()
  }

  /** Drops the TCP connection without a close frame (the client sees 1006). */
  drop(): void {
    this.socket.destroy()
  }
}

/** The fake server. Create with `startFakeServer()`. */
export class FakeServer {
  readonly upgrades: RecordedUpgrade[] = []
  readonly frames: RecordedFrame[] = []
  readonly closes: RecordedClose[] = []
  readonly connections: FakeConnection[] = []
  readonly topics = new Map<string, TopicState>()
  /** Runs before the default handling; return true when the command was handled. */
  onCommand: CommandHook | undefined
  options: FakeServerOptions
  #refusals: { status: number; retryAfter?: string }[] = []
  #waiters = new Set<() => void>()
  #nextConnId = 1
  readonly #http: Server
  readonly #wss: WebSocketServer
  url = ''

  constructor(options: FakeServerOptions = {}) {
    this.options = options
    this.#wss = new WebSocketServer({
      noServer: true,
      handleProtocols: (protocols) => {
        if (protocols.has(SUBPROTOCOL_PROTO)) return SUBPROTOCOL_PROTO
        if (protocols.has(SUBPROTOCOL_JSON)) return SUBPROTOCOL_JSON
        return false
      },
    })
    this.#http = createServer((_req, res) => {
      res.writeHead(426).end()
    })
    this.#http.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => this.#onUpgrade(req, socket, head))
  }

  /** Listens on 127.0.0.1, port 0. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.#http.listen(0, '127.0.0.1', resolve))
    const { port } = this.#http.address() as AddressInfo
    this.url = `ws://127.0.0.1:${port}/v1/ws`
    return this
  }

  /** Refuses the next `count` upgrades with `status` (and `Retry-After` when given). */
  refuseUpgrades(count: number, status: number, retryAfter?: string): void {
    for (let i = 0; i < count; i++) this.#refusals.push({ status, retryAfter })
  }

  /** Frames of one kind, optionally on one connection. */
  framesOf(kind: string, connId?: number): RecordedFrame[] {
    return this.frames.filter((f) => f.kind === kind && (connId === undefined || f.connId === connId))
  }

  /** The newest connection (throws when there is none). */
  get last(): FakeConnection {
    const conn = this.connections[this.connections.length - 1]
    if (!conn) throw new Error('no connection yet')
    return conn
  }

  /**
   * Resolves with the first truthy value of `probe`, re-evaluated after every recorded event
   * (upgrade, frame, close); rejects after `timeoutMs`.
   */
  waitFor<T>(probe: () => T | undefined | false | null, timeoutMs = 5_000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe()
        if (value) {
          this.#waiters.delete(check)
          clearTimeout(timer)
          resolve(value)
        }
      }
      const timer = setTimeout(() => {
        this.#waiters.delete(check)
        reject(new Error(`fake server: timed out waiting for ${what}`))
      }, timeoutMs)
      this.#waiters.add(check)
      check()
    })
  }

  /** Waits for the `n`-th frame of `kind` (1-based), optionally matching `filter`. */
  waitForFrame(
    kind: string,
    n = 1,
    filter?: (f: RecordedFrame) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedFrame> {
    return this.waitFor(
      () => this.framesOf(kind).filter((f) => !filter || filter(f))[n - 1],
      timeoutMs,
      `${kind} frame #${n}`,
    )
  }

  /** Waits until `n` upgrades were seen. */
  waitForUpgrades(n: number, timeoutMs?: number): Promise<RecordedUpgrade[]> {
    return this.waitFor(() => (this.upgrades.length >= n ? this.upgrades : undefined), timeoutMs, `${n} upgrades`)
  }

  /** Waits until `n` authenticated sessions exist. */
  waitForSessions(n: number, timeoutMs?: number): Promise<FakeConnection> {
    return this.waitFor(
      () => {
        const authed = this.connections.filter((c) => c.isAuthenticated)
        return authed.length >= n ? authed[n - 1] : undefined
      },
      timeoutMs,
      `${n} sessions`,
    )
  }

  /** The history of a topic, created on first use with epoch `e1`. */
  topic(name: string): TopicState {
    let t = this.topics.get(name)
    if (!t) {
      t = { epoch: 'e1', lastOffset: 0n, messages: [], idempotency: new Map() }
      this.topics.set(name, t)
    }
    return t
  }

  /** Stores a message and fans it out to every matching subscription; returns its offset. */
  publish(topic: string, payload: Uint8Array, headers: Record<string, string> = {}): bigint {
    const t = this.topic(topic)
    const stored: Stored = { offset: ++t.lastOffset, payload, headers, publishedAtMs: Date.now() }
    t.messages.push(stored)
    for (const conn of this.connections) {
      if (conn.isSilent || conn.ws.readyState !== WebSocket.OPEN) continue
      for (const pattern of conn.subs.keys()) {
        if (matches(pattern, topic)) {
          this.#deliver(conn, topic, t.epoch, stored)
          break
        }
      }
    }
    return stored.offset
  }

  /** Closes every connection and the listener. */
  async close(): Promise<void> {
    for (const conn of this.connections) conn.socket.destroy()
    for (const client of this.#wss.clients) client.terminate()
    this.#wss.close()
    await new Promise<void>((resolve) => this.#http.close(() => resolve()))
    this.#http.closeAllConnections?.()
  }

  #notify(): void {
    for (const check of [...this.#waiters]) check()
  }

  #onUpgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const protocols = (req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
    const refusal = this.#refusals.shift()
    if (refusal) {
      this.upgrades.push({ atMs: Date.now(), url: req.url ?? '', protocols, status: refusal.status })
      const retryAfter = refusal.retryAfter !== undefined ? `Retry-After: ${refusal.retryAfter}\r\n` : ''
      socket.end(`HTTP/1.1 ${refusal.status} Refused\r\n${retryAfter}Connection: close\r\nContent-Length: 0\r\n\r\n`)
      this.#notify()
      return
    }
    this.upgrades.push({ atMs: Date.now(), url: req.url ?? '', protocols, status: 101 })
    this.#wss.handleUpgrade(req, socket, head, (ws) => {
      const id = this.#nextConnId++
      let onClosed!: (c: RecordedClose) => void
      const closed = new Promise<RecordedClose>((resolve) => {
        onClosed = resolve
      })
      const codec = codecFor((ws.protocol || SUBPROTOCOL_JSON) as Subprotocol)
      const conn = new FakeConnection(id, ws, socket, codec, closed)
      this.connections.push(conn)
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (conn.isSilent) return
        this.#onMessage(conn, isBinary ? new Uint8Array(data) : data.toString('utf8'))
      })
      ws.on('close', (code: number, reason: Buffer) => {
        const rec = { atMs: Date.now(), connId: id, code, reason: reason.toString() }
        this.closes.push(rec)
        onClosed(rec)
        this.#notify()
      })
      ws.on('error', () => {})
      this.#notify()
    })
  }

  #onMessage(conn: FakeConnection, data: Uint8Array | string): void {
    let frame: ClientFrame
    try {
      frame = conn.codec.decodeClient(data)
    } catch {
      conn.send({ id: 0, error: { code: Code.CODE_BAD_REQUEST, message: 'undecodable frame' } })
      return
    }
    const kind = KINDS.find((k) => frame[k]) ?? 'none'
    this.frames.push({ atMs: Date.now(), connId: conn.id, kind, frame })
    this.#notify()
    if (this.onCommand?.(conn, frame)) return
    this.#handle(conn, frame, kind)
  }

  #handle(conn: FakeConnection, frame: ClientFrame, kind: string): void {
    const id = frame.id
    const fail = (code: Code, message: string, extra: Record<string, unknown> = {}) =>
      conn.send({ id, error: { code, message, ...extra } })
    const accept = this.options.acceptToken ?? (() => true)
    const ttl = this.options.tokenTtlMs ?? 0
    if (!conn.isAuthenticated && kind !== 'connect' && kind !== 'ping') {
      return fail(Code.CODE_UNAUTHENTICATED, 'connect first')
    }
    switch (kind) {
      case 'connect': {
        if (conn.isAuthenticated) return fail(Code.CODE_BAD_REQUEST, 'already connected')
        if (!accept(frame.connect?.token ?? '')) {
          fail(Code.CODE_UNAUTHENTICATED, 'bad token')
          conn.disconnect(4501, 'unauthenticated')
          return
        }
        conn.isAuthenticated = true
        conn.send({
          id,
          connected: {
            sessionId: `s-${conn.id}`,
            serverVersion: '0.0.0-fake',
            subject: 'tester',
            tokenExpiresAtMs: ttl > 0 ? fromU64(BigInt(Date.now() + ttl)) : 0,
            limits: this.options.limits ?? { maxFrameBytes: 65_536, pingIntervalMs: 25_000, pongTimeoutMs: 10_000 },
            features: this.options.features ?? ['ack', 'at-least-once', 'resume', 'wildcards', 'refresh'],
          },
        })
        this.#notify()
        return
      }
      case 'subscribe': {
        const s = frame.subscribe
        const topic = s?.topic ?? ''
        if (conn.subs.has(topic)) return fail(Code.CODE_ALREADY_SUBSCRIBED, 'already subscribed')
        const t = this.topic(topic)
        const position = { epoch: t.epoch, offset: fromU64(t.lastOffset) }
        const resume = s?.resumeAfter
        let replay: Stored[] = []
        if (resume && (resume.epoch ?? '') !== '') {
          const after = toU64(resume.offset)
          const oldest = t.messages[0]?.offset ?? t.lastOffset + 1n
          if (resume.epoch !== t.epoch || after + 1n < oldest || after > t.lastOffset) {
            return fail(Code.CODE_UNRECOVERABLE_POSITION, 'cannot resume', { position })
          }
          replay = t.messages.filter((m) => m.offset > after)
        }
        const mode = s?.mode || DeliveryMode.DELIVERY_MODE_AT_MOST_ONCE
        conn.subs.set(topic, { mode })
        conn.send({ id, subscribeAck: { topic, position, mode, maxInFlight: s?.maxInFlight ?? 0 } })
        for (const m of replay) this.#deliver(conn, topic, t.epoch, m)
        return
      }
      case 'unsubscribe': {
        const topic = frame.unsubscribe?.topic ?? ''
        if (!conn.subs.delete(topic)) return fail(Code.CODE_NOT_FOUND, 'no such subscription')
        conn.send({ id, unsubscribeAck: { topic, position: { epoch: this.topic(topic).epoch } } })
        return
      }
      case 'publish': {
        const p = frame.publish
        const topic = p?.topic ?? ''
        if (topic.includes('*') || topic.includes('>')) return fail(Code.CODE_INVALID_TOPIC, 'wildcard in publish')
        const t = this.topic(topic)
        const key = p?.idempotencyKey ?? ''
        const seen = key ? t.idempotency.get(key) : undefined
        const offset = seen ?? this.publish(topic, p?.payload ?? new Uint8Array(0), { ...(p?.headers ?? {}) })
        if (key && seen === undefined) t.idempotency.set(key, offset)
        if (p?.ack) {
          conn.send({
            id,
            publishAck: { topic, epoch: t.epoch, offset: fromU64(offset), duplicate: seen !== undefined },
          })
        }
        return
      }
      case 'ack':
        return
      case 'refresh': {
        if (!accept(frame.refresh?.token ?? '')) return fail(Code.CODE_UNAUTHENTICATED, 'bad token')
        conn.send({ id, refreshed: { tokenExpiresAtMs: fromU64(BigInt(Date.now() + ttl)) } })
        return
      }
      case 'ping':
        conn.send({ id, pong: { clientTimeMs: frame.ping?.clientTimeMs ?? 0, serverTimeMs: Date.now() } })
        return
      default:
        return fail(Code.CODE_BAD_REQUEST, 'no command')
    }
  }

  #deliver(conn: FakeConnection, topic: string, epoch: string, m: Stored): void {
    conn.send({
      id: 0,
      delivery: {
        topic,
        payload: m.payload,
        headers: m.headers,
        epoch,
        offset: fromU64(m.offset),
        publishedAtMs: m.publishedAtMs,
        deliveryCount: 1,
      },
    })
  }
}

/** `*` one token, `>` one or more trailing tokens. */
function matches(pattern: string, topic: string): boolean {
  if (pattern === topic) return true
  const p = pattern.split('.')
  const t = topic.split('.')
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return t.length > i
    if (p[i] !== '*' && p[i] !== t[i]) return false
  }
  return p.length === t.length
}

/** Starts a fake server on 127.0.0.1, port 0. */
export function startFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  return new FakeServer(options).listen()
}
