/**
 * The gateway: the public Hono app (`/healthz` and the WebSocket endpoint) and the glue that
 * turns an accepted upgrade plus a runtime's RelaySocket into a Session with its outbound
 * queue. Runtime-free: the runtime adapter hands the upgrade over through the `upgrade`
 * binding and feeds socket events into the returned SocketHandler.
 */
import { CloseCode, codecFor, type FrameCodec } from '@zerorelay/protocol'
import { Hono } from 'hono'
import { verifyToken } from '../access/verify.js'
import type { Authenticator } from '../auth/authenticator.js'
import { createOutboundQueueFactory, type OutboundQueue } from '../backpressure/outbound-queue.js'
import type { RelayConfig, SlowConsumerPolicy } from '../config/schema.js'
import type { HistoryStore } from '../history/store.js'
import { createSlowConsumerPolicy } from '../limits/policy.js'
import type { TenantLimiter } from '../limits/tenant-limiter.js'
import { type Logger, redactUrl } from '../log/logger.js'
import type { RelayMetrics } from '../metrics/metrics.js'
import { REVOKED_MESSAGE, type RevocationStore } from '../revocation/store.js'
import type { Router } from '../router/router.js'
import type { RelaySocket, SocketHandler } from '../runtime/socket.js'
import {
  createDeadlineQueue,
  createSession,
  type DeadlineQueue,
  type Session,
  type SessionDeps,
  type SessionPort,
  type SessionSettings,
  type Timers,
} from '../session/session.js'
import {
  checkUpgrade,
  compileOriginAllowList,
  type HandshakeSettings,
  isRefusal,
  MAX_UPGRADE_HEADERS,
  type UpgradeAcceptance,
  type UpgradeRefusal,
  type UpgradeRequest,
} from './handshake.js'

/** What a runtime adapter provides to the WebSocket route for one request. */
export interface GatewayBindings {
  /**
   * Performs the upgrade with the negotiated subprotocol. Returns the Response the runtime
   * needs returned (Deno), or undefined when the runtime completes the upgrade itself (Node, Bun).
   */
  upgrade(acceptance: UpgradeAcceptance): Response | undefined
}

/** What the WebSocket endpoint answers to one upgrade request: go ahead and upgrade, or send this HTTP refusal. */
export type UpgradeOutcome = UpgradeAcceptance | UpgradeRefusal

/**
 * The WebSocket endpoint's logic without Fetch or Hono, for runtimes that can read an upgrade
 * request's headers directly (Node: no `Request`, `Headers` or `URL` per upgrade). The Hono
 * route on `path` runs the same function, so every runtime answers alike.
 */
export interface WebSocketEndpoint {
  /** The endpoint's path (`config.path`); upgrades elsewhere go through the public app. */
  readonly path: string
  /**
   * Runs every check of one upgrade request to `path` (docs/protocol.md#transport): the
   * handshake checks, then the token that came with the upgrade, if any (HTTP 401 when it is
   * not accepted). Refusals are counted (`handshakesRejected`) and logged here. Synchronous
   * unless a token came with the upgrade. On acceptance the caller performs the upgrade and
   * hands the socket to `Gateway.open`.
   */
  accept(request: UpgradeRequest): UpgradeOutcome | Promise<UpgradeOutcome>
}

/** Dependencies of the gateway. */
export interface GatewayDeps {
  readonly config: RelayConfig
  readonly auth: Authenticator
  readonly router: Router
  readonly history: HistoryStore
  readonly logger: Logger
  readonly metrics: RelayMetrics
  readonly nodeId: string
  readonly now: () => number
  readonly timers: Timers
  /** Schedules an outbound flush later in this event-loop turn. */
  readonly schedule: (fn: () => void) => void
  /** Per-tenant limits and quotas (local, or cluster-wide with Redis). */
  readonly limiter: TenantLimiter
  /** Revoked tokens and subjects: matching sessions are closed with 4504 when a revocation arrives. */
  readonly revocations?: RevocationStore
}

/** The gateway of one relay. */
export interface Gateway {
  /** The public Hono app. */
  readonly app: Hono<{ Bindings: GatewayBindings }>
  /** The WebSocket route's logic, for runtimes that answer upgrades without going through `app`. */
  readonly webSocket: WebSocketEndpoint
  /** Wires an upgraded socket to a new session; returns the handler the runtime feeds. */
  open(acceptance: UpgradeAcceptance, socket: RelaySocket): SocketHandler
  /** Refuses new upgrades from now on. */
  startDraining(): void
  readonly isDraining: boolean
  /** Open sessions. */
  readonly sessions: ReadonlySet<Session>
  /** Resolves once no session is open. */
  whenEmpty(): Promise<void>
}

let sessionCounter = 0

/** The refusal of an upgrade whose token is not accepted. */
const TOKEN_NOT_ACCEPTED: UpgradeRefusal = Object.freeze({
  status: 401,
  reason: 'unauthenticated',
  message: 'token not accepted',
  headers: Object.freeze({}),
})

/** Creates the gateway. */
export function createGateway(deps: GatewayDeps): Gateway {
  const { config, logger, metrics } = deps
  const originAllowList = compileOriginAllowList(config.allowedOrigins)
  const sessions = new Set<Session>()
  const slowConsumerPolicy = createSlowConsumerPolicy(config.slowConsumer)
  const rate = {
    messagesPerSecond: config.limits.messagesPerSecond,
    messagesBurst: config.limits.messagesBurst,
    bytesPerSecond: config.limits.bytesPerSecond,
    bytesBurst: config.limits.bytesBurst,
    maxRateViolations: config.limits.maxRateViolations,
  }
  // The queue gauges walk the open sessions (no collection of queues of their own per connection).
  metrics.setQueueSampler(() => {
    let bytes = 0
    let maxBytes = 0
    let messages = 0
    let maxAgeMs = 0
    for (const session of sessions) {
      const queue = session.queue
      const b = queue.bytes + queue.socketBytes
      bytes += b
      if (b > maxBytes) maxBytes = b
      messages += queue.length
      const age = queue.oldestAgeMs()
      if (age > maxAgeMs) maxAgeMs = age
    }
    return { bytes, maxBytes, messages, maxAgeMs }
  })
  let pendingHandshakes = 0
  /** Upgrades whose header/query token is being verified. */
  let verifying = 0
  let isDraining = false
  let emptyWaiters: (() => void)[] = []
  const app = new Hono<{ Bindings: GatewayBindings }>()
  /** Closes a session whose token is revoked; true when it did. */
  const closeIfRevoked = (session: Session): boolean => {
    const principal = session.principal
    if (principal === undefined || deps.revocations?.isRevoked(principal) !== true) return false
    metrics.revokedDisconnects.inc()
    session.disconnect(CloseCode.CLOSE_CODE_TOKEN_REVOKED, REVOKED_MESSAGE)
    return true
  }
  // A new revocation (this node's API, another node, a reload): one sweep per event-loop turn.
  let isSweepScheduled = false
  deps.revocations?.onRevoked(() => {
    if (isSweepScheduled) return
    isSweepScheduled = true
    deps.timers.setTimeout(() => {
      isSweepScheduled = false
      for (const session of [...sessions]) closeIfRevoked(session)
    }, 0)
  })

  const handshakeSettings: HandshakeSettings = {
    originAllowList,
    allowQueryToken: config.allowQueryToken,
    maxConnections: config.limits.maxConnections,
    maxPendingHandshakes: config.limits.maxPendingHandshakes,
    retryAfterSeconds: config.limits.retryAfterSeconds,
  }
  const refuse = (url: string, refusal: UpgradeRefusal): UpgradeRefusal => {
    metrics.handshakesRejected.inc({ reason: refusal.reason })
    // debug, not info: refusals are what hostile clients produce in bulk; the metric counts them.
    if (logger.isLevelEnabled('debug')) {
      logger.debug({ url: redactUrl(url), status: refusal.status, reason: refusal.reason }, 'upgrade refused')
    }
    return refusal
  }
  const accepted = (url: string, acceptance: UpgradeAcceptance): UpgradeAcceptance => {
    if (logger.isLevelEnabled('debug')) {
      logger.debug({ url: redactUrl(url), subprotocol: acceptance.subprotocol }, 'upgrade accepted')
    }
    return acceptance
  }
  /** Verifies a token that came with the upgrade (HTTP 401 on failure); it is verified again at Connect. */
  const verifyUpgradeToken = async (url: string, acceptance: UpgradeAcceptance): Promise<UpgradeOutcome> => {
    verifying++
    try {
      await verifyToken(deps.auth, acceptance.token as string, metrics, logger)
    } catch {
      metrics.handshakesRejected.inc({ reason: 'unauthenticated' })
      if (logger.isLevelEnabled('debug')) {
        logger.debug({ url: redactUrl(url), status: 401 }, 'upgrade refused: token not accepted')
      }
      return TOKEN_NOT_ACCEPTED
    } finally {
      verifying--
    }
    return accepted(url, acceptance)
  }
  /** The WebSocket route's logic, shared by the Hono route below and runtimes that bypass Fetch (Node). */
  const webSocket: WebSocketEndpoint = {
    path: config.path,
    accept(request) {
      const result = checkUpgrade(
        request,
        { isDraining, connections: sessions.size, pendingHandshakes: pendingHandshakes + verifying },
        handshakeSettings,
      )
      if (isRefusal(result)) return refuse(request.url, result)
      if (result.token !== undefined) return verifyUpgradeToken(request.url, result)
      return accepted(request.url, result)
    },
  }

  app.get('/healthz', (c) => c.text('ok\n'))
  app.get(config.path, async (c) => {
    const outcome = await webSocket.accept({
      url: c.req.url,
      header: (name) => c.req.header(name),
      headerCount: countHeaders(c.req.raw.headers),
    })
    if (isRefusal(outcome)) return c.text(`${outcome.message}\n`, outcome.status as 400, outcome.headers)
    return c.env.upgrade(outcome) ?? c.body(null, 200)
  })
  app.notFound((c) => c.text('not found\n', 404))

  /** The same for every session; shared rather than built per connection. */
  const settings: SessionSettings = {
    maxFrameBytes: config.limits.maxFrameBytes,
    maxSubscriptions: config.limits.maxSubscriptions,
    maxBadFrames: config.limits.maxBadFrames,
    maxPendingPublishes: config.limits.maxPendingPublishes,
    maxPendingCommands: config.limits.maxPendingCommands,
    rate,
    authTimeoutMs: config.timeouts.authTimeoutMs,
    pingIntervalMs: config.timeouts.pingIntervalMs,
    pongTimeoutMs: config.timeouts.pongTimeoutMs,
    leewayMs: config.auth.leewayMs,
  }
  const retryAfterMs = config.limits.retryAfterSeconds * 1000
  /** Every session's auth timeout, heartbeat and token expiry, under one timer. */
  const deadlines = createDeadlineQueue(deps.timers, deps.now)
  /** Every connection's outbound queue, with the caps, clock and flush scheduling they share. */
  const createQueue = createOutboundQueueFactory({
    maxBytes: config.limits.maxQueuedBytes,
    maxMessages: config.limits.maxQueuedMessages,
    maxAgeMs: config.limits.maxQueueAgeMs,
    maxUnreadAgeMs: config.limits.maxUnreadAgeMs,
    schedule: deps.schedule,
    now: deps.now,
  })

  /**
   * One connection: the session's dependencies and port, and the handler the runtime feeds, in
   * one object. A class, so that its methods live on the prototype and the dependencies every
   * session shares are getters: an idle connection costs one object here rather than a
   * dependency object, a port object, a handler object and a closure (with its context) for
   * every callback.
   */
  class Connection implements SessionDeps, SessionPort, SocketHandler {
    readonly id: string
    readonly codec: FrameCodec
    readonly queue: OutboundQueue
    readonly socket: RelaySocket
    /** The upgrade's token until the session is authenticated (it is not needed after). */
    upgradeToken: string | undefined
    readonly session: Session
    #isPending = true

    constructor(acceptance: UpgradeAcceptance, socket: RelaySocket) {
      this.id = `s-${deps.nodeId}-${(++sessionCounter).toString(36)}`
      this.codec = codecFor(acceptance.subprotocol)
      this.socket = socket
      this.upgradeToken = acceptance.token
      this.queue = createQueue(socket)
      this.session = createSession(this)
    }

    // SessionDeps shared by every session.
    get port(): SessionPort {
      return this
    }
    get auth(): Authenticator {
      return deps.auth
    }
    get router(): Router {
      return deps.router
    }
    get history(): HistoryStore {
      return deps.history
    }
    get settings(): SessionSettings {
      return settings
    }
    get nodeId(): string {
      return deps.nodeId
    }
    get now(): () => number {
      return deps.now
    }
    get timers(): Timers {
      return deps.timers
    }
    get deadlines(): DeadlineQueue {
      return deadlines
    }
    get logger(): Logger {
      return logger
    }
    get metrics(): RelayMetrics {
      return metrics
    }
    get limiter(): TenantLimiter {
      return deps.limiter
    }
    get revocations(): RevocationStore | undefined {
      return deps.revocations
    }
    get slowConsumerPolicy(): (topic: string) => SlowConsumerPolicy {
      return slowConsumerPolicy
    }
    get retryAfterMs(): number {
      return retryAfterMs
    }

    onAuthenticated(): void {
      this.upgradeToken = undefined
      this.#settle()
      // A revocation that arrived while this Connect was being checked.
      closeIfRevoked(this.session)
    }

    /** This connection no longer counts as a pending handshake. */
    #settle(): void {
      if (this.#isPending) {
        this.#isPending = false
        pendingHandshakes--
      }
    }

    // SessionPort
    ping(): void {
      this.socket.ping()
    }
    close(code: number, reason: string): void {
      this.socket.close(code, reason)
    }
    pauseReading(): void {
      this.socket.pauseReading()
    }
    resumeReading(): void {
      this.socket.resumeReading()
    }

    // SocketHandler
    onMessage(data: Uint8Array | string, byteLength: number): void {
      this.session.receive(data, byteLength)
    }
    onActivity(): void {
      this.session.activity()
    }
    onPong(): void {
      this.session.activity()
      this.queue.pong()
    }
    onClose(code: number): void {
      this.#settle()
      if (code === 1009) metrics.frameErrors.inc({ reason: 'too_big' })
      if (code === 1007) metrics.frameErrors.inc({ reason: 'invalid_utf8' })
      const session = this.session
      session.closed(code)
      sessions.delete(session)
      metrics.connections.set(sessions.size)
      if (sessions.size === 0) {
        const waiters = emptyWaiters
        emptyWaiters = []
        for (const resolve of waiters) resolve()
      }
      if (logger.isLevelEnabled('debug')) logger.debug({ sessionId: this.id, code }, 'connection closed')
    }
  }

  const open = (acceptance: UpgradeAcceptance, socket: RelaySocket): SocketHandler => {
    pendingHandshakes++
    const connection = new Connection(acceptance, socket)
    const session = connection.session
    // Upgrades run concurrently: the checks before the upgrade can be overtaken, so re-check here.
    const isOverCapacity =
      sessions.size >= config.limits.maxConnections || pendingHandshakes > config.limits.maxPendingHandshakes
    sessions.add(session)
    metrics.connectionsAccepted.inc()
    metrics.connections.set(sessions.size)
    session.start()
    if (isOverCapacity) {
      session.disconnect(CloseCode.CLOSE_CODE_CONNECTION_LIMIT, 'connection limit reached', { retryAfterMs })
    }
    if (logger.isLevelEnabled('debug')) {
      logger.debug({ sessionId: connection.id, subprotocol: acceptance.subprotocol }, 'connection opened')
    }
    return connection
  }

  return {
    app,
    webSocket,
    open,
    startDraining() {
      isDraining = true
    },
    get isDraining() {
      return isDraining
    },
    sessions,
    whenEmpty() {
      if (sessions.size === 0) return Promise.resolve()
      return new Promise((resolve) => emptyWaiters.push(resolve))
    },
  }
}

/** Distinct header names of a request (the count saturates just above the cap). */
export function countHeaders(headers: Headers): number {
  let n = 0
  headers.forEach(() => {
    if (n <= MAX_UPGRADE_HEADERS) n++
  })
  return n
}
