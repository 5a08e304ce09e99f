/**
 * The per-connection session: a state machine fed with WebSocket messages that pushes
 * ServerFrames into an injected outbound port. It never touches a socket and owns no timers
 * of its own (clock and timers are injected), so it runs unchanged on every runtime and in
 * unit tests without a network.
 *
 *   AWAITING_CONNECT ─connect ok─► CONNECTED ─► CLOSING ─► CLOSED
 *         │ auth timeout → 4300; connect fails → error UNAUTHENTICATED + 4501
 *   CONNECTED: token expiry → 4001, ping silence → 4012, slow consumer → 4008,
 *              too many bad frames → 4500, rate-limit strikes → 4329, drain → 4000.
 *
 * Flow control (docs/flow-control.md): every inbound frame passes the connection's rate
 * limiter (message and byte buckets; acks only pay bytes) and the pending-command cap;
 * publishes also pass the tenant's publish bucket and frame-size limit; connect and subscribe
 * take units of the tenant's quotas (TenantLimiter), released when the connection or the
 * subscription ends. A full or too old outbound queue applies the topic's slow-consumer policy:
 * disconnect (4008) or, for live at-most-once deliveries, drop with a Gap notice that precedes
 * the topic's next delivery.
 *
 * Replies to commands go out in the order the commands arrived (a serial command chain),
 * except `publishAck`, which follows once the store returned, and RATE_LIMITED refusals, which
 * are answered at once (clients correlate by id). Publishes of one connection
 * reach the broker in the order they were sent.
 *
 * At-least-once and resumed subscriptions are tracked by a `TopicStream` each (stream.ts);
 * the session gives them one shared redelivery timer and the dead-letter path.
 */
import {
  adviceFor,
  type ClientFrame,
  CloseCode,
  Code,
  DeliveryMode,
  type FrameCodec,
  FrameDecodeError,
  fromU64,
  type Limits,
  type ServerFrameInit,
  toU64,
  type WireData,
} from '@zerorelay/protocol'
import type { Permissions } from '../access/permissions.js'
import { type Verified, verifyToken } from '../access/verify.js'
import type { Authenticator, Principal } from '../auth/authenticator.js'
import {
  type FlushListener,
  type OutboundQueue,
  type Published,
  utf8Length,
  wireLength,
} from '../backpressure/outbound-queue.js'
import type { BrokerMessage } from '../broker/broker.js'
import type { SlowConsumerPolicy } from '../config/schema.js'
import { RelayError } from '../errors.js'
import type { Appended, AppendOptions, HistoryStore, Position, StoredMessage } from '../history/store.js'
import { NO_HEADERS } from '../history/topic-log.js'
import {
  ConnectionRateLimiter,
  type ConnectionRateSettings,
  type RateLimitReason,
} from '../limits/connection-limiter.js'
import type { TenantLimiter, TenantLimits } from '../limits/tenant-limiter.js'
import type { Logger } from '../log/logger.js'
import {
  type CodecLabel,
  closeCodeLabel,
  type FrameErrorReason,
  type OutboundTally,
  type QuotaKindLabel,
  type RelayMetrics,
} from '../metrics/metrics.js'
import { type RevocationStore, TokenRevokedError } from '../revocation/store.js'
import type { Router, RouteTarget } from '../router/router.js'
import { parseTopic, publishTopic, sharedTopic } from '../router/topic.js'
import { callEach } from '../util/call-each.js'
import { SERVER_VERSION } from '../version.js'
import { ackScan, scanAck } from './ack-scan.js'
import { LIVE_DONE, LIVE_SEND, PositionError, type StreamHost, type StreamMessage, TopicStream } from './stream.js'

/** Timer functions (the runtime's setTimeout/clearTimeout, or a fake clock in tests). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** Something with one deadline at a time in a DeadlineQueue (a session). */
export interface DeadlineEntry {
  /** The entry's position in the queue (-1: not queued). Written by the queue only. */
  deadlineSlot: number
  /** Called once the deadline was reached (the entry is no longer queued). */
  deadlineReached(): void
}

/**
 * One timer for many deadlines: a binary min-heap of entries, with a single runtime timer armed
 * for the earliest. Sessions put their auth timeout, heartbeat and token expiry here rather than
 * each holding a timer of its own (a runtime timer and its callback cost about 200 bytes per idle
 * connection; a heap slot costs 16). Deadlines are milliseconds of `now`'s clock.
 */
export class DeadlineQueue {
  readonly #timers: Timers
  readonly #now: () => number
  readonly #heap: DeadlineEntry[] = []
  /** The deadline of `#heap[i]` (a plain array of doubles: no number object per entry). */
  readonly #keys: number[] = []
  /** Entries being called back (reused, so a fire allocates nothing). */
  readonly #due: DeadlineEntry[] = []
  #timer: unknown
  /** The deadline the timer is armed for (infinite: not armed). */
  #timerAtMs = Number.POSITIVE_INFINITY
  /** Whether the timer fires before `#timerAtMs` (a deadline beyond the longest possible timer). */
  #isTimerEarly = false
  readonly #onTimer: () => void

  constructor(timers: Timers, now: () => number) {
    this.#timers = timers
    this.#now = now
    this.#onTimer = this.#fire.bind(this)
  }

  /** Entries queued. */
  get size(): number {
    return this.#heap.length
  }

  /** The entry's deadline (infinite: not queued). */
  deadlineOf(entry: DeadlineEntry): number {
    const slot = entry.deadlineSlot
    return slot < 0 ? Number.POSITIVE_INFINITY : (this.#keys[slot] as number)
  }

  /** Queues, moves or (with an infinite `atMs`) removes an entry's deadline. */
  set(entry: DeadlineEntry, atMs: number): void {
    const heap = this.#heap
    const keys = this.#keys
    const slot = entry.deadlineSlot
    if (atMs === Number.POSITIVE_INFINITY) {
      if (slot < 0) return
      entry.deadlineSlot = -1
      const last = heap.pop() as DeadlineEntry
      const lastAtMs = keys.pop() as number
      if (last !== entry) this.#place(slot, last, lastAtMs)
      if (heap.length === 0) this.#arm(Number.POSITIVE_INFINITY)
      return
    }
    if (slot < 0) {
      heap.push(entry)
      keys.push(atMs)
      this.#place(heap.length - 1, entry, atMs)
    } else {
      this.#place(slot, entry, atMs)
    }
    // Armed late enough already: a timer that fires early finds nothing due and re-arms.
    if (atMs < this.#timerAtMs) this.#arm(atMs)
  }

  #arm(atMs: number): void {
    const timers = this.#timers
    if (this.#timer !== undefined) timers.clearTimeout(this.#timer)
    this.#timer = undefined
    this.#timerAtMs = atMs
    if (atMs === Number.POSITIVE_INFINITY) return
    const delayMs = Math.max(1, atMs - this.#now())
    this.#isTimerEarly = delayMs > MAX_TIMER_MS
    this.#timer = timers.setTimeout(this.#onTimer, Math.min(delayMs, MAX_TIMER_MS))
  }

  /** The timer fired: every entry due by then is taken out first, then called back in deadline order. */
  #fire(): void {
    const limit = this.#isTimerEarly ? this.#now() : Math.max(this.#timerAtMs, this.#now())
    this.#timer = undefined
    this.#timerAtMs = Number.POSITIVE_INFINITY
    const heap = this.#heap
    const keys = this.#keys
    const due = this.#due
    while (heap.length > 0 && (keys[0] as number) <= limit) {
      const entry = heap[0] as DeadlineEntry
      this.set(entry, Number.POSITIVE_INFINITY)
      due.push(entry)
    }
    // One failing callback must not cost the other entries their deadline.
    const failure = callEach(due, reachDeadline)
    due.length = 0
    if (heap.length > 0 && (keys[0] as number) < this.#timerAtMs) this.#arm(keys[0] as number)
    if (failure !== undefined) throw failure.err
  }

  /** Puts `entry` with deadline `atMs` at `index` and moves it up or down to where the heap order wants it. */
  #place(index: number, entry: DeadlineEntry, atMs: number): void {
    const heap = this.#heap
    const keys = this.#keys
    const n = heap.length
    let i = index
    while (i > 0) {
      const parentIndex = (i - 1) >> 1
      const parentAtMs = keys[parentIndex] as number
      if (parentAtMs <= atMs) break
      const parent = heap[parentIndex] as DeadlineEntry
      heap[i] = parent
      keys[i] = parentAtMs
      parent.deadlineSlot = i
      i = parentIndex
    }
    for (;;) {
      const left = 2 * i + 1
      if (left >= n) break
      const right = left + 1
      const child = right < n && (keys[right] as number) < (keys[left] as number) ? right : left
      const childAtMs = keys[child] as number
      if (childAtMs >= atMs) break
      const next = heap[child] as DeadlineEntry
      heap[i] = next
      keys[i] = childAtMs
      next.deadlineSlot = i
      i = child
    }
    heap[i] = entry
    keys[i] = atMs
    entry.deadlineSlot = i
  }
}

/** Creates a deadline queue over the runtime's timers (one per relay: every session shares it). */
export function createDeadlineQueue(timers: Timers, now: () => number): DeadlineQueue {
  return new DeadlineQueue(timers, now)
}

/** The queue of sessions created without one (tests): one per Timers object. */
const fallbackQueues = new WeakMap<Timers, DeadlineQueue>()

/** What the session needs from its connection. Implemented by the gateway over a RelaySocket. */
export interface SessionPort {
  /** The bounded outbound queue. */
  readonly queue: OutboundQueue
  /** Sends a WebSocket ping. */
  ping(): void
  /** Flushes (or drops) the queue and starts the closing handshake. */
  close(code: number, reason: string): void
  /** Stops / resumes reading the socket (TCP backpressure). */
  pauseReading(): void
  resumeReading(): void
}

/** Limits and timeouts of one session (from the relay config). */
export interface SessionSettings {
  readonly maxFrameBytes: number
  readonly maxSubscriptions: number
  readonly maxBadFrames: number
  readonly maxPendingPublishes: number
  /** Commands waiting for their reply before further ones are answered RATE_LIMITED. */
  readonly maxPendingCommands: number
  /** Inbound rate limits of the connection. */
  readonly rate: ConnectionRateSettings
  readonly authTimeoutMs: number
  readonly pingIntervalMs: number
  readonly pongTimeoutMs: number
  /** Clock skew tolerated on token expiry, in milliseconds. */
  readonly leewayMs: number
}

/** Dependencies of one session. */
export interface SessionDeps {
  readonly id: string
  readonly codec: FrameCodec
  readonly port: SessionPort
  readonly auth: Authenticator
  readonly router: Router
  readonly history: HistoryStore
  readonly settings: SessionSettings
  readonly nodeId: string
  /** Wall clock, milliseconds since the Unix epoch. */
  readonly now: () => number
  readonly timers: Timers
  /**
   * Where the session keeps its auth timeout, heartbeat and token expiry (one queue for every
   * session of a relay, over `timers` and `now`). Absent: one shared per `timers` object.
   */
  readonly deadlines?: DeadlineQueue
  readonly logger: Logger
  readonly metrics: RelayMetrics
  /** A token that came with the upgrade (Authorization header or query), used when Connect.token is empty. */
  readonly upgradeToken?: string | undefined
  /** Called once when the session authenticated (the gateway stops counting it as pending). */
  readonly onAuthenticated?: () => void
  /** Per-tenant limits and quotas. */
  readonly limiter: TenantLimiter
  /** Revoked tokens and subjects, checked at Connect and Refresh (4504 TOKEN_REVOKED). */
  readonly revocations?: Pick<RevocationStore, 'isRevoked'>
  /** The slow-consumer policy of a concrete topic (consulted only when the queue refuses a delivery). */
  readonly slowConsumerPolicy: (topic: string) => SlowConsumerPolicy
  /** Retry after this long when the tenant's connection quota is full, in milliseconds. */
  readonly retryAfterMs: number
}

/** A client frame's command, read once per frame. */
type CommandKind = ClientFrame['kind']

/** The session's lifecycle state. */
export type SessionState = 'awaiting-connect' | 'authenticating' | 'connected' | 'closing' | 'closed'

/** Features announced in `Connected.features`. */
export const FEATURES = ['wildcards', 'refresh', 'at-least-once', 'resume', 'idempotency', 'rate-limit'] as const

/** Header names the relay adds to a dead-lettered message (docs/delivery.md). */
export const DLQ_HEADERS = {
  topic: 'zr-dlq-topic',
  epoch: 'zr-dlq-epoch',
  offset: 'zr-dlq-offset',
  deliveries: 'zr-dlq-deliveries',
} as const

/** Most headers one publish may carry (docs/protocol.md#limits). */
export const MAX_PUBLISH_HEADERS = 64

const RESERVED_HEADER_NAMES = new Set(['__proto__', 'constructor', 'prototype'])
/** Largest timeout Node-style timers accept; longer expiries are re-armed in steps. */
const MAX_TIMER_MS = 2_147_483_647
/** Most topics with dropped deliveries awaiting their Gap notice; beyond it the subscriber is closed (4008). */
export const MAX_PENDING_GAPS = 1_024
/** How soon a Gap notice that did not fit is tried again, in milliseconds. */
const GAP_RETRY_MS = 50
/** retry_after_ms for a command refused by the pending-command cap. */
const PENDING_RETRY_MS = 100

/** True when a decoded protobuf ClientFrame carried a top-level field unknown to this server (a newer command). */
export function hasUnknownTopLevelField(bytes: Uint8Array, maxKnownField: number): boolean {
  let i = 0
  const varint = (): number => {
    let result = 0
    let shift = 0
    for (;;) {
      if (i >= bytes.length) return -1
      const b = bytes[i++] as number
      if (shift < 28) result |= (b & 0x7f) << shift
      else result += (b & 0x7f) * 2 ** shift
      if ((b & 0x80) === 0) return result
      shift += 7
      if (shift > 63) return -1
    }
  }
  while (i < bytes.length) {
    const tag = varint()
    if (tag < 0) return false
    const field = Math.floor(tag / 8)
    const wire = tag & 7
    if (field > maxKnownField) return true
    if (wire === 0) {
      if (varint() < 0) return false
    } else if (wire === 1) i += 8
    else if (wire === 2) {
      const len = varint()
      if (len < 0) return false
      i += len
    } else if (wire === 5) i += 4
    else return false
  }
  return false
}

// Shared empty collections a session holds until it needs its own (most idle connections never
// do: an empty Map costs ~180 bytes). Never written to: every write site replaces them first.
const NO_SUBSCRIPTIONS: Map<string, readonly string[]> = new Map()
const NO_STREAMS: Map<string, TopicStream> = new Map()
const NO_WAITERS: (() => void)[] = Object.freeze([]) as unknown as (() => void)[]

/** A settled promise every session starts its command and publish chains from (one for all, not two per session). */
const SETTLED: Promise<void> = Promise.resolve()

/**
 * The session state most connections never need: at-least-once and resumed streams, owed Gap
 * notices, flush waiters and the publish chain. A session holds NO_EXTRAS (shared, frozen) until
 * it first writes one of these, so an idle subscriber pays one field for all of them, not nine.
 */
class SessionExtras {
  /** At-least-once and resumed subscriptions (concrete topics) → their delivery state (NO_STREAMS until the first one). */
  streams: Map<string, TopicStream> = NO_STREAMS
  /** The only stream while there is exactly one (the usual case): deliveries skip the Map lookup. */
  soleStream: TopicStream | undefined = undefined
  streamHost: StreamHost | undefined = undefined
  redeliveryTimer: unknown = undefined
  /** The redelivery timer's deadline (undefined: not armed). */
  redeliveryAtMs: number | undefined = undefined
  /** Waiting for the next outbound flush (paced replays); NO_WAITERS when none. */
  flushWaiters: (() => void)[] = NO_WAITERS
  /** Dropped deliveries per topic not yet announced by a Gap (policy drop); undefined when none. */
  gaps: Map<string, bigint> | undefined = undefined
  gapTimer: unknown = undefined
  /** Keeps this connection's publishes (and dead letters) in order on their way to the broker. */
  publishChain: Promise<void> = SETTLED
  /** Steps of `publishChain` not settled yet. */
  pendingPublishes = 0
}

/** The extras of a session that needed none yet: shared and frozen (a write to it throws). */
const NO_EXTRAS: SessionExtras = Object.freeze(new SessionExtras())

/** A connection's session. Create with `createSession()`. */
export class Session implements RouteTarget, FlushListener, DeadlineEntry {
  readonly id: string
  readonly codec: FrameCodec
  #state: SessionState = 'awaiting-connect'
  /** `deps.port.queue`, kept here (next to what `deliver` reads) so a delivery touches the session and the queue only. */
  readonly #queue: OutboundQueue
  readonly #deps: SessionDeps
  readonly #outbound: OutboundTally
  #principal: Principal | undefined
  #permissions: Permissions | undefined
  /**
   * The subscriptions (pattern text → tokens): the first in `#soleText`/`#soleTokens` (most
   * connections have one, and a Map of one costs ~180 bytes), the others in `#subscriptions`
   * (NO_SUBSCRIPTIONS until needed). A text is in one of the two places only.
   */
  #soleText: string | undefined
  #soleTokens: readonly string[] | undefined
  #subscriptions: Map<string, readonly string[]> = NO_SUBSCRIPTIONS
  /** Streams, owed Gaps, flush waiters and the publish chain: NO_EXTRAS until one is needed (see SessionExtras). */
  #extras: SessionExtras = NO_EXTRAS
  #badFrames = 0
  /** Commands whose replies are pending (the serial chain), plus publishes waiting for the store. */
  #inFlight = 0
  #isPaused = false
  #chain: Promise<void> = SETTLED
  /** Commands in `#chain` not finished yet. */
  #queuedCommands = 0
  /** DeadlineEntry: the session's place in `#deadlines()`, which holds its earliest deadline. */
  deadlineSlot = -1
  /** Next heartbeat check (infinite: none). */
  #heartbeatAtMs = Number.POSITIVE_INFINITY
  /**
   * Until connected, the auth timeout; once connected, when the token expires, leeway included
   * (infinite: neither). One field for both: they never apply at the same time.
   */
  #expiryAtMs = Number.POSITIVE_INFINITY
  #lastInboundMs: number
  #pingSentAtMs = 0
  #closeCode = 0
  readonly #rate: ConnectionRateLimiter
  /** The tenant's limits, once connected. */
  #tenantLimits: TenantLimits | undefined
  /** Whether this session holds a unit of its tenant's connection quota. */
  #holdsConnection = false

  constructor(deps: SessionDeps) {
    this.#deps = deps
    this.id = deps.id
    this.codec = deps.codec
    this.#outbound = deps.metrics.outbound[codecLabel(deps.codec)]
    this.#lastInboundMs = deps.now()
    this.#queue = deps.port.queue
    this.#queue.setFlushListener(this)
    this.#rate = new ConnectionRateLimiter(deps.settings.rate, deps.now())
  }

  /** The deadline queue that holds the session's earliest deadline (read from deps: not a field per session). */
  #deadlines(): DeadlineQueue {
    const deps = this.#deps
    return deps.deadlines ?? fallbackQueue(deps.timers, deps.now)
  }

  /** The session's own SessionExtras, made at the first write (NO_EXTRAS is never written to). */
  #own(): SessionExtras {
    if (this.#extras === NO_EXTRAS) this.#extras = new SessionExtras()
    return this.#extras
  }

  /** The current state. */
  get state(): SessionState {
    return this.#state
  }

  /** The connection's outbound queue. */
  get queue(): OutboundQueue {
    return this.#queue
  }

  /** The authenticated principal, once connected. */
  get principal(): Principal | undefined {
    return this.#principal
  }

  /** Number of subscriptions. */
  get subscriptionCount(): number {
    return (this.#soleText === undefined ? 0 : 1) + this.#subscriptions.size
  }

  /** Arms the auth timeout and the heartbeat. Call once, right after the upgrade. */
  start(): void {
    const { settings, now } = this.#deps
    this.#expiryAtMs = now() + Math.max(1, settings.authTimeoutMs)
    this.#armHeartbeat(settings.pingIntervalMs)
  }

  /** Any inbound traffic that is not a message (WebSocket ping or pong). */
  activity(): void {
    this.#lastInboundMs = this.#deps.now()
  }

  /** One inbound WebSocket message. Never throws. */
  receive(data: WireData, byteLength: number = wireLength(data)): void {
    if (this.#state === 'closing' || this.#state === 'closed') return
    const { metrics, codec } = this.#deps
    this.#lastInboundMs = this.#deps.now()
    // Plain numbers, moved into the counters at scrape: a prom-client inc hashes its labels per call.
    const inbound = metrics.inbound[codecLabel(codec)]
    inbound.frames++
    inbound.bytes += byteLength
    if (this.#ackInPlace(data, byteLength)) return
    let frame: ClientFrame
    try {
      frame = codec.decodeClient(data)
    } catch (err) {
      if (err instanceof FrameDecodeError) {
        if (err.reason === 'wrong-type') {
          this.#frameError('wrong_type')
          this.disconnect(CloseCode.CLOSE_CODE_UNSUPPORTED_DATA, err.message)
          return
        }
        this.#frameError(err.reason === 'malformed' ? 'malformed' : 'schema')
        this.#badRequest(0, err.reason === 'malformed' ? 'undecodable frame' : `invalid frame: ${err.message}`)
        return
      }
      this.#deps.logger.error({ err, sessionId: this.id }, 'unexpected decode failure')
      this.#reply(0, { error: RelayError.from(err).toWire() })
      return
    }
    const id = frame.id >>> 0
    // Read once: protobufjs computes a oneof's name on every read (Object.keys of the message).
    const kind = frame.kind
    // Acks pay bytes only: they are how a client relieves the server, never worth refusing for count.
    const refusal = this.#rate.check(byteLength, kind !== 'ack', this.#lastInboundMs)
    if (refusal !== undefined) {
      this.#rateLimited(id, 'connection', refusal.reason, refusal.retryAfterMs, refusal.isFatal)
      return
    }
    if (kind === undefined) {
      if (typeof data !== 'string' && hasUnknownTopLevelField(data, 8)) {
        this.#frameError('unknown_command')
        this.#reply(id, { error: new RelayError(Code.CODE_UNIMPLEMENTED, 'unknown command kind').toWire() })
        return
      }
      this.#frameError('no_command')
      this.#badRequest(id, 'frame has no command')
      return
    }
    this.#enqueueCommand(frame, id, kind)
  }

  /** The socket closed (either side). Releases subscriptions and timers; idempotent. */
  closed(code: number): void {
    if (this.#state === 'closed') return
    this.#state = 'closed'
    this.#clearTimers()
    const tenant = this.#principal?.tenant
    if (tenant !== undefined) {
      const { router, limiter } = this.#deps
      const soleText = this.#soleText
      if (soleText !== undefined) {
        router.unsubscribe(tenant, this.#soleTokens as readonly string[], this)
        this.#releaseSubscription(tenant, soleText)
      }
      for (const [text, tokens] of this.#subscriptions) {
        router.unsubscribe(tenant, tokens, this)
        this.#releaseSubscription(tenant, text)
      }
      if (this.#holdsConnection) {
        this.#holdsConnection = false
        limiter.release(tenant, 'connections')
      }
    }
    this.#soleText = undefined
    this.#soleTokens = undefined
    this.#subscriptions = NO_SUBSCRIPTIONS
    if (this.#extras !== NO_EXTRAS) this.#extras.gaps = undefined
    this.#closeStreams()
    this.#deps.metrics.connectionsClosed.inc({ code: closeCodeLabel(this.#closeCode || code) })
  }

  /**
   * Ends the session from the server side: sends `Disconnect{code, reason, advice}` then closes
   * with the same code. `flush` false drops queued frames first (slow consumer).
   */
  disconnect(code: CloseCode, reason: string, options: { flush?: boolean; retryAfterMs?: number } = {}): void {
    if (this.#state === 'closing' || this.#state === 'closed') return
    this.#state = 'closing'
    this.#closeCode = code
    this.#clearTimers()
    this.#closeStreams()
    const { port } = this.#deps
    if (this.#extras !== NO_EXTRAS) this.#extras.gaps = undefined
    if (options.flush === false) port.queue.clear()
    const frame: ServerFrameInit = {
      disconnect: { code, reason, advice: adviceFor(code), retryAfterMs: options.retryAfterMs ?? 0 },
    }
    const data = this.codec.encodeServer(frame)
    port.queue.force(data, wireLength(data))
    port.queue.flush()
    port.close(code, truncateReason(reason))
  }

  /** RouteTarget: queues an encoded Delivery; a refused one applies the topic's slow-consumer policy. */
  deliver(data: WireData, bytes: number, message: BrokerMessage): boolean {
    if (this.#state !== 'connected') return false
    const extras = this.#extras
    if (extras !== NO_EXTRAS) {
      let stream = extras.soleStream
      if (stream !== undefined) {
        if (stream.topic !== message.topic) stream = undefined
      } else if (extras.streams.size !== 0) {
        stream = extras.streams.get(message.topic)
      }
      if (stream !== undefined) {
        // `stream.live()` with the send done here: no detour through the stream's host.
        const verdict = stream.takeLive(message, data, bytes)
        return verdict === LIVE_SEND ? this.#queueOrClose(data, bytes, message) : verdict === LIVE_DONE
      }
      // A topic with an owed Gap: the notice goes first, and only with room for the delivery too
      // (otherwise it would only start a new count, one tiny Gap per dropped delivery).
      if (extras.gaps?.has(message.topic) === true && !this.#announceGap(message.topic, bytes)) {
        return this.#slowDelivery(message.topic)
      }
    }
    // The fanout hot path: no allocation and no metric update per delivery (see `flushed`).
    if (this.#queue.offer(data, bytes, message)) return true
    return this.#slowDelivery(message.topic)
  }

  /** Queues a stream's frame; one that does not fit closes the session as a slow consumer (false). */
  #queueOrClose(data: WireData, bytes: number, published: Published): boolean {
    if (this.#queue.offer(data, bytes, published)) return true
    this.#slowConsumer()
    return false
  }

  /** A live at-most-once delivery did not fit: drop it (policy drop) or close as slow. */
  #slowDelivery(topic: string): boolean {
    const { metrics, slowConsumerPolicy } = this.#deps
    if (this.#extras.gaps?.has(topic) !== true && slowConsumerPolicy(topic) !== 'drop') {
      this.#slowConsumer()
      return false
    }
    let gaps = this.#extras.gaps
    if (gaps === undefined) {
      gaps = new Map()
      this.#own().gaps = gaps
    }
    const dropped = gaps.get(topic)
    if (dropped === undefined) {
      if (gaps.size >= MAX_PENDING_GAPS) {
        this.#slowConsumer()
        return false
      }
      metrics.slowConsumerActions.inc({ policy: 'drop', reason: this.#queue.refusal })
      this.#armGapRetry()
    }
    gaps.set(topic, (dropped ?? 0n) + 1n)
    metrics.deliveriesDropped.inc()
    return false
  }

  /**
   * Queues the Gap notice of `topic` if deliveries of it were dropped. false: a notice is owed
   * and did not fit, or `nextBytes` (the delivery to follow) would not fit after it; the caller
   * must not queue the topic's next delivery ahead of the notice.
   */
  #announceGap(topic: string, nextBytes = 0): boolean {
    const gaps = this.#extras.gaps as Map<string, bigint>
    const dropped = gaps.get(topic)
    if (dropped === undefined) return true
    const data = this.codec.encodeServer({ gap: { topic, dropped: fromU64(dropped) } })
    const bytes = wireLength(data)
    if (nextBytes > 0 && !this.#queue.fits(2, bytes + nextBytes)) return false
    if (!this.#queue.offer(data, bytes)) return false
    gaps.delete(topic)
    if (gaps.size === 0) this.#extras.gaps = undefined
    this.#deps.metrics.gapsSent.inc()
    return true
  }

  /** Tries the owed Gap notices again until every one went out (topics may get no further delivery). */
  #armGapRetry(): void {
    if (this.#extras.gapTimer !== undefined) return
    this.#own().gapTimer = this.#deps.timers.setTimeout(() => {
      this.#extras.gapTimer = undefined
      const gaps = this.#extras.gaps
      if (gaps === undefined || this.#state !== 'connected') return
      for (const topic of [...gaps.keys()]) {
        if (!this.#announceGap(topic)) break
      }
      if (this.#extras.gaps !== undefined) this.#armGapRetry()
    }, GAP_RETRY_MS)
  }

  /** Closes the connection as a slow consumer (4008), dropping what is queued. */
  #slowConsumer(): void {
    const { metrics } = this.#deps
    const reason = this.#queue.refusal
    metrics.slowConsumers.inc()
    metrics.slowConsumerActions.inc({ policy: 'disconnect', reason })
    const text =
      reason === 'age' ? 'outbound queue too old' : reason === 'unread' ? 'client not reading' : 'outbound queue full'
    this.disconnect(CloseCode.CLOSE_CODE_SLOW_CONSUMER, text, { flush: false })
  }

  /**
   * Answers a frame refused by a rate limit (RATE_LIMITED with retry_after_ms), or closes with
   * 4329 when it was the connection's last strike.
   */
  #rateLimited(
    id: number,
    scope: 'connection' | 'tenant',
    reason: RateLimitReason | 'publishes' | 'pending',
    retryAfterMs: number,
    isFatal: boolean,
  ): void {
    this.#deps.metrics.rateLimited.inc({ scope, reason, fatal: isFatal ? 'true' : 'false' })
    if (isFatal) {
      this.disconnect(CloseCode.CLOSE_CODE_RATE_LIMITED, 'rate limit exceeded repeatedly', { retryAfterMs })
      return
    }
    const what = reason === 'pending' ? 'too many commands waiting for a reply' : `${scope} ${reason} rate exceeded`
    this.#reply(id, { error: new RelayError(Code.CODE_RATE_LIMITED, what, { retryAfterMs }).toWire() })
  }

  /** Counts a quota refusal and returns the error to throw. */
  #quotaExceeded(kind: QuotaKindLabel, message: string): RelayError {
    this.#deps.metrics.quotaRejections.inc({ kind })
    return new RelayError(Code.CODE_LIMIT_EXCEEDED, message)
  }

  /** The tokens of the subscription `text`, or undefined when there is none. */
  #tokensOf(text: string): readonly string[] | undefined {
    return text === this.#soleText ? this.#soleTokens : this.#subscriptions.get(text)
  }

  /** Adds a subscription (not present yet). */
  #addSubscription(text: string, tokens: readonly string[]): void {
    if (this.#soleText === undefined) {
      this.#soleText = text
      this.#soleTokens = tokens
      return
    }
    if (this.#subscriptions === NO_SUBSCRIPTIONS) this.#subscriptions = new Map()
    this.#subscriptions.set(text, tokens)
  }

  #deleteSubscription(text: string): void {
    if (text === this.#soleText) {
      this.#soleText = undefined
      this.#soleTokens = undefined
    } else {
      this.#subscriptions.delete(text)
    }
  }

  #releaseSubscription(tenant: string, text: string): void {
    const { limiter } = this.#deps
    limiter.release(tenant, 'subscriptions')
    limiter.release(tenant, 'topics', text)
  }

  // ------------------------------------------------------------------ commands

  #enqueueCommand(frame: ClientFrame, id: number, kind: CommandKind): void {
    if (this.#inFlight >= this.#deps.settings.maxPendingCommands) {
      const isFatal = this.#rate.strike(PENDING_RETRY_MS, this.#deps.now())
      this.#rateLimited(id, 'connection', 'pending', PENDING_RETRY_MS, isFatal)
      return
    }
    // Acks and publishes start synchronously (a publish waits for the store in its own chain):
    // with no command ahead of them they run now, in order, without three promise hops each.
    if (this.#queuedCommands === 0 && this.#state === 'connected' && (kind === 'ack' || kind === 'publish')) {
      try {
        if (kind === 'ack') this.#ack(frame)
        else this.#publish(frame, id)
      } catch (err) {
        this.#fail(id, err)
      }
      return
    }
    this.#inFlight++
    this.#queuedCommands++
    this.#updateBackpressure()
    this.#chain = this.#chain
      .then(() => this.#handle(frame, id, kind))
      .catch((err: unknown) => this.#fail(id, err))
      .finally(() => {
        this.#inFlight--
        // Nothing queued behind: drop the settled chain (one promise less per idle connection).
        if (--this.#queuedCommands === 0) this.#chain = SETTLED
        this.#updateBackpressure()
      })
  }

  #updateBackpressure(): void {
    const limit = this.#deps.settings.maxPendingPublishes
    if (!this.#isPaused && this.#inFlight >= limit) {
      this.#isPaused = true
      this.#deps.port.pauseReading()
    } else if (this.#isPaused && this.#inFlight <= limit / 2) {
      this.#isPaused = false
      this.#deps.port.resumeReading()
    }
  }

  async #handle(frame: ClientFrame, id: number, kind: CommandKind): Promise<void> {
    if (this.#state === 'closing' || this.#state === 'closed') return
    switch (kind) {
      case 'connect':
        return this.#connect(frame, id)
      case 'ping':
        return this.#ping(frame, id)
      default:
        break
    }
    if (this.#state !== 'connected') {
      throw new RelayError(Code.CODE_UNAUTHENTICATED, 'send connect first')
    }
    switch (kind) {
      case 'subscribe':
        return this.#subscribe(frame, id)
      case 'unsubscribe':
        return this.#unsubscribe(frame, id)
      case 'publish':
        return this.#publish(frame, id)
      case 'ack':
        return this.#ack(frame)
      case 'refresh':
        return this.#refresh(frame, id)
      default:
        throw new RelayError(Code.CODE_UNIMPLEMENTED, 'unknown command kind')
    }
  }

  #needId(id: number, command: string): void {
    if (id === 0) throw new RelayError(Code.CODE_BAD_REQUEST, `${command} needs a non-zero id`)
  }

  async #connect(frame: ClientFrame, id: number): Promise<void> {
    if (this.#state === 'connected') throw new RelayError(Code.CODE_BAD_REQUEST, 'already connected')
    if (this.#state === 'authenticating') throw new RelayError(Code.CODE_BAD_REQUEST, 'connect already in progress')
    this.#needId(id, 'connect')
    const token = frame.connect?.token || this.#deps.upgradeToken || ''
    this.#state = 'authenticating'
    let principal: Principal
    let permissions: Permissions
    try {
      ;({ principal, permissions } = await this.#verify(token))
    } catch (err) {
      if (this.#state !== 'authenticating') return
      this.#state = 'awaiting-connect'
      const message = err instanceof RelayError ? err.message : 'authentication failed'
      this.#reply(id, { error: new RelayError(Code.CODE_UNAUTHENTICATED, message).toWire() })
      const isRevoked = err instanceof TokenRevokedError
      this.disconnect(isRevoked ? CloseCode.CLOSE_CODE_TOKEN_REVOKED : CloseCode.CLOSE_CODE_UNAUTHENTICATED, message)
      return
    }
    if (this.#state !== 'authenticating') return // closed meanwhile (auth timeout, drain)
    const { limiter } = this.#deps
    const hasSlot = await limiter.acquire(principal.tenant, 'connections')
    if (this.#state !== 'authenticating') {
      if (hasSlot) limiter.release(principal.tenant, 'connections')
      return
    }
    if (!hasSlot) {
      const retryAfterMs = this.#deps.retryAfterMs
      const error = this.#quotaExceeded('tenant_connections', 'tenant connection limit reached')
      this.#reply(id, { error: new RelayError(error.code, error.message, { retryAfterMs }).toWire() })
      this.disconnect(CloseCode.CLOSE_CODE_CONNECTION_LIMIT, 'tenant connection limit reached', { retryAfterMs })
      return
    }
    this.#holdsConnection = true
    this.#tenantLimits = limiter.limitsFor(principal.tenant)
    this.#principal = principal
    this.#permissions = permissions
    this.#state = 'connected'
    this.#deps.onAuthenticated?.()
    this.#armExpiry()
    const { settings } = this.#deps
    const policy = this.#deps.router.delivery
    const limits: Limits = {
      maxFrameBytes: this.#maxPublishBytes(),
      pingIntervalMs: settings.pingIntervalMs,
      pongTimeoutMs: settings.pongTimeoutMs,
      messagesPerSecond: settings.rate.messagesPerSecond,
      messagesBurst: settings.rate.messagesPerSecond === 0 ? 0 : settings.rate.messagesBurst,
      bytesPerSecond: settings.rate.bytesPerSecond,
      bytesBurst: settings.rate.bytesPerSecond === 0 ? 0 : settings.rate.bytesBurst,
      maxSubscriptions: settings.maxSubscriptions,
      maxInFlight: policy.maxInFlight,
      ackWaitMs: policy.ackWaitMs,
      maxDeliver: policy.maxDeliver,
    }
    this.#reply(id, {
      connected: {
        sessionId: this.id,
        serverVersion: SERVER_VERSION,
        limits,
        subject: principal.subject,
        tokenExpiresAtMs: fromU64(BigInt(principal.expiresAtMs)),
        features: [...FEATURES],
      },
    })
  }

  /** Largest publish (payload + headers) of this connection: the node's frame limit, lowered by the tenant's. */
  #maxPublishBytes(): number {
    const node = this.#deps.settings.maxFrameBytes
    const tenant = this.#tenantLimits?.maxFrameBytes ?? 0
    return tenant > 0 && tenant < node ? tenant : node
  }

  /** Verifies a token and compiles its permissions; rejects with RelayError(UNAUTHENTICATED) after counting the reason. */
  async #verify(token: string): Promise<Verified> {
    const verified = await verifyToken(this.#deps.auth, token, this.#deps.metrics, this.#deps.logger)
    if (this.#deps.revocations?.isRevoked(verified.principal) === true) {
      this.#deps.metrics.authFailures.inc({ reason: 'revoked' })
      throw new TokenRevokedError()
    }
    return verified
  }

  async #refresh(frame: ClientFrame, id: number): Promise<void> {
    this.#needId(id, 'refresh')
    const current = this.#principal as Principal
    const { principal, permissions } = await this.#verify(frame.refresh?.token ?? '').catch((err: unknown) => {
      if (err instanceof TokenRevokedError && this.#state === 'connected') {
        this.#reply(id, { error: err.toWire() })
        this.disconnect(CloseCode.CLOSE_CODE_TOKEN_REVOKED, err.message)
      }
      throw err
    })
    if (this.#state !== 'connected') return
    if (principal.tenant !== current.tenant || principal.subject !== current.subject) {
      throw new RelayError(Code.CODE_PERMISSION_DENIED, 'the new token has another tenant or subject')
    }
    this.#principal = principal
    this.#permissions = permissions
    this.#armExpiry()
    this.#reply(id, { refreshed: { tokenExpiresAtMs: fromU64(BigInt(principal.expiresAtMs)) } })
  }

  #ping(frame: ClientFrame, id: number): void {
    this.#needId(id, 'ping')
    this.#reply(id, {
      pong: {
        clientTimeMs: fromU64(toU64(frame.ping?.clientTimeMs)),
        serverTimeMs: fromU64(BigInt(this.#deps.now())),
      },
    })
  }

  async #subscribe(frame: ClientFrame, id: number): Promise<void> {
    this.#needId(id, 'subscribe')
    const sub = frame.subscribe
    const topic = parseTopic(sub?.topic ?? '', true)
    const atLeastOnce = sub?.mode === DeliveryMode.DELIVERY_MODE_AT_LEAST_ONCE
    const resume = sub?.resumeAfter ?? undefined
    if (topic.isPattern && (atLeastOnce || resume !== undefined)) {
      throw new RelayError(Code.CODE_BAD_REQUEST, 'at-least-once and resumeAfter need a concrete topic, not a pattern')
    }
    if (this.#tokensOf(topic.text) !== undefined) {
      throw new RelayError(Code.CODE_ALREADY_SUBSCRIBED, 'already subscribed')
    }
    if (this.subscriptionCount >= this.#deps.settings.maxSubscriptions) {
      throw this.#quotaExceeded('connection_subscriptions', 'too many subscriptions on this connection')
    }
    if (!(this.#permissions as Permissions).canSubscribe(topic.tokens)) {
      throw new RelayError(Code.CODE_PERMISSION_DENIED, 'subscribe not permitted for this topic')
    }
    const tenant = (this.#principal as Principal).tenant
    const { limiter } = this.#deps
    if (!(await limiter.acquire(tenant, 'subscriptions'))) {
      throw this.#quotaExceeded('tenant_subscriptions', 'tenant subscription limit reached')
    }
    if (!(await limiter.acquire(tenant, 'topics', topic.text))) {
      limiter.release(tenant, 'subscriptions')
      throw this.#quotaExceeded('tenant_topics', 'tenant topic limit reached')
    }
    // The units are this subscription's once it is in #subscriptions; until then, every exit returns them.
    let isHeld = false
    try {
      isHeld = await this.#startSubscription(frame, id, topic, tenant)
    } finally {
      if (!isHeld) this.#releaseSubscription(tenant, topic.text)
    }
  }

  /** The rest of a subscribe, once the quotas are taken. Returns whether the subscription was added. */
  async #startSubscription(
    frame: ClientFrame,
    id: number,
    topic: ReturnType<typeof parseTopic>,
    tenant: string,
  ): Promise<boolean> {
    const sub = frame.subscribe
    const atLeastOnce = sub?.mode === DeliveryMode.DELIVERY_MODE_AT_LEAST_ONCE
    const resume = sub?.resumeAfter ?? undefined
    const { history, metrics, router } = this.#deps
    const position = topic.isPattern ? undefined : await history.position(tenant, topic.text)
    let startAfter = position?.offset ?? 0n
    if (resume !== undefined && position !== undefined) {
      const after = toU64(resume.offset)
      await this.#checkResume(tenant, topic.text, resume.epoch ?? '', after, position)
      startAfter = after
    }
    if (this.#state !== 'connected') return false
    // Re-check after the await: a concurrent path may have closed or subscribed.
    if (this.#tokensOf(topic.text) !== undefined) {
      throw new RelayError(Code.CODE_ALREADY_SUBSCRIBED, 'already subscribed')
    }
    const policy = router.delivery
    const maxInFlight = atLeastOnce ? Math.min(sub?.maxInFlight || policy.maxInFlight, policy.maxInFlight) : 0
    // The text and tokens every subscription to this topic shares (kept for the subscription's life).
    const shared = sharedTopic(topic)
    let stream: TopicStream | undefined
    if (position !== undefined && (atLeastOnce || resume !== undefined)) {
      const extras = this.#own()
      if (extras.streams === NO_STREAMS) extras.streams = new Map()
      stream = new TopicStream(this.#host(), {
        // The shared text is the very string published messages carry (`publishTopic`): the
        // per-delivery topic comparison is then a pointer comparison.
        topic: shared.text,
        atLeastOnce,
        maxInFlight,
        epoch: position.epoch,
        startAfter,
        head: position.offset,
      })
      extras.streams.set(shared.text, stream)
      extras.soleStream = extras.streams.size === 1 ? stream : undefined
    }
    this.#addSubscription(shared.text, shared.tokens)
    router.subscribe(tenant, shared.tokens, this)
    this.#reply(id, {
      subscribeAck: {
        topic: topic.text,
        position: position === undefined ? {} : { epoch: position.epoch, offset: fromU64(position.offset) },
        maxInFlight,
        mode: atLeastOnce ? DeliveryMode.DELIVERY_MODE_AT_LEAST_ONCE : DeliveryMode.DELIVERY_MODE_AT_MOST_ONCE,
      },
    })
    if (resume !== undefined) metrics.resumes.inc({ outcome: 'replayed' })
    // Deliveries follow the subscribeAck: the replay starts after it is queued.
    if (stream !== undefined) void stream.start()
    return true
  }

  /**
   * Throws PositionError unless every message after (epoch, offset) is still retained: an unknown
   * epoch, a position ahead of the topic or older than its history is never replayed partially.
   */
  async #checkResume(tenant: string, topic: string, epoch: string, offset: bigint, current: Position): Promise<void> {
    let reason = ''
    if (epoch !== current.epoch) reason = 'unknown epoch for this topic'
    else if (offset > current.offset) reason = 'position is ahead of the topic'
    else if (offset < current.offset) {
      const first = await this.#deps.history.read(tenant, topic, offset, 1)
      if (first[0]?.offset !== offset + 1n) reason = 'position is older than the retained history'
    }
    if (reason === '') return
    this.#deps.metrics.resumes.inc({ outcome: 'unrecoverable' })
    throw new PositionError(reason, current)
  }

  /**
   * The at-least-once fast path: an ack for the session's only subscription, read in place
   * (`scanAck`), with the general path's rate check and error reply. False, with nothing done,
   * for any other frame or when commands are queued (it then goes through the general path).
   */
  #ackInPlace(data: WireData, byteLength: number): boolean {
    const extras = this.#extras
    if (extras === NO_EXTRAS) return false
    const stream = extras.soleStream
    if (stream === undefined || !stream.atLeastOnce || typeof data === 'string' || !this.codec.binary) return false
    if (this.#queuedCommands !== 0 || this.#state !== 'connected') return false
    if (this.#inFlight >= this.#deps.settings.maxPendingCommands) return false
    if (!scanAck(data) || !stream.isScannedAckFor(data, ackScan)) return false
    const { id, offset } = ackScan
    const refusal = this.#rate.check(byteLength, false, this.#lastInboundMs)
    if (refusal !== undefined) {
      this.#rateLimited(id, 'connection', refusal.reason, refusal.retryAfterMs, refusal.isFatal)
      return true
    }
    try {
      stream.ackOffset(offset, this.#lastInboundMs)
    } catch (err) {
      this.#fail(id, err)
    }
    return true
  }

  #ack(frame: ClientFrame): void {
    const ack = frame.ack
    const stream = this.#extras.streams.get(ack?.topic ?? '')
    if (stream === undefined || !stream.atLeastOnce) {
      throw new RelayError(Code.CODE_NOT_FOUND, 'no at-least-once subscription for this topic')
    }
    stream.ack(ack?.epoch ?? '', toU64(ack?.offset))
  }

  async #unsubscribe(frame: ClientFrame, id: number): Promise<void> {
    this.#needId(id, 'unsubscribe')
    const text = frame.unsubscribe?.topic ?? ''
    const tokens = this.#tokensOf(text)
    if (tokens === undefined) throw new RelayError(Code.CODE_NOT_FOUND, 'no such subscription')
    const tenant = (this.#principal as Principal).tenant
    this.#deleteSubscription(text)
    this.#deps.router.unsubscribe(tenant, tokens, this)
    this.#releaseSubscription(tenant, text)
    const extras = this.#extras
    const stream = extras.streams.get(text)
    if (stream !== undefined) {
      // A stream exists: so does `extras` (NO_EXTRAS has none).
      stream.close()
      extras.streams.delete(text)
      extras.soleStream = extras.streams.size === 1 ? (extras.streams.values().next().value as TopicStream) : undefined
    }
    const isPattern = tokens.some((t) => t === '*' || t === '>')
    const position = isPattern ? undefined : await this.#deps.history.position(tenant, text)
    if (this.#state !== 'connected') return
    this.#reply(id, {
      unsubscribeAck: {
        topic: text,
        position: position === undefined ? {} : { epoch: position.epoch, offset: fromU64(position.offset) },
      },
    })
  }

  #publish(frame: ClientFrame, id: number): void {
    const pub = frame.publish
    const wantsAck = pub?.ack === true
    if (wantsAck) this.#needId(id, 'publish with ack')
    const topic = publishTopic(pub?.topic ?? '')
    if (topic.isSystem) throw new RelayError(Code.CODE_PERMISSION_DENIED, 'system topics cannot be published to')
    if (!(this.#permissions as Permissions).canPublish(topic.tokens)) {
      throw new RelayError(Code.CODE_PERMISSION_DENIED, 'publish not permitted for this topic')
    }
    const payload = pub?.payload ?? new Uint8Array()
    let size = payload.byteLength
    // Most publishes have no headers: they then share NO_HEADERS (no object of their own).
    const given = pub?.headers
    let headers = NO_HEADERS
    if (given !== undefined && given !== null) {
      let count = 0
      for (const _ in given) count++
      if (count > MAX_PUBLISH_HEADERS) {
        throw new RelayError(Code.CODE_LIMIT_EXCEEDED, `more than ${MAX_PUBLISH_HEADERS} headers`)
      }
      if (count > 0) {
        const own: Record<string, string> = Object.create(null)
        for (const k in given) {
          if (RESERVED_HEADER_NAMES.has(k))
            throw new RelayError(Code.CODE_BAD_REQUEST, `header name "${k}" is reserved`)
          const v = given[k] as string
          own[k] = v
          size += utf8Length(k) + utf8Length(v)
        }
        headers = own
      }
    }
    const maxBytes = this.#maxPublishBytes()
    if (size > maxBytes) {
      if (maxBytes < this.#deps.settings.maxFrameBytes) {
        throw this.#quotaExceeded(
          'tenant_frame_bytes',
          `payload and headers exceed the tenant's maxFrameBytes (${maxBytes})`,
        )
      }
      throw new RelayError(Code.CODE_LIMIT_EXCEEDED, 'payload and headers exceed maxFrameBytes')
    }
    const { history, router, now, metrics, limiter } = this.#deps
    const tenant = (this.#principal as Principal).tenant
    const publishedAtMs = now()
    // Last check before anything is stored: a refused publish is never stored, delivered or counted.
    const waitMs = limiter.takePublish(tenant, publishedAtMs)
    if (waitMs > 0) {
      this.#rateLimited(id, 'tenant', 'publishes', waitMs, false)
      return
    }
    const idempotencyKey = pub?.idempotencyKey ?? ''
    const message: StoredMessage = { payload, headers, publishedAtMs }
    const options = idempotencyKey === '' ? undefined : { idempotencyKey }
    if (this.#extras.pendingPublishes > 0 || history.appendNow === undefined || router.publishNow === undefined) {
      this.#publishLater(id, wantsAck, tenant, topic.text, message, options)
      return
    }
    // Stores in this process, and no earlier publish of this connection still on its way: the
    // whole publish happens now, in the order of the frames, with no promise or closure (the
    // young generation's collections, which are the tail latency, come with what a publish
    // allocates). Whatever throws goes to #fail, as the chained path's rejections do.
    const position = history.appendNow(tenant, topic.text, message, options)
    if (position.duplicate) {
      // Stored (and fanned out) by the first publish with this key: answer with its offset.
      metrics.duplicatesSuppressed.inc()
    } else {
      metrics.messagesPublished.inc()
      router.publishNow(this.#brokerMessage(tenant, topic.text, message, position))
    }
    this.#ackPublish(id, wantsAck, topic.text, position)
  }

  /** A publish through the store's and broker's promises, after this connection's earlier ones. */
  #publishLater(
    id: number,
    wantsAck: boolean,
    tenant: string,
    topic: string,
    message: StoredMessage,
    options: AppendOptions | undefined,
  ): void {
    const { history, router, metrics } = this.#deps
    const stored = history.append(tenant, topic, message, options)
    stored.catch(() => undefined) // handled in the chain below
    this.#inFlight++
    this.#updateBackpressure()
    this.#chainPublish(
      async () => {
        const position = await stored
        if (position.duplicate) {
          metrics.duplicatesSuppressed.inc()
        } else {
          metrics.messagesPublished.inc()
          await router.publish(this.#brokerMessage(tenant, topic, message, position))
        }
        this.#ackPublish(id, wantsAck, topic, position)
      },
      (err) => this.#fail(id, err),
      () => {
        this.#inFlight--
        this.#updateBackpressure()
      },
    )
  }

  /** A stored publish of this connection as the broker carries it. */
  #brokerMessage(tenant: string, topic: string, message: StoredMessage, position: Position): BrokerMessage {
    return {
      tenant,
      topic,
      payload: message.payload,
      headers: message.headers,
      epoch: position.epoch,
      offset: position.offset,
      publishedAtMs: message.publishedAtMs,
      origin: { nodeId: this.#deps.nodeId, connectionId: this.id },
    }
  }

  /**
   * Runs `step` after this connection's earlier publishes and dead letters (the chain keeps the
   * broker order equal to the publish order); `onError` gets what it throws, `onSettled` runs
   * last. While a step is pending, publishes take this chain instead of the synchronous path.
   */
  #chainPublish(step: () => Promise<void>, onError: (err: unknown) => void, onSettled?: () => void): void {
    const extras = this.#own()
    extras.pendingPublishes++
    extras.publishChain = extras.publishChain
      .then(step)
      .catch(onError)
      .finally(() => {
        extras.pendingPublishes--
        onSettled?.()
      })
  }

  /** The publishAck of a stored publish (the first one's position for a duplicate), when one was asked for. */
  #ackPublish(id: number, wantsAck: boolean, topic: string, position: Appended): void {
    if (!wantsAck || this.#state !== 'connected') return
    const offset = fromU64(position.offset)
    this.#reply(id, {
      publishAck: position.duplicate
        ? { topic, epoch: position.epoch, offset, duplicate: true }
        : { topic, epoch: position.epoch, offset },
    })
  }

  // ------------------------------------------------------------------ replies

  #fail(id: number, err: unknown): void {
    const relayError = RelayError.from(err)
    if (!(err instanceof RelayError)) this.#deps.logger.error({ err, sessionId: this.id }, 'command failed')
    if (this.#state === 'closing' || this.#state === 'closed') return
    if (relayError.code === Code.CODE_BAD_REQUEST) {
      this.#badRequest(id, relayError.message)
      return
    }
    const wire = relayError.toWire()
    if (relayError instanceof PositionError) {
      wire.position = { epoch: relayError.position.epoch, offset: fromU64(relayError.position.offset) }
    }
    this.#reply(id, { error: wire })
  }

  #badRequest(id: number, message: string): void {
    this.#reply(id, { error: new RelayError(Code.CODE_BAD_REQUEST, message).toWire() })
    this.#badFrames++
    if (this.#badFrames >= this.#deps.settings.maxBadFrames) {
      this.disconnect(CloseCode.CLOSE_CODE_BAD_REQUEST, 'too many bad requests')
    }
  }

  #frameError(reason: FrameErrorReason): void {
    this.#deps.metrics.frameErrors.inc({ reason })
  }

  #reply(id: number, frame: ServerFrameInit): void {
    if (this.#state === 'closing' || this.#state === 'closed') return
    frame.id = id
    const data = this.codec.encodeServer(frame)
    const bytes = wireLength(data)
    if (!this.#deps.port.queue.offer(data, bytes)) this.#slowConsumer()
  }

  /**
   * FlushListener of the session's outbound queue (called by the queue, not by other callers):
   * outbound metrics, once per flushed batch rather than per frame: frames and bytes sent, and
   * the delivery lag of the batch's oldest publication (the worst lag in the batch).
   */
  flushed(frames: number, bytes: number, lagMs: number): void {
    const tally = this.#outbound
    tally.frames += frames
    tally.bytes += bytes
    const extras = this.#extras
    if (extras !== NO_EXTRAS && extras.flushWaiters.length > 0) this.#wakeFlushWaiters()
    if (lagMs >= 0) this.#deps.metrics.deliveryLag.observe(lagMs / 1000)
  }

  // ------------------------------------------------------------------ timers

  /** Next heartbeat check in `delayMs` (at least 1 ms). */
  #armHeartbeat(delayMs: number): void {
    this.#heartbeatAtMs = this.#deps.now() + Math.max(1, delayMs)
    this.#armTimer()
  }

  /** (Re)arms the token expiry for the current principal; disconnects at once if it has passed. */
  #armExpiry(): void {
    const deadline = (this.#principal as Principal).expiresAtMs + this.#deps.settings.leewayMs
    if (deadline - this.#deps.now() <= 0) {
      this.#expiryAtMs = Number.POSITIVE_INFINITY
      this.#armTimer()
      this.disconnect(CloseCode.CLOSE_CODE_TOKEN_EXPIRED, 'token expired')
      return
    }
    this.#expiryAtMs = deadline
    this.#armTimer()
  }

  /** Queues the session's earliest deadline: the auth timeout, the heartbeat or the expiry (no-op when queued for it). */
  #armTimer(): void {
    const isOver = this.#state === 'closing' || this.#state === 'closed'
    const atMs = isOver ? Number.POSITIVE_INFINITY : Math.min(this.#heartbeatAtMs, this.#expiryAtMs)
    const deadlines = this.#deadlines()
    if (atMs !== deadlines.deadlineOf(this)) deadlines.set(this, atMs)
  }

  /**
   * DeadlineEntry: the deadline queue reached the session's deadline (no longer queued). Called
   * by the queue only.
   */
  deadlineReached(): void {
    if (this.#state === 'closing' || this.#state === 'closed') return
    const atMs = this.#deps.now()
    if (this.#state === 'awaiting-connect' || this.#state === 'authenticating') {
      if (this.#expiryAtMs <= atMs) {
        this.#expiryAtMs = Number.POSITIVE_INFINITY
        this.disconnect(CloseCode.CLOSE_CODE_AUTH_TIMEOUT, 'no valid connect within the auth timeout')
        return
      }
    } else if (this.#expiryAtMs <= atMs && this.#expiryFired()) return
    if (this.#heartbeatAtMs <= atMs && this.#heartbeatFired()) return
    this.#armTimer()
  }

  /** The expiry deadline was reached by the timer: true when the session was disconnected. */
  #expiryFired(): boolean {
    if (this.#expiryAtMs - this.#deps.now() > 0) return false // the wall clock lags the timer: re-armed
    this.#expiryAtMs = Number.POSITIVE_INFINITY
    this.disconnect(CloseCode.CLOSE_CODE_TOKEN_EXPIRED, 'token expired')
    return true
  }

  /** The heartbeat check: ping a silent connection, disconnect one that did not answer in time (true). */
  #heartbeatFired(): boolean {
    const { settings, now } = this.#deps
    this.#heartbeatAtMs = Number.POSITIVE_INFINITY
    const t = now()
    if (this.#pingSentAtMs > 0) {
      // A ping is outstanding: anything inbound since it counts as an answer.
      if (this.#lastInboundMs >= this.#pingSentAtMs) {
        this.#pingSentAtMs = 0
      } else if (t - this.#pingSentAtMs >= settings.pongTimeoutMs) {
        this.disconnect(CloseCode.CLOSE_CODE_PING_TIMEOUT, 'no traffic within the pong timeout')
        return true
      } else {
        this.#heartbeatAtMs = t + Math.max(1, this.#pingSentAtMs + settings.pongTimeoutMs - t)
        return false
      }
    }
    const silentMs = t - this.#lastInboundMs
    if (silentMs >= settings.pingIntervalMs) {
      this.#pingSentAtMs = t
      this.#deps.port.ping()
      this.#heartbeatAtMs = t + Math.max(1, settings.pongTimeoutMs)
    } else {
      this.#heartbeatAtMs = t + Math.max(1, settings.pingIntervalMs - silentMs)
    }
    return false
  }

  #clearTimers(): void {
    const { timers } = this.#deps
    const extras = this.#extras
    this.#deadlines().set(this, Number.POSITIVE_INFINITY)
    this.#heartbeatAtMs = Number.POSITIVE_INFINITY
    this.#expiryAtMs = Number.POSITIVE_INFINITY
    if (extras === NO_EXTRAS) return
    if (extras.redeliveryTimer !== undefined) timers.clearTimeout(extras.redeliveryTimer)
    if (extras.gapTimer !== undefined) timers.clearTimeout(extras.gapTimer)
    extras.gapTimer = undefined
    extras.redeliveryTimer = undefined
    extras.redeliveryAtMs = undefined
  }

  /** One timer for every stream of the session, armed for the earliest redelivery deadline. */
  #armRedelivery(atMs: number): void {
    if (this.#state !== 'connected' || atMs >= (this.#extras.redeliveryAtMs ?? Number.POSITIVE_INFINITY)) return
    const { timers, now } = this.#deps
    if (this.#extras.redeliveryTimer !== undefined) timers.clearTimeout(this.#extras.redeliveryTimer)
    this.#own().redeliveryAtMs = atMs
    this.#own().redeliveryTimer = timers.setTimeout(
      () => {
        this.#extras.redeliveryTimer = undefined
        this.#extras.redeliveryAtMs = undefined
        if (this.#state !== 'connected') return
        const t = now()
        let next = Number.POSITIVE_INFINITY
        for (const stream of this.#extras.streams.values()) next = Math.min(next, stream.redeliver(t))
        if (next !== Number.POSITIVE_INFINITY) this.#armRedelivery(next)
      },
      Math.min(MAX_TIMER_MS, Math.max(1, atMs - now())),
    )
  }

  // ------------------------------------------------------------------ streams

  #host(): StreamHost {
    if (this.#extras.streamHost !== undefined) return this.#extras.streamHost
    const deps = this.#deps
    const host: StreamHost = {
      codec: this.codec,
      history: deps.history,
      metrics: deps.metrics,
      policy: deps.router.delivery,
      tenant: (this.#principal as Principal).tenant,
      now: deps.now,
      isOpen: () => this.#state === 'connected',
      send: (data, bytes, published) => this.#state === 'connected' && this.#queueOrClose(data, bytes, published),
      flushed: () =>
        new Promise<void>((resolve) => {
          if (this.#state !== 'connected') resolve()
          else if (this.#queue.length === 0) deps.timers.setTimeout(resolve, 0)
          else {
            const extras = this.#own()
            if (extras.flushWaiters === NO_WAITERS) extras.flushWaiters = []
            extras.flushWaiters.push(resolve)
          }
        }),
      armRedelivery: (atMs) => this.#armRedelivery(atMs),
      deadLetter: (topic, message, deliveries) => this.#deadLetter(topic, message, deliveries),
      failed: (topic, err) => deps.logger.error({ err, sessionId: this.id, topic }, 'replay failed'),
    }
    this.#own().streamHost = host
    return host
  }

  #wakeFlushWaiters(): void {
    const waiters = this.#extras.flushWaiters
    if (waiters === NO_WAITERS) return
    this.#extras.flushWaiters = NO_WAITERS
    for (const resolve of waiters) resolve()
  }

  #closeStreams(): void {
    const extras = this.#extras
    if (extras === NO_EXTRAS) return
    for (const stream of extras.streams.values()) stream.close()
    extras.streams = NO_STREAMS
    extras.soleStream = undefined
    this.#wakeFlushWaiters()
  }

  /**
   * Publishes a message that exhausted maxDeliver to `$dlq.<topic>` of the same tenant: stored
   * and routed like any publish (subscribers with permission see it), with headers naming where
   * it came from. Ordered after this connection's publishes.
   */
  #deadLetter(topic: string, message: StreamMessage, deliveries: number): void {
    const { history, router, metrics, now, nodeId, logger } = this.#deps
    const tenant = (this.#principal as Principal).tenant
    const dlq = `$dlq.${topic}`
    const headers: Record<string, string> = Object.create(null)
    Object.assign(headers, message.headers)
    headers[DLQ_HEADERS.topic] = topic
    headers[DLQ_HEADERS.epoch] = message.epoch
    headers[DLQ_HEADERS.offset] = message.offset.toString()
    headers[DLQ_HEADERS.deliveries] = String(deliveries)
    const payload = message.payload
    const publishedAtMs = now()
    metrics.deadLettered.inc()
    this.#chainPublish(
      async () => {
        const position = await history.append(tenant, dlq, { payload, headers, publishedAtMs })
        await router.publish({
          tenant,
          topic: dlq,
          payload,
          headers,
          epoch: position.epoch,
          offset: position.offset,
          publishedAtMs,
          // Not this connection: echo suppression must not hide the dead letter from it.
          origin: { nodeId, connectionId: '' },
        })
      },
      (err) => logger.error({ err, sessionId: this.id, topic: dlq }, 'dead-lettering failed'),
    )
  }
}

/** The metrics label of a codec. */
function codecLabel(codec: FrameCodec): CodecLabel {
  return codec.binary ? 'proto' : 'json'
}

function fallbackQueue(timers: Timers, now: () => number): DeadlineQueue {
  let queue = fallbackQueues.get(timers)
  if (queue === undefined) {
    queue = new DeadlineQueue(timers, now)
    fallbackQueues.set(timers, queue)
  }
  return queue
}

/** Creates a session. Call `start()` once the socket is open. */
export function createSession(deps: SessionDeps): Session {
  return new Session(deps)
}

/** A close reason cut to the 123-byte limit of a close frame (on a UTF-8 boundary). */
export function truncateReason(reason: string): string {
  const bytes = new TextEncoder().encode(reason)
  if (bytes.length <= 123) return reason
  let end = 123
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--
  return new TextDecoder().decode(bytes.slice(0, end))
}

/** `callEach`'s callback for the deadline queue. */
function reachDeadline(entry: DeadlineEntry): void {
  entry.deadlineReached()
}
