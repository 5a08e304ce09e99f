/**
 * The per-connection outbound queue. Frames are queued and written in one burst per
 * event-loop turn (coalesced flush through an injected scheduler). The queue is bounded by
 * bytes and by messages, counted by the server itself: queued bytes + bytes the socket still
 * buffers must stay within `maxBytes`, queued frames within `maxMessages`. `offer()` never
 * blocks: when a frame does not fit it returns false and the caller closes the connection
 * (4008 SLOW_CONSUMER) — nothing is dropped silently.
 *
 * This is the fanout hot path (one `offer` per delivery), so it allocates nothing per frame:
 * frames sit in one array per batch, and the only per-frame bookkeeping is the byte total. Per-batch facts (frames, bytes, delivery lag of the
 * oldest frame) are reported once per flush to the flush listener.
 */
import type { RelaySocket } from '../runtime/socket.js'

/**
 * Called after each flush that handed frames to an open socket: the number of frames and
 * their payload bytes, the `publishedAtMs` of the batch's first frame that carried one (its
 * oldest delivery; undefined when none did), and the flush time in milliseconds (the queue's clock).
 */
export type FlushListener = (
  frames: number,
  bytes: number,
  oldestPublishedAtMs: number | undefined,
  nowMs: number,
) => void

/** Options of one queue. */
export interface OutboundQueueOptions {
  readonly socket: Pick<RelaySocket, 'sendBatch' | 'bufferedAmount'>
  /** Byte cap: queued bytes + socket.bufferedAmount. */
  readonly maxBytes: number
  /** Frame cap of the queue itself. */
  readonly maxMessages: number
  /** Schedules a flush for later in this event-loop turn (queueMicrotask / setImmediate). */
  readonly schedule: (flush: () => void) => void
  /** Clock, milliseconds (the same clock as the `publishedAtMs` passed to `offer`). */
  readonly now: () => number
  /** Initial flush listener; `setFlushListener` replaces it. */
  readonly onFlushed?: FlushListener
}

/** A bounded outbound queue for one connection. */
export interface OutboundQueue {
  /**
   * Queues a frame. false: it would exceed a cap (nothing queued); the caller must close as
   * slow consumer. `publishedAtMs` (deliveries): the first one of a batch is reported at its flush.
   */
  offer(data: Uint8Array | string, bytes: number, publishedAtMs?: number): boolean
  /** Queues a frame regardless of the caps (control frames such as Disconnect). */
  force(data: Uint8Array | string, bytes: number): void
  /** Writes everything queued now. */
  flush(): void
  /** Drops everything queued (slow consumer: the socket will be closed). */
  clear(): void
  /** Sets (or removes) the one flush listener, e.g. the session's per-batch metrics. */
  setFlushListener(listener: FlushListener | undefined): void
  /** Frames queued. */
  readonly length: number
  /** Bytes queued (not counting the socket's buffer). */
  readonly bytes: number
  /** Age of the oldest queued frame in milliseconds (0 when empty). */
  oldestAgeMs(): number
}

type Frame = Uint8Array | string

/**
 * The queue's state in one object, so an `offer` touches as few cache lines as possible (with
 * 1000s of connections, fanout speed is bounded by memory loads, not by instructions).
 */
class Queue implements OutboundQueue {
  // Fields `offer` reads come first (V8 lays fields out in declaration order), and are small
  // integers or pointers: a double field is a separate heap box, one more memory load.
  /** The batch being queued; a flush hands it to the socket and starts a new one. */
  #frames: Frame[] = []
  #queuedBytes = 0
  /**
   * `socket.bufferedAmount` as last read, at the first frame of each batch.
   * The socket's buffer only shrinks until something writes to it again, so while a batch is
   * queued this is an upper bound: a frame that fits under it fits. A frame that does not fit
   * re-reads the real value, so nothing is refused on a stale number.
   */
  #socketBytes = 0
  readonly #maxBytes: number
  readonly #maxMessages: number
  #isScheduled = false
  /** Whether `#firstPublishedAtMs` is set for the current batch. */
  #hasPublishedAt = false
  #firstPublishedAtMs = 0
  #oldestEnqueuedAtMs = 0
  readonly #socket: OutboundQueueOptions['socket']
  readonly #schedule: (flush: () => void) => void
  readonly #now: () => number
  #listener: FlushListener | undefined
  readonly flush = (): void => this.#flush()

  constructor(options: OutboundQueueOptions) {
    this.#socket = options.socket
    this.#maxBytes = options.maxBytes
    this.#maxMessages = options.maxMessages
    this.#schedule = options.schedule
    this.#now = options.now
    this.#listener = options.onFlushed
  }

  offer(data: Frame, bytes: number, publishedAtMs?: number): boolean {
    const frames = this.#frames
    if (frames.length >= this.#maxMessages) return false
    if (frames.length === 0) this.#socketBytes = this.#socket.bufferedAmount
    const queued = this.#queuedBytes + bytes
    if (queued + this.#socketBytes > this.#maxBytes) {
      this.#socketBytes = this.#socket.bufferedAmount
      if (queued + this.#socketBytes > this.#maxBytes) return false
    }
    this.#push(frames, data, bytes)
    // Deliveries are queued in publish order (per publisher), so the batch's first one is its oldest.
    if (publishedAtMs !== undefined && !this.#hasPublishedAt) {
      this.#hasPublishedAt = true
      this.#firstPublishedAtMs = publishedAtMs
    }
    return true
  }

  force(data: Frame, bytes: number): void {
    this.#push(this.#frames, data, bytes)
  }

  #push(frames: Frame[], data: Frame, bytes: number): void {
    // Only the oldest frame's enqueue time is kept (for oldestAgeMs): one clock read per batch.
    if (frames.length === 0) this.#oldestEnqueuedAtMs = this.#now()
    frames.push(data)
    this.#queuedBytes += bytes
    if (!this.#isScheduled) {
      this.#isScheduled = true
      this.#schedule(this.flush)
    }
  }

  #flush(): void {
    this.#isScheduled = false
    const batch = this.#frames
    const count = batch.length
    if (count === 0) return
    const bytes = this.#queuedBytes
    const published = this.#hasPublishedAt ? this.#firstPublishedAtMs : undefined
    // A new array rather than emptying this one: `length = 0` drops the backing store anyway.
    this.#frames = []
    this.#queuedBytes = 0
    this.#hasPublishedAt = false
    // No socket read here: the next batch's first offer reads bufferedAmount afresh.
    const result = this.#socket.sendBatch(batch)
    const listener = this.#listener
    if (listener !== undefined && result !== 'dropped') {
      listener(count, bytes, published, this.#now())
    }
  }

  clear(): void {
    this.#frames = []
    this.#queuedBytes = 0
    this.#hasPublishedAt = false
  }

  setFlushListener(listener: FlushListener | undefined): void {
    this.#listener = listener
  }

  get length(): number {
    return this.#frames.length
  }

  get bytes(): number {
    return this.#queuedBytes
  }

  oldestAgeMs(): number {
    return this.#frames.length === 0 ? 0 : this.#now() - this.#oldestEnqueuedAtMs
  }
}

/** Creates an outbound queue. */
export function createOutboundQueue(options: OutboundQueueOptions): OutboundQueue {
  return new Queue(options)
}

/** Re-exported for the server's callers; defined with the codecs in @zerorelay/protocol. */
export { utf8Length, wireLength } from '@zerorelay/protocol'
