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
import { wireLength } from '../backpressure/outbound-queue.js'
import type { DeliveryConfig } from '../config/schema.js'
import { RelayError } from '../errors.js'
import type { HistoryStore, Position, StoredMessage } from '../history/store.js'
import type { RelayMetrics } from '../metrics/metrics.js'

/** A resume position that cannot be honoured; `position` is the topic's current one (sent as Error.position). */
export class PositionError extends RelayError {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(Code.CODE_UNRECOVERABLE_POSITION, message)
  }
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
  send(data: WireData, bytes: number, publishedAtMs: number): boolean
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

/** `Pending.count` of a delivery handed to the dead-letter path (removed at the end of `redeliver`). */
const DEAD_LETTERED = -1

/** One unacknowledged delivery. */
interface Pending {
  readonly message: StreamMessage
  count: number
  deadlineMs: number
  readonly firstSentMs: number
}

/** Delivery state of one at-least-once or resumed subscription. */
export class TopicStream {
  readonly topic: string
  readonly atLeastOnce: boolean
  readonly maxInFlight: number
  readonly #host: StreamHost
  #epoch: string
  /** Highest offset handed to the client (or skipped as trimmed). */
  #cursor: bigint
  /** Highest offset known to exist. */
  #head: bigint
  /** Offsets up to this one were never delivered to this subscription. */
  #start: bigint
  /**
   * Unacknowledged deliveries in offset order (offsets are tracked in increasing order). An
   * array, not a Map keyed by offset: acks are cumulative (they remove a prefix) and nothing
   * looks an offset up, while hashing a bigint key per delivery costs more than the delivery.
   */
  #pending: Pending[] = []
  #isPumping = false
  #isClosed = false

  constructor(host: StreamHost, options: StreamOptions) {
    this.#host = host
    this.topic = options.topic
    this.atLeastOnce = options.atLeastOnce
    this.maxInFlight = options.maxInFlight
    this.#epoch = options.epoch
    this.#cursor = options.startAfter
    this.#start = options.startAfter
    this.#head = options.head > options.startAfter ? options.head : options.startAfter
  }

  /** The stream's epoch. */
  get epoch(): string {
    return this.#epoch
  }

  /** The highest offset delivered so far. */
  get cursor(): bigint {
    return this.#cursor
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
      if (position.epoch === this.#epoch && position.offset > this.#head) this.#head = position.offset
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
    if (this.#isClosed) return true
    if (message.epoch !== this.#epoch) this.#restart(message.epoch)
    if (message.offset <= this.#cursor) return true // already replayed
    if (message.offset > this.#head) this.#head = message.offset
    if (this.#isPumping || message.offset !== this.#cursor + 1n || !this.#hasRoom()) {
      this.pump()
      return true
    }
    this.#cursor = message.offset
    if (this.atLeastOnce) this.#track(message)
    return this.#host.send(data, bytes, message.publishedAtMs)
  }

  /**
   * A cumulative ack. Throws RelayError(BAD_REQUEST) for an epoch or offset never delivered to
   * this subscription, and then changes nothing.
   */
  ack(epoch: string, offset: bigint): void {
    if (epoch !== this.#epoch || offset <= this.#start || offset > this.#cursor) {
      throw new RelayError(Code.CODE_BAD_REQUEST, 'ack for an offset never delivered to this subscription')
    }
    const now = this.#host.now()
    const { metrics } = this.#host
    const pending = this.#pending
    let acked = 0
    while (acked < pending.length && (pending[acked] as Pending).message.offset <= offset) {
      metrics.ackLatency.observe(Math.max(0, now - (pending[acked] as Pending).firstSentMs) / 1000)
      acked++
    }
    if (acked > 0) {
      pending.splice(0, acked)
      metrics.acksPending.dec(acked)
    }
    this.pump()
  }

  /** Redelivers (or dead-letters) every delivery whose ack wait passed; returns the next deadline (Infinity: none). */
  redeliver(nowMs: number): number {
    if (this.#isClosed) return Number.POSITIVE_INFINITY
    const { policy, metrics } = this.#host
    let next = Number.POSITIVE_INFINITY
    let deadLettered = 0
    for (const pending of this.#pending) {
      if (pending.deadlineMs > nowMs) {
        if (pending.deadlineMs < next) next = pending.deadlineMs
        continue
      }
      if (pending.count >= policy.maxDeliver) {
        const deliveries = pending.count
        pending.count = DEAD_LETTERED
        deadLettered++
        this.#host.deadLetter(this.topic, pending.message, deliveries)
        continue
      }
      pending.count++
      pending.deadlineMs = nowMs + policy.ackWaitMs
      metrics.redeliveries.inc()
      if (!this.#send(pending.message, pending.count)) {
        this.#forgetDeadLettered(deadLettered)
        return Number.POSITIVE_INFINITY
      }
      if (pending.deadlineMs < next) next = pending.deadlineMs
    }
    this.#forgetDeadLettered(deadLettered)
    this.pump()
    return next
  }

  /** Removes the `count` deliveries that `redeliver` marked as dead-lettered. */
  #forgetDeadLettered(count: number): void {
    if (count === 0) return
    this.#pending = this.#pending.filter((p) => p.count !== DEAD_LETTERED)
    this.#host.metrics.acksPending.dec(count)
  }

  /** Replays from the store what lies between the cursor and the head, page by page, while the window has room. */
  pump(): void {
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
    this.#pending = []
  }

  #hasRoom(): boolean {
    return !this.atLeastOnce || this.#pending.length < this.maxInFlight
  }

  /** The topic restarted in a new epoch (the store lost its state): deliver the new epoch from its start. */
  #restart(epoch: string): void {
    if (this.#pending.length > 0) this.#host.metrics.acksPending.dec(this.#pending.length)
    this.#pending = []
    this.#epoch = epoch
    this.#cursor = 0n
    this.#start = 0n
    this.#head = 0n
  }

  async #replay(): Promise<void> {
    const host = this.#host
    const { policy } = host
    while (!this.#isClosed && host.isOpen() && this.#cursor < this.#head && this.#hasRoom()) {
      const room = this.atLeastOnce ? this.maxInFlight - this.#pending.length : policy.replayPageSize
      const limit = Math.min(policy.replayPageSize, room)
      const epoch = this.#epoch
      const rows = await host.history.read(host.tenant, this.topic, this.#cursor, limit)
      if (this.#isClosed || !host.isOpen() || epoch !== this.#epoch) return
      if (rows.length === 0) {
        // Everything up to the head was trimmed before it could be delivered: say so, never silently.
        this.#gap(this.#head - this.#cursor)
        this.#cursor = this.#head
        return
      }
      for (const row of rows) {
        if (row.epoch !== this.#epoch) {
          this.#restart(row.epoch)
          this.#head = row.offset
          break
        }
        if (row.offset <= this.#cursor) continue
        if (row.offset > this.#cursor + 1n) this.#gap(row.offset - this.#cursor - 1n)
        this.#cursor = row.offset
        if (row.offset > this.#head) this.#head = row.offset
        if (this.atLeastOnce) this.#track(row)
        if (!this.#send(row, 1)) return
      }
      await host.flushed()
    }
  }

  #track(message: StreamMessage): void {
    const now = this.#host.now()
    const deadlineMs = now + this.#host.policy.ackWaitMs
    this.#pending.push({ message, count: 1, deadlineMs, firstSentMs: now })
    this.#host.metrics.acksPending.inc()
    this.#host.armRedelivery(deadlineMs)
  }

  /** Encodes a delivery for this subscriber alone (replays, redeliveries). */
  #send(message: StreamMessage, deliveryCount: number): boolean {
    const data = this.#host.codec.encodeServer({
      delivery: {
        topic: this.topic,
        payload: message.payload,
        headers: message.headers as Record<string, string>,
        epoch: message.epoch,
        offset: fromU64(message.offset),
        publishedAtMs: fromU64(BigInt(message.publishedAtMs)),
        deliveryCount,
      },
    })
    return this.#host.send(data, wireLength(data), message.publishedAtMs)
  }

  #gap(dropped: bigint): void {
    if (dropped <= 0n) return
    const data = this.#host.codec.encodeServer({ gap: { topic: this.topic, dropped: fromU64(dropped) } })
    this.#host.send(data, wireLength(data), this.#host.now())
  }
}
