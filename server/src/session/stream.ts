/**
 * Per-subscription delivery tracking for the subscriptions that need more than fire-and-forget
 * fanout: at-least-once subscriptions and resumed subscriptions (either mode). A `TopicStream`
 * keeps a cursor (the highest offset handed to the client) and the topic's known head; live
 * messages that are exactly next go out as the router's shared bytes (`deliveryCount` 1),
 * anything else (a gap, a full window, a replay in progress) is read back from the history
 * store in pages. At-least-once streams also keep the window of unacknowledged deliveries,
 * redeliver them after the ack wait and hand them to the dead-letter path after `maxDeliver`.
 *
 * No sockets and no timers of its own: the session (its `StreamHost`) sends, schedules and
 * dead-letters.
 */
import { Code, type FrameCodec, fromU64, type WireData } from '@zerorelay/protocol'
import { type Published, wireLength } from '../backpressure/outbound-queue.js'
import type { DeliveryConfig } from '../config/schema.js'
import { RelayError } from '../errors.js'
import type { HistoryStore, Position, StoredMessage } from '../history/store.js'
import type { RelayMetrics } from '../metrics/metrics.js'
import { type AckScan, isUtf8Of } from './ack-scan.js'
import { DEAD_LETTERED, FanoutChunk, PendingWindow } from './pending-window.js'

/** A resume position that cannot be honoured; `position` is the topic's current one (sent as Error.position). */
export class PositionError extends RelayError {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(Code.CODE_UNRECOVERABLE_POSITION, message)
  }
}

function neverDelivered(): RelayError {
  return new RelayError(Code.CODE_BAD_REQUEST, 'ack for an offset never delivered to this subscription')
}

/** A message with its position, as a stream delivers it. */
export interface StreamMessage extends StoredMessage, Position {}

/** What a stream needs from its session. */
export interface StreamHost {
  readonly codec: FrameCodec
  readonly history: HistoryStore
  readonly metrics: RelayMetrics
  readonly policy: DeliveryConfig
  readonly tenant: string
  /** Wall clock, milliseconds since the Unix epoch. */
  now(): number
  /** Whether the session still delivers. */
  isOpen(): boolean
  /** Queues a frame; false: the session could not take it and closed itself (slow consumer). */
  send(data: WireData, bytes: number, published: Published): boolean
  /** Resolves once the outbound queue was written out (or the session closed). */
  flushed(): Promise<void>
  /** Asks for a `redeliver()` call at (or soon after) `atMs`. */
  armRedelivery(atMs: number): void
  /** Publishes a message that exhausted `maxDeliver` to `$dlq.<topic>`. */
  deadLetter(topic: string, message: StreamMessage, deliveries: number): void
  /** Reports an unexpected failure of a replay (a failing store). */
  failed(topic: string, err: unknown): void
}

/** How a stream starts. */
export interface StreamOptions {
  readonly topic: string
  readonly atLeastOnce: boolean
  /** Effective max in flight (at-least-once only). */
  readonly maxInFlight: number
  /** The epoch the stream starts in. */
  readonly epoch: string
  /** Deliver messages after this offset (the resume position, or the current position). */
  readonly startAfter: bigint
  /** The topic's last offset when the subscription started. */
  readonly head: bigint
}

/**
 * Most live messages a stream keeps (as the router's shared encoding) while its window is full
 * or a replay runs; beyond it, the rest is read back from the history store.
 */
export const MAX_HELD_LIVE = 1_024

/**
 * The live message being fanned out, with the clock reading and numeric offset every
 * subscriber of it shares. The router hands one message object to all its recipients in one
 * synchronous loop, so one wall-clock read and one BigInt conversion per message replace one
 * of each per subscriber (a clock read is a runtime call, the largest single cost of tracking
 * a delivery). Keyed by the message and the clock function, so streams with another clock
 * (tests) never share a reading.
 */
let fanoutMessage: StreamMessage | undefined
let fanoutClock: (() => number) | undefined
let fanoutNowMs = 0
let fanoutOffset = 0
/**
 * Where the message being fanned out is recorded for the at-least-once subscribers that get it
 * live: one chunk slot shared by all of them (same message, offset, send time; the chunk also
 * fixes the ack wait). Set by the first of them.
 */
let fanoutChunk: FanoutChunk<StreamMessage> | undefined
let fanoutSlot = 0
/** The held-live record of the message being fanned out (see `#hold`), shared the same way. */
let fanoutHeld: Held | undefined

/** What `TopicStream.takeLive` asks of its caller. */
export type LiveVerdict = typeof LIVE_SEND | typeof LIVE_DONE | typeof LIVE_FAILED
/** Queue the live message's shared bytes now. */
export const LIVE_SEND = 0
/** Nothing to send now. */
export const LIVE_DONE = 1
/** The session could not queue a frame and closed itself. */
export const LIVE_FAILED = 2

/** A live message that could not go out at once, with its shared encoding. */
interface Held {
  readonly message: StreamMessage
  readonly offset: number
  readonly data: WireData
  readonly bytes: number
}

/** Delivery state of one at-least-once or resumed subscription. */
export class TopicStream {
  readonly topic: string
  readonly atLeastOnce: boolean
  readonly maxInFlight: number
  readonly #host: StreamHost
  // The host's clock, ack wait and pending-ack gauge, read per delivery: kept here rather than
  // one or two objects away (each object a subscriber's delivery touches is a likely cache miss
  // when a message goes to thousands of them).
  readonly #now: () => number
  readonly #ackWaitMs: number
  readonly #acksPending: { inc(): void }
  #epoch: string
  // Offsets are kept as numbers: exact up to 2^53 (docs/delivery.md), and BigInt arithmetic on
  // the per-delivery path (`cursor + 1n` allocates) cost more than the rest of the delivery.
  /** Highest offset handed to the client (or skipped as trimmed). */
  #cursor: number
  /** Highest offset known to exist. */
  #head: number
  /** Offsets up to this one were never delivered to this subscription. */
  #start: number
  /**
   * Unacknowledged deliveries in offset order (offsets are tracked in increasing order). An
   * array, not a Map keyed by offset: acks are cumulative (they remove a prefix) and nothing
   * looks an offset up, while hashing a bigint key per delivery costs more than the delivery.
   */
  readonly #pending = new PendingWindow<StreamMessage>()
  /**
   * Live messages that waited for room in the window (or for a replay to catch up), in order:
   * sent from here as the router's shared bytes once they are next, instead of being read back
   * from the store and encoded once per subscriber. One contiguous run; capped by MAX_HELD_LIVE.
   */
  #held: Held[] = []
  #isPumping = false
  #isClosed = false

  constructor(host: StreamHost, options: StreamOptions) {
    this.#host = host
    this.#now = host.now
    this.#ackWaitMs = host.policy.ackWaitMs
    this.#acksPending = host.metrics.acksPending
    this.topic = options.topic
    this.atLeastOnce = options.atLeastOnce
    this.maxInFlight = options.maxInFlight
    this.#epoch = options.epoch
    const startAfter = Number(options.startAfter)
    const head = Number(options.head)
    this.#cursor = startAfter
    this.#start = startAfter
    this.#head = head > startAfter ? head : startAfter
  }

  /** The stream's epoch. */
  get epoch(): string {
    return this.#epoch
  }

  /** The highest offset delivered so far. */
  get cursor(): bigint {
    return BigInt(this.#cursor)
  }

  /** Unacknowledged deliveries. */
  get pendingCount(): number {
    return this.#pending.length
  }

  /**
   * Starts delivering: refreshes the head from the store (messages stored while the subscription
   * was being set up are not missed) and replays what is behind it.
   */
  async start(): Promise<void> {
    try {
      const position = await this.#host.history.position(this.#host.tenant, this.topic)
      const head = Number(position.offset)
      if (position.epoch === this.#epoch && head > this.#head) this.#head = head
    } catch (err) {
      this.#host.failed(this.topic, err)
    }
    this.pump()
  }

  /**
   * A live message from the router; `data` is its shared encoding (`deliveryCount` 1). Returns
   * false only when the session could not queue it (and closed itself).
   */
  live(message: StreamMessage, data: WireData, bytes: number): boolean {
    const verdict = this.takeLive(message, data, bytes)
    return verdict === LIVE_SEND ? this.#host.send(data, bytes, message) : verdict === LIVE_DONE
  }

  /**
   * `live` without the send, for the session's fanout path: LIVE_SEND means the message is next
   * and now counts as delivered (tracked, cursor moved), and the caller queues its shared bytes
   * itself, as `StreamHost.send` would; LIVE_DONE, nothing to send now (held, replayed, already
   * delivered); LIVE_FAILED, the session could not queue something and closed itself.
   */
  takeLive(message: StreamMessage, data: WireData, bytes: number): LiveVerdict {
    if (this.#isClosed) return LIVE_DONE
    if (message.epoch !== this.#epoch) this.#restart(message.epoch)
    const now = this.#now
    if (message !== fanoutMessage || now !== fanoutClock) {
      fanoutMessage = message
      fanoutClock = now
      fanoutNowMs = now()
      fanoutOffset = Number(message.offset)
      fanoutChunk = undefined
    }
    const offset = fanoutOffset
    if (offset <= this.#cursor) return LIVE_DONE // already replayed
    if (offset > this.#head) this.#head = offset
    if (this.#isPumping || offset !== this.#cursor + 1 || !this.#hasRoom()) {
      this.#hold(message, offset, data, bytes)
      if (!this.#pumpHeld()) return LIVE_FAILED
      this.#startReplay()
      return LIVE_DONE
    }
    this.#cursor = offset
    if (this.atLeastOnce) this.#trackFanout(message, offset)
    return LIVE_SEND
  }

  /**
   * A cumulative ack. Throws RelayError(BAD_REQUEST) for an epoch or offset never delivered to
   * this subscription, and then changes nothing.
   */
  ack(epoch: string, ackedOffset: bigint): void {
    if (epoch !== this.#epoch) throw neverDelivered()
    this.ackOffset(Number(ackedOffset))
  }

  /**
   * Whether a scanned ack frame (`scanAck`) names this stream's topic and current epoch, compared
   * as bytes: then `ackOffset` takes it without building strings.
   */
  isScannedAckFor(b: Uint8Array, scan: AckScan): boolean {
    return (
      isUtf8Of(b, scan.topicStart, scan.topicEnd, this.topic) &&
      isUtf8Of(b, scan.epochStart, scan.epochEnd, this.#epoch)
    )
  }

  /**
   * A cumulative ack in the current epoch (see `isScannedAckFor`), received at `nowMs` (the
   * host's clock); throws like `ack`.
   */
  ackOffset(offset: number, nowMs: number = this.#host.now()): void {
    if (offset <= this.#start || offset > this.#cursor) throw neverDelivered()
    const { metrics } = this.#host
    const acked = this.#pending.ackUpTo(offset, nowMs, metrics.ackLatency)
    if (acked > 0) metrics.acksPending.dec(acked)
    this.pump()
  }

  /** Redelivers (or dead-letters) every delivery whose ack wait passed; returns the next deadline (Infinity: none). */
  redeliver(nowMs: number): number {
    if (this.#isClosed) return Number.POSITIVE_INFINITY
    const { policy, metrics } = this.#host
    const pending = this.#pending
    let next = pending.nextDeadlineMs()
    if (next > nowMs) {
      this.pump()
      return next
    }
    // Something is due. From here on each item is one delivery; the ones this pass may add
    // (nothing should) come after `due` and are left alone.
    pending.materialize()
    const due = pending.size
    let deadLettered = 0
    for (let n = 0; n < due; n++) {
      const slot = pending.slot(n)
      const deadlineMs = pending.deadlineMs(slot)
      if (deadlineMs > nowMs) continue
      const count = pending.count(slot)
      if (count >= policy.maxDeliver) {
        pending.update(slot, DEAD_LETTERED, deadlineMs)
        deadLettered++
        this.#host.deadLetter(this.topic, pending.message(slot), count)
        continue
      }
      pending.update(slot, count + 1, nowMs + policy.ackWaitMs)
      metrics.redeliveries.inc()
      if (!this.#send(pending.message(slot), count + 1)) {
        this.#forgetDeadLettered(deadLettered)
        return Number.POSITIVE_INFINITY
      }
    }
    this.#forgetDeadLettered(deadLettered)
    next = pending.nextDeadlineMs()
    this.pump()
    return next
  }

  /** Removes the `count` deliveries that `redeliver` marked as dead-lettered. */
  #forgetDeadLettered(count: number): void {
    if (count === 0) return
    this.#pending.removeDeadLettered()
    this.#host.metrics.acksPending.dec(count)
  }

  /** Replays from the store what lies between the cursor and the head, page by page, while the window has room. */
  pump(): void {
    if (this.#pumpHeld()) this.#startReplay()
  }

  /** Starts the paged replay from the store when the cursor is behind the head and the window has room. */
  #startReplay(): void {
    if (this.#isPumping || this.#isClosed || this.#cursor >= this.#head || !this.#hasRoom()) return
    this.#isPumping = true
    this.#replay().then(
      () => {
        this.#isPumping = false
        // A live message may have arrived between the last page and now.
        if (this.#host.isOpen()) this.pump()
      },
      (err: unknown) => {
        // No retry loop against a failing store: the next live message, ack or redelivery pumps again.
        this.#isPumping = false
        this.#host.failed(this.topic, err)
      },
    )
  }

  /** Stops the stream (unsubscribe, connection closed); its unacknowledged deliveries are forgotten. */
  close(): void {
    if (this.#isClosed) return
    this.#isClosed = true
    if (this.#pending.length > 0) this.#host.metrics.acksPending.dec(this.#pending.length)
    this.#pending.clear()
    this.#held = []
  }

  #isHeldNext(): boolean {
    return this.#held.length > 0 && (this.#held[0] as Held).offset === this.#cursor + 1
  }

  /**
   * Keeps a live message that must wait when it starts or continues the held run (else the store
   * has it). The run may start past the cursor: the replay stops where it begins.
   */
  #hold(message: StreamMessage, offset: number, data: WireData, bytes: number): void {
    const held = this.#held
    if (held.length >= MAX_HELD_LIVE) return
    if (held.length > 0 ? offset !== (held[held.length - 1] as Held).offset + 1 : offset <= this.#cursor) return
    // Every subscriber that holds this fanout holds the same record (read-only): one per message.
    let h = fanoutHeld
    if (h === undefined || h.message !== message || h.data !== data) {
      h = { message, offset, data, bytes }
      fanoutHeld = h
    }
    held.push(h)
  }

  /**
   * Sends held live messages that are next in line while the window has room (not during a
   * replay, which owns the cursor); false only when the session could not queue one.
   */
  #pumpHeld(): boolean {
    const held = this.#held
    if (held.length === 0) return true
    if (this.#isPumping || this.#isClosed) return true
    let i = 0
    let isQueued = true
    const nowMs = this.atLeastOnce ? this.#host.now() : 0
    while (i < held.length && this.#hasRoom()) {
      const h = held[i] as Held
      if (h.offset <= this.#cursor) {
        i++
        continue
      }
      if (h.offset !== this.#cursor + 1) break
      i++
      this.#cursor = h.offset
      if (this.atLeastOnce) this.#track(h.message, h.offset, nowMs)
      if (!this.#host.send(h.data, h.bytes, h.message)) {
        isQueued = false
        break
      }
    }
    if (i > 0) held.splice(0, i)
    return isQueued
  }

  #hasRoom(): boolean {
    return !this.atLeastOnce || this.#pending.length < this.maxInFlight
  }

  /** The topic restarted in a new epoch (the store lost its state): deliver the new epoch from its start. */
  #restart(epoch: string): void {
    if (this.#pending.length > 0) this.#host.metrics.acksPending.dec(this.#pending.length)
    this.#pending.clear()
    this.#held = []
    this.#epoch = epoch
    this.#cursor = 0
    this.#start = 0
    this.#head = 0
  }

  async #replay(): Promise<void> {
    const host = this.#host
    const { policy } = host
    while (!this.#isClosed && host.isOpen() && this.#cursor < this.#head && this.#hasRoom() && !this.#isHeldNext()) {
      const room = this.atLeastOnce ? this.maxInFlight - this.#pending.length : policy.replayPageSize
      const limit = Math.min(policy.replayPageSize, room)
      const epoch = this.#epoch
      const rows = await host.history.read(host.tenant, this.topic, BigInt(this.#cursor), limit)
      if (this.#isClosed || !host.isOpen() || epoch !== this.#epoch) return
      if (rows.length === 0) {
        // Everything up to the head (or the held run) was trimmed before it could be delivered:
        // say so, never silently.
        this.#skipTo(this.#held.length > 0 ? (this.#held[0] as Held).offset - 1 : this.#head)
        return
      }
      for (const row of rows) {
        const offset = Number(row.offset)
        if (row.epoch !== this.#epoch) {
          this.#restart(row.epoch)
          this.#head = offset
          break
        }
        if (offset <= this.#cursor) continue
        // From here on the held live messages are cheaper (shared bytes): pump() sends them next.
        // What the store lacks before them was trimmed.
        if (this.#held.length > 0 && offset >= (this.#held[0] as Held).offset) {
          this.#skipTo((this.#held[0] as Held).offset - 1)
          return
        }
        if (offset > this.#cursor + 1) this.#gap(offset - this.#cursor - 1)
        this.#cursor = offset
        if (offset > this.#head) this.#head = offset
        if (this.atLeastOnce) this.#track(row, offset, host.now())
        if (!this.#send(row, 1)) return
      }
      await host.flushed()
    }
  }

  /** Moves the cursor forward over offsets the store no longer has, announcing them as a gap. */
  #skipTo(offset: number): void {
    if (offset <= this.#cursor) return
    this.#gap(offset - this.#cursor)
    this.#cursor = offset
  }

  /** Adds a delivery sent at `now` (the host's clock) to the window. */
  #track(message: StreamMessage, offset: number, now: number): void {
    const deadlineMs = now + this.#ackWaitMs
    // Deadlines grow with the send order: only the first pending delivery needs a timer (the
    // redelivery pass re-arms for the next one).
    if (this.#pending.length === 0) this.#host.armRedelivery(deadlineMs)
    this.#pending.push(message, offset, now, deadlineMs)
    this.#host.metrics.acksPending.inc()
  }

  /**
   * Adds a live delivery of the message being fanned out (sent now) to the window, as a slot of
   * the shared chunk. The first subscriber to record the message appends it to the chunk its own
   * window ends in while that one has room (the chunk its topic's fanouts went to), so the other
   * subscribers' runs go on; otherwise a new chunk starts.
   */
  #trackFanout(message: StreamMessage, offset: number): void {
    const waitMs = this.#ackWaitMs
    const pending = this.#pending
    let chunk = fanoutChunk
    if (chunk === undefined || chunk.waitMs !== waitMs) {
      chunk = pending.lastChunk()
      if (chunk !== undefined && chunk.waitMs === waitMs && chunk.messages[chunk.length - 1] === message) {
        fanoutSlot = chunk.length - 1 // recorded already, by a subscriber with this ack wait
      } else {
        if (chunk === undefined || chunk.waitMs !== waitMs || !chunk.accepts(offset)) chunk = new FanoutChunk(waitMs)
        fanoutSlot = chunk.append(message, offset, fanoutNowMs)
      }
      fanoutChunk = chunk
    }
    if (pending.length === 0) this.#host.armRedelivery(fanoutNowMs + waitMs)
    pending.pushFanout(chunk, fanoutSlot)
    this.#acksPending.inc()
  }

  /** Encodes a delivery for this subscriber alone (replays, redeliveries). */
  #send(message: StreamMessage, deliveryCount: number): boolean {
    const data = this.#host.codec.encodeDelivery(this.topic, message, deliveryCount)
    return this.#host.send(data, wireLength(data), message)
  }

  #gap(dropped: number): void {
    if (dropped <= 0) return
    const data = this.#host.codec.encodeServer({ gap: { topic: this.topic, dropped: fromU64(BigInt(dropped)) } })
    this.#host.send(data, wireLength(data), { publishedAtMs: this.#host.now() })
  }
}
