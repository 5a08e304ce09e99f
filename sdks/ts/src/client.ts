/**
 * The zerorelay client: one WebSocket at a time, the connection state machine, request
 * correlation, reconnect with backoff, the close-code policy, token refresh, heartbeats,
 * subscriptions and publishing (docs/sdk-spec.md).
 */
import {
  type ClientFrameInit,
  type Connected,
  closeAction,
  codecFor,
  DeliveryMode,
  type FrameCodec,
  fromU64,
  type Limits,
  type ServerFrame,
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_PROTO,
  toU64,
  wireLength,
} from '@zerorelay/protocol'
import { type Backoff, type BackoffOptions, createBackoff, parseRetryAfterMs } from './backoff.js'
import { Channel } from './channel.js'
import { Code, canceled, codeForClose, deadlineExceeded, type Position, RelayError } from './errors.js'
import {
  type GapEvent,
  type RawDelivery,
  type SubscribeInfo,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionHost,
  SubscriptionImpl,
  topicMatches,
} from './subscription.js'
import {
  openTransport,
  resolveWebSocket,
  type Transport,
  type TransportCloseInfo,
  type WebSocketConstructor,
} from './transport.js'

/** The SDK's name and version, sent in `Connect`. */
export const CLIENT_NAME = 'zerorelay-ts'
/** @see CLIENT_NAME */
export const CLIENT_VERSION = '0.1.0'

/** Connection states (docs/sdk-spec.md §1). */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'closed'

/** Why the token provider is called. */
export type TokenReason = 'connect' | 'reconnect' | 'expired' | 'refresh'

/** Timers and wall clock, injectable for tests. @internal */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, Math.min(ms, 2 ** 31 - 1)),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Options of `connect()`. Durations are in milliseconds; `undefined` means the default. */
export interface ConnectOptions extends BackoffOptions {
  /** A static JWT, sent in `Connect`. Without `getToken` it cannot be renewed: close 4001 is then terminal. */
  token?: string
  /**
   * Token provider, called before every connection attempt and to refresh the session's
   * token at `refreshRatio` of its lifetime. Takes precedence over `token`.
   */
  getToken?: (reason: TokenReason) => Promise<string> | string
  /** Governs the client's life: aborting it fails `connect()` or, later, closes the client. */
  signal?: AbortSignal
  /** The WebSocket implementation. Default: `globalThis.WebSocket`, else (Node) the `ws` package. */
  WebSocket?: WebSocketConstructor
  /** Frame encoding: `proto` (`zerorelay.v1.proto`) or `json` (`zerorelay.v1.json`). Default: `'proto'`. */
  encoding?: 'proto' | 'json'
  /** Deadline of one attempt, from the upgrade to `connected`. Default: 10_000. */
  connectTimeoutMs?: number
  /** Default timeout of every operation (subscribe, publish with ack, ping...). Default: 10_000. */
  requestTimeoutMs?: number
  /** Reconnect after a lost connection, per the close-code policy. Default: true. */
  reconnect?: boolean
  /** Retry a failed first attempt (backoff) instead of rejecting `connect()`. Default: false. */
  retryInitialConnect?: boolean
  /** Ping after this much inbound silence. Default: the server's `limits.pingIntervalMs`, else 25_000. 0 disables. */
  pingIntervalMs?: number
  /** Consider the server dead this long after an unanswered ping. Default: the server's, else 10_000. */
  pongTimeoutMs?: number
  /** Refresh the token after this fraction of its lifetime. Default: 0.8. */
  refreshRatio?: number
  /**
   * At-least-once: how long an acknowledgement may wait to be sent together with later ones
   * (one cumulative `ack` frame for several deliveries). A batch of a quarter of the
   * subscription's `maxInFlight` (at most 64) goes out at once. 0 sends every acknowledgement
   * at once. Default: 10.
   */
  ackDelayMs?: number
  /** Sent in `Connect.clientName`. Default: `'zerorelay-ts'`. */
  clientName?: string
  /** Timers and clock. @internal */
  clock?: Clock
}

/** The limits in force for the session (`connected.limits`); 0 means "no limit". */
export interface SessionLimits {
  readonly maxFrameBytes: number
  readonly pingIntervalMs: number
  readonly pongTimeoutMs: number
  readonly messagesPerSecond: number
  readonly messagesBurst: number
  readonly bytesPerSecond: number
  readonly bytesBurst: number
  readonly maxSubscriptions: number
  readonly maxInFlight: number
  readonly ackWaitMs: number
  readonly maxDeliver: number
}

/** The current session, from the last `connected` (and `refreshed`) frame. */
export interface SessionInfo {
  readonly sessionId: string
  readonly serverVersion: string
  readonly subject: string
  /** The token's expiry in milliseconds since the Unix epoch; 0n when unknown. */
  readonly tokenExpiresAtMs: bigint
  readonly features: readonly string[]
  readonly limits: SessionLimits
}

/** One status transition (docs/sdk-spec.md §1), or a non-fatal error (`type: 'error'`). */
export type StatusEvent =
  | { readonly type: 'connecting'; readonly attempt: number }
  | { readonly type: 'connected'; readonly session: SessionInfo }
  | {
      readonly type: 'disconnected'
      readonly code: number
      readonly reason: string
      readonly error: RelayError
      /** Delay before the next attempt. */
      readonly retryInMs: number
    }
  | { readonly type: 'closed'; readonly error: RelayError | undefined }
  /** An error that ends nothing: an error reply to a fire-and-forget command, a failed refresh, an unhandled gap. */
  | { readonly type: 'error'; readonly error: RelayError; readonly gap?: GapEvent }

/** Options of `client.publish()`. */
export interface PublishOptions {
  /** Wait for the server's `publishAck` (stored). Default: true. */
  ack?: boolean
  /** Dedupe key: a repeat within the server's window is not stored again; also makes a resend after a drop safe. */
  idempotencyKey?: string
  /** Application metadata (UTF-8 keys and values). */
  headers?: Record<string, string>
  /** Deadline of the publish, including waiting for a connection. Default: the client's `requestTimeoutMs`. */
  timeoutMs?: number
  /** Cancels the publish; one not yet sent is never sent. */
  signal?: AbortSignal
}

/** The server's `publishAck`. */
export interface PublishResult {
  readonly topic: string
  readonly epoch: string
  readonly offset: bigint
  /** True when the idempotency key was seen before and nothing new was stored. */
  readonly duplicate: boolean
}

/** Options of operations that only take a deadline and a signal. */
export interface CallOptions {
  /** Default: the client's `requestTimeoutMs`. */
  timeoutMs?: number
  signal?: AbortSignal
}

/** The result of `client.ping()`. */
export interface PingResult {
  /** Round trip, in milliseconds. */
  readonly rttMs: number
  /** The server's clock, milliseconds since the Unix epoch. */
  readonly serverTimeMs: bigint
}

/** A zerorelay client. Create it with `connect()`; dispose of it with `close()` or `await using`. */
export interface Client extends AsyncDisposable {
  /** The connection state. */
  readonly state: ConnectionState
  /** The current (or last) session; undefined before the first `connected`. */
  readonly session: SessionInfo | undefined
  /** Subscribes to a topic or pattern; see Subscription. Never throws: errors end the subscription. */
  subscribe(topic: string, options?: SubscribeOptions): Subscription
  /**
   * Publishes `data` (bytes, or a string sent as UTF-8). With `ack` (the default) resolves with
   * the server's acknowledgement; waits for a connection while disconnected. Rejects with a
   * RelayError: `LIMIT_EXCEEDED` when the frame exceeds the session's `maxFrameBytes` (nothing
   * is sent), `UNAVAILABLE` when no connection came in time, the server's error otherwise.
   */
  publish(topic: string, data: Uint8Array | string, options: PublishOptions & { ack: false }): Promise<undefined>
  publish(topic: string, data: Uint8Array | string, options?: PublishOptions): Promise<PublishResult>
  /** Sends an application-level ping and waits for the pong. */
  ping(options?: CallOptions): Promise<PingResult>
  /**
   * Status events from now on, in order, ending after `closed`. Each call returns an
   * independent stream (at most 1000 buffered events, oldest dropped).
   */
  status(options?: { signal?: AbortSignal }): AsyncIterable<StatusEvent>
  /** Resolves when the client is closed: undefined after `close()`, the terminal error otherwise. */
  closed(): Promise<RelayError | undefined>
  /** Closes with 1000, never reconnects, fails pending operations with `CANCELED`. Idempotent. */
  close(): Promise<void>
}

/**
 * Connects to a zerorelay server and resolves once the first session is established
 * (`connected`). Rejects with a RelayError when the first attempt fails (see
 * `retryInitialConnect`) or `signal` aborts.
 *
 * ```ts
 * await using client = await connect('wss://relay.example/v1/ws', { getToken })
 * ```
 */
export async function connect(url: string, options: ConnectOptions = {}): Promise<Client> {
  if (options.signal?.aborted) throw canceled('connect aborted', options.signal.reason)
  let WebSocketImpl: WebSocketConstructor
  try {
    WebSocketImpl = await resolveWebSocket(options.WebSocket)
  } catch (err) {
    throw new RelayError(Code.CODE_UNAVAILABLE, (err as Error).message, { retryable: false, cause: err })
  }
  const client = new RelayClient(url, options, WebSocketImpl)
  await client.start()
  return client
}

interface PendingRequest {
  /** The reply (success or error) arrived. */
  onReply(frame: ServerFrame): void
  /** The connection carrying the request was lost. */
  onLost(): void
}

interface PublishOp {
  readonly topic: string
  readonly payload: Uint8Array
  readonly headers: Record<string, string> | undefined
  readonly idempotencyKey: string
  readonly ack: boolean
  resolve(result: PublishResult | undefined): void
  reject(err: RelayError): void
  /** The id while in flight. */
  id: number
  done: boolean
}

const DEFAULT_PING_INTERVAL_MS = 25_000
const DEFAULT_PONG_TIMEOUT_MS = 10_000
const DEFAULT_ACK_DELAY_MS = 10
const STATUS_BUFFER = 1000
const textEncoder = new TextEncoder()

function resolveLimits(limits: Limits | null | undefined): SessionLimits {
  const l = limits ?? {}
  return Object.freeze({
    maxFrameBytes: l.maxFrameBytes ?? 0,
    pingIntervalMs: l.pingIntervalMs ?? 0,
    pongTimeoutMs: l.pongTimeoutMs ?? 0,
    messagesPerSecond: l.messagesPerSecond ?? 0,
    messagesBurst: l.messagesBurst ?? 0,
    bytesPerSecond: l.bytesPerSecond ?? 0,
    bytesBurst: l.bytesBurst ?? 0,
    maxSubscriptions: l.maxSubscriptions ?? 0,
    maxInFlight: l.maxInFlight ?? 0,
    ackWaitMs: l.ackWaitMs ?? 0,
    maxDeliver: l.maxDeliver ?? 0,
  })
}

function toPosition(p: { epoch?: string | null; offset?: unknown } | null | undefined): Position {
  return { epoch: p?.epoch ?? '', offset: toU64(p?.offset as never) }
}

function modeName(mode: number | null | undefined): 'at-most-once' | 'at-least-once' {
  return mode === DeliveryMode.DELIVERY_MODE_AT_LEAST_ONCE ? 'at-least-once' : 'at-most-once'
}

/** HTTP status of a refused upgrade → class and Code (docs/sdk-spec.md §3). */
function classifyHttp(status: number): { action: 'stop' | 'backoff' | 'token'; code: Code } {
  switch (status) {
    case 400:
      return { action: 'stop', code: Code.CODE_BAD_REQUEST }
    case 401:
      return { action: 'token', code: Code.CODE_UNAUTHENTICATED }
    case 403:
      return { action: 'stop', code: Code.CODE_PERMISSION_DENIED }
    case 404:
      return { action: 'stop', code: Code.CODE_NOT_FOUND }
    case 429:
      return { action: 'backoff', code: Code.CODE_RATE_LIMITED }
    default:
      return { action: 'backoff', code: Code.CODE_UNAVAILABLE }
  }
}

/** The client implementation. @internal */
class RelayClient implements Client {
  readonly #url: string
  readonly #options: ConnectOptions
  readonly #WebSocket: WebSocketConstructor
  readonly #codec: FrameCodec
  readonly #clock: Clock
  readonly #backoff: Backoff
  readonly #requestTimeoutMs: number
  readonly #ackDelayMs: number
  #state: ConnectionState = 'disconnected'
  #transport: Transport | undefined
  /** Incremented for every attempt; callbacks of older attempts are ignored. */
  #generation = 0
  #nextId = 1
  readonly #pending = new Map<number, PendingRequest>()
  /** Publishes with ack waiting for a connection, in call order. */
  #outbox: PublishOp[] = []
  /** In-flight publishes collected while a lost connection is torn down. */
  #resend: PublishOp[] = []
  readonly #subs = new Map<string, SubscriptionImpl>()
  #patternSubs: SubscriptionImpl[] = []
  #session: SessionInfo | undefined
  #connectedAtMs = 0
  #everConnected = false
  #attemptsSinceConnected = 0
  #tokenReason: TokenReason = 'connect'
  // What the server said before a close (docs/sdk-spec.md §4).
  #disconnectFrame: { code: number; reason: string; retryAfterMs: number } | undefined
  #connectError: RelayError | undefined
  /** A locally decided terminal error that overrides the close classification. */
  #localFailure: RelayError | undefined
  #reconnectTimer: unknown
  #connectTimer: unknown
  #heartbeatTimer: unknown
  #refreshTimer: unknown
  #inboundCount = 0
  #lastInboundAtMs = 0
  #pingSentCount = -1
  #pingSentAtMs = 0
  #pingIntervalMs = 0
  #pongTimeoutMs = 0
  readonly #statusListeners = new Set<Channel<StatusEvent>>()
  #closedResolve!: (err: RelayError | undefined) => void
  readonly #closed: Promise<RelayError | undefined>
  #terminalError: RelayError | undefined
  #started: { resolve: () => void; reject: (err: RelayError) => void } | undefined
  #abortCleanup: (() => void) | undefined

  constructor(url: string, options: ConnectOptions, WebSocketImpl: WebSocketConstructor) {
    this.#url = url
    this.#options = options
    this.#WebSocket = WebSocketImpl
    this.#codec = codecFor(options.encoding === 'json' ? SUBPROTOCOL_JSON : SUBPROTOCOL_PROTO)
    this.#clock = options.clock ?? systemClock
    this.#backoff = createBackoff(options)
    this.#requestTimeoutMs = options.requestTimeoutMs ?? 10_000
    const ackDelayMs = options.ackDelayMs ?? DEFAULT_ACK_DELAY_MS
    // NaN and negative values send at once, like 0.
    this.#ackDelayMs = ackDelayMs > 0 ? ackDelayMs : 0
    this.#closed = new Promise((resolve) => {
      this.#closedResolve = resolve
    })
  }

  get state(): ConnectionState {
    return this.#state
  }

  get session(): SessionInfo | undefined {
    return this.#session
  }

  /** Starts the first attempt; resolves on the first `connected`. */
  start(): Promise<void> {
    const signal = this.#options.signal
    if (signal) {
      // Before the first session an abort fails connect(); afterwards it closes like close().
      const onAbort = () => this.#finalize(this.#everConnected ? undefined : canceled('connect aborted', signal.reason))
      signal.addEventListener('abort', onAbort, { once: true })
      this.#abortCleanup = () => signal.removeEventListener('abort', onAbort)
    }
    const started = new Promise<void>((resolve, reject) => {
      this.#started = { resolve, reject }
    })
    void this.#attempt()
    return started
  }

  // ------------------------------------------------------------------ connection

  async #attempt(): Promise<void> {
    if (this.#state === 'closed') return
    const generation = ++this.#generation
    this.#attemptsSinceConnected++
    this.#state = 'connecting'
    this.#disconnectFrame = undefined
    this.#connectError = undefined
    this.#localFailure = undefined
    this.#emit({ type: 'connecting', attempt: this.#attemptsSinceConnected })
    this.#connectTimer = this.#clock.setTimeout(() => {
      if (generation !== this.#generation) return
      this.#localFailure = undefined
      if (this.#transport) this.#transport.close(4012, 'connect timeout', true)
      else this.#onLost(generation, { code: 4012, reason: 'connect timeout' })
    }, this.#options.connectTimeoutMs ?? 10_000)
    let token = this.#options.token ?? ''
    if (this.#options.getToken) {
      try {
        token = await this.#options.getToken(this.#tokenReason)
      } catch (err) {
        if (generation !== this.#generation) return
        const typed =
          err instanceof RelayError
            ? err
            : new RelayError(Code.CODE_UNAUTHENTICATED, `token provider failed: ${(err as Error)?.message ?? err}`, {
                retryable: true,
                cause: err,
              })
        this.#localFailure = typed
        this.#onLost(generation, { code: typed.retryable ? 4300 : 4501, reason: 'token provider failed' })
        return
      }
      if (generation !== this.#generation) return
    }
    const subprotocol = this.#codec.subprotocol
    this.#transport = openTransport(this.#WebSocket, this.#url, [subprotocol], {
      onOpen: (protocol) => {
        if (generation !== this.#generation) return
        if (protocol !== subprotocol) {
          this.#localFailure = new RelayError(
            Code.CODE_BAD_REQUEST,
            `server chose subprotocol "${protocol}", offered "${subprotocol}"`,
            { retryable: false },
          )
          this.#transport?.close(1000, 'unsupported subprotocol')
          return
        }
        this.#sendConnect(generation, token)
      },
      onMessage: (data) => {
        if (generation === this.#generation) this.#onData(data)
      },
      onClose: (info) => this.#onLost(generation, info),
    })
  }

  #sendConnect(generation: number, token: string): void {
    const resume =
      this.#everConnected && this.#session
        ? { previousSessionId: this.#session.sessionId, attempt: this.#attemptsSinceConnected }
        : undefined
    const id = this.#allocId()
    this.#pending.set(id, {
      onReply: (frame) => {
        if (frame.connected) this.#onConnected(generation, frame.connected)
        else if (frame.error) {
          // The server closes right after; the close carries the class, the error the Code.
          this.#connectError = RelayError.fromWire(frame.error, 'connect')
        }
      },
      onLost: () => {},
    })
    this.#sendFrame({
      id,
      connect: { token, clientName: this.#options.clientName ?? CLIENT_NAME, clientVersion: CLIENT_VERSION, resume },
    })
  }

  #onConnected(generation: number, c: Connected): void {
    if (generation !== this.#generation || this.#state !== 'connecting') return
    this.#clock.clearTimeout(this.#connectTimer)
    const now = this.#clock.now()
    this.#state = 'connected'
    this.#connectedAtMs = now
    this.#everConnected = true
    this.#attemptsSinceConnected = 0
    this.#tokenReason = 'reconnect'
    const limits = resolveLimits(c.limits)
    this.#session = Object.freeze({
      sessionId: c.sessionId ?? '',
      serverVersion: c.serverVersion ?? '',
      subject: c.subject ?? '',
      tokenExpiresAtMs: toU64(c.tokenExpiresAtMs),
      features: Object.freeze([...(c.features ?? [])]),
      limits,
    })
    this.#pingIntervalMs = this.#options.pingIntervalMs ?? (limits.pingIntervalMs || DEFAULT_PING_INTERVAL_MS)
    this.#pongTimeoutMs = this.#options.pongTimeoutMs ?? (limits.pongTimeoutMs || DEFAULT_PONG_TIMEOUT_MS)
    this.#pingSentCount = -1
    this.#scheduleHeartbeat(this.#pingIntervalMs)
    this.#scheduleRefresh(this.#session.tokenExpiresAtMs, now)
    this.#emit({ type: 'connected', session: this.#session })
    if (this.#started) {
      this.#started.resolve()
      this.#started = undefined
    }
    // Resubscriptions first, then queued publishes, each in call order (docs/sdk-spec.md §13).
    for (const sub of this.#subs.values()) this.#sendSubscribe(sub, true)
    const outbox = this.#outbox
    this.#outbox = []
    for (const op of outbox) if (!op.done) this.#sendPublish(op)
  }

  #onLost(generation: number, info: TransportCloseInfo): void {
    if (generation !== this.#generation) return
    // Invalidate every callback of this attempt.
    this.#generation++
    this.#transport = undefined
    this.#clock.clearTimeout(this.#connectTimer)
    this.#clock.clearTimeout(this.#heartbeatTimer)
    this.#clock.clearTimeout(this.#refreshTimer)
    const wasConnected = this.#state === 'connected'
    const upMs = this.#clock.now() - this.#connectedAtMs
    const pending = [...this.#pending.values()]
    this.#pending.clear()
    this.#resend = []
    for (const p of pending) p.onLost()
    // In-flight publishes to send again go first, in their original order.
    this.#outbox = [...this.#resend, ...this.#outbox]
    this.#resend = []
    for (const sub of this.#subs.values()) sub.onDisconnected()
    if (this.#state === 'closed') return

    const disconnect = this.#disconnectFrame
    const code = disconnect?.code || info.code || 1006
    const reason = disconnect?.reason || info.reason
    let action: 'reconnect' | 'backoff' | 'stop' = closeAction(code)
    let error: RelayError
    const floors: number[] = []
    if (disconnect?.retryAfterMs) floors.push(disconnect.retryAfterMs)
    if (this.#connectError?.retryAfterMs) floors.push(this.#connectError.retryAfterMs)
    if (this.#localFailure) {
      error = this.#localFailure
      action = error.retryable ? 'backoff' : 'stop'
      if (error.retryAfterMs) floors.push(error.retryAfterMs)
    } else if (info.httpStatus !== undefined) {
      const http = classifyHttp(info.httpStatus)
      const retryAfterMs = parseRetryAfterMs(info.retryAfter, this.#clock.now())
      if (retryAfterMs !== undefined) floors.push(retryAfterMs)
      action = http.action === 'token' ? (this.#options.getToken ? 'reconnect' : 'stop') : http.action
      if (http.action === 'token') this.#tokenReason = 'expired'
      error = new RelayError(http.code, `upgrade refused with HTTP ${info.httpStatus}`, {
        retryable: action !== 'stop',
        retryAfterMs,
        closeCode: code,
      })
    } else {
      let errCode = this.#connectError?.code ?? codeForClose(code)
      if (code === 4001) {
        errCode = Code.CODE_TOKEN_EXPIRED
        this.#tokenReason = 'expired'
        if (!this.#options.getToken) action = 'stop'
      }
      error = RelayError.fromClose(code, reason, {
        code: errCode,
        retryable: action !== 'stop',
        retryAfterMs: floors.length ? Math.max(...floors) : undefined,
      })
    }
    const mayRetry = this.#options.reconnect !== false && (this.#everConnected || this.#options.retryInitialConnect)
    if (action === 'stop' || !mayRetry) {
      this.#finalize(error)
      return
    }
    if (wasConnected && upMs > this.#backoff.config.maxDelayMs) this.#backoff.reset()
    const floor = floors.length ? Math.max(...floors) : action === 'backoff' ? this.#backoff.config.initialDelayMs : 0
    const delayMs = Math.max(floor, this.#backoff.next())
    this.#state = 'disconnected'
    this.#emit({ type: 'disconnected', code, reason, error, retryInMs: delayMs })
    this.#reconnectTimer = this.#clock.setTimeout(() => void this.#attempt(), delayMs)
  }

  /** Ends the client for good; `error` undefined means a clean close. */
  #finalize(error: RelayError | undefined): void {
    if (this.#state === 'closed') return
    // Acknowledgements waiting to be coalesced go out before the close frame (docs/sdk-spec.md §7).
    if (this.#state === 'connected') for (const sub of this.#subs.values()) sub.flushAcks()
    this.#state = 'closed'
    this.#terminalError = error
    this.#generation++
    this.#abortCleanup?.()
    for (const t of [this.#reconnectTimer, this.#connectTimer, this.#heartbeatTimer, this.#refreshTimer]) {
      this.#clock.clearTimeout(t)
    }
    const transport = this.#transport
    this.#transport = undefined
    transport?.close(1000, 'client closed')
    const failure = error ?? canceled('client closed')
    const pending = [...this.#pending.values()]
    this.#pending.clear()
    for (const p of pending) p.onLost()
    const outbox = this.#outbox
    this.#outbox = []
    for (const op of outbox) this.#settle(op, failure)
    for (const sub of [...this.#subs.values()]) {
      if (error && error.code !== Code.CODE_CANCELED) sub.fail(error)
      else sub.end()
    }
    this.#subs.clear()
    this.#patternSubs = []
    if (this.#started) {
      this.#started.reject(error ?? canceled('client closed before connecting'))
      this.#started = undefined
    }
    this.#emit({ type: 'closed', error })
    for (const listener of this.#statusListeners) listener.end()
    this.#statusListeners.clear()
    this.#closedResolve(error)
  }

  // ------------------------------------------------------------------ frames

  #allocId(): number {
    // uint32, skipping 0 and ids still pending (docs/sdk-spec.md §2).
    for (;;) {
      const id = this.#nextId
      this.#nextId = id >= 0xffffffff ? 1 : id + 1
      if (!this.#pending.has(id)) return id
    }
  }

  #sendFrame(frame: ClientFrameInit): boolean {
    const transport = this.#transport
    if (!transport) return false
    return transport.send(this.#codec.encodeClient(frame))
  }

  #onData(data: Uint8Array | string): void {
    let frame: ServerFrame
    try {
      frame = this.#codec.decodeServer(data)
    } catch (err) {
      this.#emit({
        type: 'error',
        error: new RelayError(Code.CODE_INTERNAL, `undecodable server frame: ${(err as Error).message}`, {
          cause: err,
        }),
      })
      return
    }
    this.#inboundCount++
    this.#lastInboundAtMs = this.#clock.now()
    if (frame.id !== 0) {
      const pending = this.#pending.get(frame.id)
      if (pending) {
        this.#pending.delete(frame.id)
        if (frame.error?.code === Code.CODE_TOKEN_EXPIRED) this.#refreshSoon()
        pending.onReply(frame)
      }
      return
    }
    if (frame.delivery) this.#route(frame.delivery)
    else if (frame.gap) this.#routeGap(frame.gap.topic ?? '', toU64(frame.gap.dropped))
    else if (frame.disconnect) {
      const d = frame.disconnect
      this.#disconnectFrame = { code: d.code ?? 0, reason: d.reason ?? '', retryAfterMs: d.retryAfterMs ?? 0 }
    } else if (frame.error) {
      this.#emit({ type: 'error', error: RelayError.fromWire(frame.error) })
    }
  }

  #route(d: NonNullable<ServerFrame['delivery']>): void {
    const raw: RawDelivery = {
      topic: d.topic ?? '',
      data: d.payload ?? new Uint8Array(0),
      headers: d.headers ?? {},
      epoch: d.epoch ?? '',
      offset: toU64(d.offset),
      publishedAtMs: toU64(d.publishedAtMs),
      deliveryCount: d.deliveryCount ?? 1,
    }
    const generation = this.#generation
    const exact = this.#subs.get(raw.topic)
    if (exact && exact.state === 'active') exact.push(raw, generation)
    for (const sub of this.#patternSubs) {
      if (sub.state === 'active' && topicMatches(sub.topic, raw.topic)) sub.push(raw, generation)
    }
  }

  #routeGap(topic: string, dropped: bigint): void {
    const targets = [...this.#subs.values()].filter((s) => topicMatches(s.topic, topic))
    for (const sub of targets) sub.gap({ type: 'gap', subscription: sub.topic, topic, reason: 'dropped', dropped })
  }

  // ------------------------------------------------------------------ heartbeats and refresh

  #scheduleHeartbeat(delayMs: number): void {
    this.#clock.clearTimeout(this.#heartbeatTimer)
    if (this.#pingIntervalMs <= 0) return
    const generation = this.#generation
    this.#heartbeatTimer = this.#clock.setTimeout(() => {
      if (generation === this.#generation) this.#heartbeat()
    }, delayMs)
  }

  /**
   * One timer per connection instead of one reset per inbound frame: each tick compares the
   * time of the last inbound frame, and the inbound count with the one at the last ping
   * (docs/sdk-spec.md §9).
   */
  #heartbeat(): void {
    const now = this.#clock.now()
    if (this.#pingSentCount >= 0) {
      if (this.#inboundCount > this.#pingSentCount) {
        this.#pingSentCount = -1
      } else {
        const left = this.#pingSentAtMs + this.#pongTimeoutMs - now
        if (left > 0) return this.#scheduleHeartbeat(left)
        // Dead: do not wait for a close handshake the server will never answer.
        this.#transport?.close(4012, 'ping timeout', true)
        return
      }
    }
    const idleMs = now - this.#lastInboundAtMs
    if (idleMs < this.#pingIntervalMs) return this.#scheduleHeartbeat(this.#pingIntervalMs - idleMs)
    const id = this.#allocId()
    this.#pending.set(id, { onReply: () => {}, onLost: () => {} })
    this.#sendFrame({ id, ping: { clientTimeMs: fromU64(BigInt(now)) } })
    this.#pingSentCount = this.#inboundCount
    this.#pingSentAtMs = now
    this.#scheduleHeartbeat(this.#pongTimeoutMs)
  }

  #scheduleRefresh(expiresAtMs: bigint, receivedAtMs: number): void {
    this.#clock.clearTimeout(this.#refreshTimer)
    if (!this.#options.getToken || expiresAtMs === 0n) return
    const lifetimeMs = Number(expiresAtMs) - receivedAtMs
    const ratio = this.#options.refreshRatio ?? 0.8
    const delayMs = Math.max(0, Math.floor(lifetimeMs * ratio))
    const generation = this.#generation
    this.#refreshTimer = this.#clock.setTimeout(() => {
      if (generation === this.#generation) void this.#refresh()
    }, delayMs)
  }

  #refreshSoon(): void {
    if (!this.#options.getToken || this.#state !== 'connected') return
    this.#clock.clearTimeout(this.#refreshTimer)
    void this.#refresh()
  }

  async #refresh(): Promise<void> {
    const generation = this.#generation
    const getToken = this.#options.getToken
    if (!getToken) return
    try {
      const token = await getToken('refresh')
      if (generation !== this.#generation) return
      const frame = await this.#request({ refresh: { token } }, this.#requestTimeoutMs)
      if (generation !== this.#generation) return
      if (frame.error) throw RelayError.fromWire(frame.error, 'refresh')
      const expiresAtMs = toU64(frame.refreshed?.tokenExpiresAtMs)
      if (this.#session) this.#session = Object.freeze({ ...this.#session, tokenExpiresAtMs: expiresAtMs })
      this.#scheduleRefresh(expiresAtMs, this.#clock.now())
    } catch (err) {
      if (generation !== this.#generation) return
      // Not retried in a loop: if the token then expires, the server closes with 4001 and
      // the reconnect fetches a new token (docs/sdk-spec.md §5).
      this.#emit({ type: 'error', error: RelayError.from(err) })
    }
  }

  // ------------------------------------------------------------------ requests

  /**
   * Sends a command that expects a reply on the current connection. Resolves with the reply
   * frame (success or error); rejects with UNAVAILABLE when not connected or the connection
   * is lost, DEADLINE_EXCEEDED after `timeoutMs`, CANCELED when `signal` aborts.
   */
  #request(kind: Omit<ClientFrameInit, 'id'>, timeoutMs: number, signal?: AbortSignal): Promise<ServerFrame> {
    return new Promise((resolve, reject) => {
      this.#requestSync(
        kind,
        timeoutMs,
        (result) => (result instanceof RelayError ? reject(result) : resolve(result)),
        signal,
      )
    })
  }

  /**
   * `#request` with a callback that runs synchronously in the frame handler. Replies whose
   * effects must precede the next frame (a subscribeAck before the deliveries that follow it
   * in the same read) need this: a promise continuation would run too late.
   */
  #requestSync(
    kind: Omit<ClientFrameInit, 'id'>,
    timeoutMs: number,
    done: (result: ServerFrame | RelayError) => void,
    signal?: AbortSignal,
  ): void {
    if (this.#state !== 'connected') return done(this.#notConnected())
    if (signal?.aborted) return done(canceled('operation aborted', signal.reason))
    const id = this.#allocId()
    const cleanup = () => {
      this.#clock.clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
    const timer = this.#clock.setTimeout(() => {
      if (this.#pending.get(id) !== entry) return
      this.#pending.delete(id)
      cleanup()
      done(deadlineExceeded(`no reply within ${timeoutMs} ms`))
    }, timeoutMs)
    const onAbort = () => {
      if (this.#pending.get(id) !== entry) return
      this.#pending.delete(id)
      cleanup()
      done(canceled('operation aborted', signal?.reason))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    const entry: PendingRequest = {
      onReply: (frame) => {
        cleanup()
        done(frame)
      },
      onLost: () => {
        cleanup()
        done(this.#notConnected())
      },
    }
    this.#pending.set(id, entry)
    this.#sendFrame({ id, ...kind })
  }

  #notConnected(): RelayError {
    if (this.#state === 'closed') return this.#terminalError ?? canceled('client closed')
    return new RelayError(Code.CODE_UNAVAILABLE, 'not connected', { retryable: true })
  }

  async ping(options: CallOptions = {}): Promise<PingResult> {
    const sentAt = this.#clock.now()
    const frame = await this.#request(
      { ping: { clientTimeMs: fromU64(BigInt(sentAt)) } },
      options.timeoutMs ?? this.#requestTimeoutMs,
      options.signal,
    )
    if (frame.error) throw RelayError.fromWire(frame.error, 'ping')
    return { rttMs: this.#clock.now() - sentAt, serverTimeMs: toU64(frame.pong?.serverTimeMs) }
  }

  // ------------------------------------------------------------------ subscriptions

  subscribe(topic: string, options: SubscribeOptions = {}): Subscription {
    const sub = new SubscriptionImpl(this.#subscriptionHost, topic, options, this.#ackDelayMs)
    if (this.#state === 'closed') {
      sub.fail(this.#terminalError ?? canceled('client closed'))
      return sub
    }
    if (this.#subs.has(topic)) {
      sub.fail(new RelayError(Code.CODE_ALREADY_SUBSCRIBED, `already subscribed to "${topic}"`, { retryable: false }))
      return sub
    }
    this.#subs.set(topic, sub)
    if (sub.isPattern) this.#patternSubs.push(sub)
    if (this.#state === 'connected') this.#sendSubscribe(sub, false)
    return sub
  }

  readonly #subscriptionHost: SubscriptionHost = {
    sendAck: (topic: string, epoch: string, offset: bigint, generation: number) => {
      // An acknowledgement of an earlier connection is never sent on a later one.
      if (generation !== this.#generation || this.#state !== 'connected') return
      this.#sendFrame({ id: 0, ack: { topic, epoch, offset: fromU64(offset) } })
    },
    setTimeout: (fn: () => void, ms: number) => this.#clock.setTimeout(fn, ms),
    clearTimeout: (handle: unknown) => this.#clock.clearTimeout(handle),
    unsubscribe: async (sub: SubscriptionImpl) => {
      if (this.#subs.get(sub.topic) !== sub) return
      this.#subs.delete(sub.topic)
      if (sub.isPattern) this.#patternSubs = this.#patternSubs.filter((s) => s !== sub)
      if (this.#state !== 'connected' || !sub.sentOnConnection) return
      try {
        await this.#request({ unsubscribe: { topic: sub.topic } }, this.#requestTimeoutMs)
      } catch {
        // The subscription is gone locally either way; a lost connection forgets it too.
      }
    },
    unhandledGap: (gap: GapEvent) => {
      const detail =
        gap.reason === 'dropped'
          ? `${gap.dropped} deliveries dropped on "${gap.topic}"`
          : `cannot resume "${gap.topic}": messages were lost`
      const code = gap.reason === 'dropped' ? Code.CODE_LIMIT_EXCEEDED : Code.CODE_UNRECOVERABLE_POSITION
      this.#emit({ type: 'error', error: new RelayError(code, detail, { position: gap.currentPosition }), gap })
    },
  }

  #sendSubscribe(sub: SubscriptionImpl, isReconnect: boolean, allowResume = true): void {
    if (sub.state === 'closed') return
    const position = sub.resumePosition
    const resumeAfter =
      allowResume &&
      isReconnect &&
      !sub.isPattern &&
      position !== undefined &&
      position.epoch !== '' &&
      this.#session?.features.includes('resume')
        ? { epoch: position.epoch, offset: fromU64(position.offset) }
        : undefined
    const generation = this.#generation
    sub.sentOnConnection = true
    const onResult = (result: ServerFrame | RelayError): void => {
      if (result instanceof RelayError) {
        // A lost connection resubscribes on the next one; anything else ends the subscription.
        if (result.code === Code.CODE_UNAVAILABLE && this.#state !== 'closed') return
        if (generation !== this.#generation && this.#state !== 'closed') return
        this.#dropSubscription(sub, result)
        return
      }
      const frame = result
      if (generation !== this.#generation || sub.state === 'closed') return
      if (frame.subscribeAck) {
        const ack = frame.subscribeAck
        const info: SubscribeInfo = {
          position: toPosition(ack.position),
          mode: ack.mode ? modeName(ack.mode) : sub.mode,
          maxInFlight: ack.maxInFlight ?? 0,
        }
        sub.onSubscribed(generation, info)
        return
      }
      const err = frame.error
        ? RelayError.fromWire(frame.error, `subscribe "${sub.topic}"`)
        : new RelayError(Code.CODE_INTERNAL, `unexpected reply to subscribe "${sub.topic}"`)
      if (err.code === Code.CODE_UNRECOVERABLE_POSITION && resumeAfter && position) {
        // Surface the loss, then start over without resume; never retry the resume.
        sub.gap({
          type: 'gap',
          subscription: sub.topic,
          topic: sub.topic,
          reason: 'unrecoverable-position',
          lastPosition: position,
          currentPosition: err.position,
        })
        sub.clearPosition()
        this.#sendSubscribe(sub, isReconnect, false)
        return
      }
      this.#dropSubscription(sub, err)
    }
    this.#requestSync(
      {
        subscribe: {
          topic: sub.topic,
          mode:
            sub.mode === 'at-least-once'
              ? DeliveryMode.DELIVERY_MODE_AT_LEAST_ONCE
              : DeliveryMode.DELIVERY_MODE_AT_MOST_ONCE,
          resumeAfter,
          maxInFlight: sub.maxInFlight,
        },
      },
      this.#requestTimeoutMs,
      onResult,
    )
  }

  #dropSubscription(sub: SubscriptionImpl, err: RelayError): void {
    if (this.#subs.get(sub.topic) === sub) this.#subs.delete(sub.topic)
    if (sub.isPattern) this.#patternSubs = this.#patternSubs.filter((s) => s !== sub)
    sub.fail(err)
  }

  // ------------------------------------------------------------------ publishing

  publish(topic: string, data: Uint8Array | string, options: PublishOptions & { ack: false }): Promise<undefined>
  publish(topic: string, data: Uint8Array | string, options?: PublishOptions): Promise<PublishResult>
  publish(topic: string, data: Uint8Array | string, options: PublishOptions = {}): Promise<PublishResult | undefined> {
    return new Promise<PublishResult | undefined>((resolve, reject) => {
      if (this.#state === 'closed') return reject(this.#notConnected())
      const signal = options.signal
      if (signal?.aborted) return reject(canceled('publish aborted', signal.reason))
      const ack = options.ack ?? true
      const timeoutMs = options.timeoutMs ?? this.#requestTimeoutMs
      let timer: unknown
      const cleanup = () => {
        this.#clock.clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
      }
      const op: PublishOp = {
        topic,
        payload: typeof data === 'string' ? textEncoder.encode(data) : data,
        headers: options.headers,
        idempotencyKey: options.idempotencyKey ?? '',
        ack,
        id: 0,
        done: false,
        resolve: (r) => {
          cleanup()
          resolve(r)
        },
        reject: (e) => {
          cleanup()
          reject(e)
        },
      }
      const onAbort = () => this.#settle(op, canceled('publish aborted', signal?.reason))
      // While disconnected, reject oversize frames early when the last session's limits are
      // known (with the longest id); connected, #sendPublish checks the frame it sends.
      const tooBig = this.#state === 'connected' ? undefined : this.#checkSize(op, 0xffffffff)
      if (tooBig) return op.reject(tooBig)
      if (!ack) {
        if (this.#state !== 'connected') return op.reject(this.#notConnected())
        this.#sendPublish(op)
        return
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      timer = this.#clock.setTimeout(() => {
        const queued = this.#outbox.includes(op)
        this.#settle(
          op,
          queued
            ? new RelayError(Code.CODE_UNAVAILABLE, `not connected within ${timeoutMs} ms; publish not sent`, {
                retryable: true,
              })
            : deadlineExceeded(`no publishAck within ${timeoutMs} ms`),
        )
      }, timeoutMs)
      if (this.#state === 'connected') this.#sendPublish(op)
      else this.#outbox.push(op)
    })
  }

  #encodePublish(op: PublishOp, id: number): Uint8Array | string {
    return this.#codec.encodeClient({
      id,
      publish: {
        topic: op.topic,
        payload: op.payload,
        headers: op.headers,
        idempotencyKey: op.idempotencyKey,
        ack: op.ack,
      },
    })
  }

  #checkSize(op: PublishOp, id: number, encoded?: Uint8Array | string): RelayError | undefined {
    const max = this.#session?.limits.maxFrameBytes ?? 0
    if (max <= 0) return undefined
    let data = encoded
    if (data === undefined) {
      try {
        data = this.#encodePublish(op, id)
      } catch {
        return undefined // #sendPublish reports the encoding error.
      }
    }
    const size = wireLength(data)
    if (size <= max) return undefined
    return new RelayError(
      Code.CODE_LIMIT_EXCEEDED,
      `publish to "${op.topic}" is ${size} bytes encoded, over the server's maxFrameBytes ${max}; not sent`,
      { retryable: false },
    )
  }

  #sendPublish(op: PublishOp): void {
    const id = op.ack ? this.#allocId() : 0
    let encoded: Uint8Array | string
    try {
      encoded = this.#encodePublish(op, id)
    } catch (err) {
      const detail = `invalid publish to "${op.topic}": ${(err as Error).message}`
      return this.#settle(op, new RelayError(Code.CODE_BAD_REQUEST, detail, { retryable: false, cause: err }))
    }
    const tooBig = this.#checkSize(op, id, encoded)
    if (tooBig) return this.#settle(op, tooBig)
    if (op.ack) {
      op.id = id
      this.#pending.set(id, {
        onReply: (frame) => {
          op.id = 0
          if (frame.publishAck) {
            const a = frame.publishAck
            this.#settle(op, undefined, {
              topic: a.topic ?? op.topic,
              epoch: a.epoch ?? '',
              offset: toU64(a.offset),
              duplicate: a.duplicate ?? false,
            })
          } else {
            this.#settle(
              op,
              frame.error
                ? RelayError.fromWire(frame.error, `publish to "${op.topic}"`)
                : new RelayError(Code.CODE_INTERNAL, 'unexpected reply to publish'),
            )
          }
        },
        onLost: () => {
          op.id = 0
          if (op.done) return
          if (this.#state === 'closed') return this.#settle(op, this.#notConnected())
          if (op.idempotencyKey) {
            // Safe to send again: the server dedupes by key (docs/sdk-spec.md §8).
            this.#resend.push(op)
            return
          }
          this.#settle(
            op,
            new RelayError(
              Code.CODE_UNAVAILABLE,
              `connection lost before the publish to "${op.topic}" was acknowledged; it may or may not have been stored`,
              { retryable: true },
            ),
          )
        },
      })
    }
    const transport = this.#transport
    if (!transport || !transport.send(encoded)) {
      if (op.ack) {
        this.#pending.delete(id)
        this.#outbox.push(op)
      } else {
        this.#settle(op, this.#notConnected())
      }
      return
    }
    if (!op.ack) this.#settle(op, undefined, undefined)
  }

  /** Completes a publish once: removes it from the outbox and the pending map. */
  #settle(op: PublishOp, error: RelayError | undefined, result?: PublishResult): void {
    if (op.done) return
    op.done = true
    const i = this.#outbox.indexOf(op)
    if (i >= 0) this.#outbox.splice(i, 1)
    if (op.id !== 0) {
      this.#pending.delete(op.id)
      op.id = 0
    }
    if (error) op.reject(error)
    else op.resolve(result)
  }

  // ------------------------------------------------------------------ status and closing

  #emit(event: StatusEvent): void {
    for (const listener of this.#statusListeners) listener.push(event)
  }

  status(options: { signal?: AbortSignal } = {}): AsyncIterable<StatusEvent> {
    const channel = new Channel<StatusEvent>(STATUS_BUFFER)
    if (this.#state === 'closed') channel.end()
    else this.#statusListeners.add(channel)
    const signal = options.signal
    const stop = () => {
      this.#statusListeners.delete(channel)
      channel.end()
    }
    signal?.addEventListener('abort', stop, { once: true })
    if (signal?.aborted) stop()
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => channel.next(),
        return: async () => {
          stop()
          signal?.removeEventListener('abort', stop)
          return { value: undefined, done: true }
        },
      }),
    }
  }

  closed(): Promise<RelayError | undefined> {
    return this.#closed
  }

  async close(): Promise<void> {
    this.#finalize(undefined)
    await this.#closed
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close()
  }
}
