/**
 * The per-connection outbound queue. Frames are queued and written in one burst per
 * event-loop turn (coalesced flush through an injected scheduler). The queue is bounded by
 * bytes, by messages and by age, counted by the server itself: queued bytes + bytes the socket
 * still buffers must stay within `maxBytes`, queued frames within `maxMessages`, and the oldest
 * byte not yet written to the network must be younger than `maxAgeMs`. `offer()` never
 * blocks: when a frame does not fit it returns false (`refusal` says which cap) and the caller
 * applies the slow-consumer policy (close 4008, or drop with a Gap notice) — nothing is
 * dropped silently.
 *
 * Unread bytes: the kernel's socket buffers below the runtime's can hold megabytes that no
 * runtime reports. While frames flow, the queue sends a WebSocket ping every `probeIntervalMs`
 * after the batch it has just written; the client's pong proves it has read everything up to
 * that batch. Until the pong arrives, the batch's bytes are unread, and once they are older than
 * `maxUnreadAgeMs`, `offer` refuses (`unread`). At most one probe is outstanding; an idle queue
 * sends none.
 *
 * Age across the socket buffer: the runtime only reports how many bytes it still buffers, not
 * since when. The queue counts the payload bytes it handed to the socket and keeps a few marks
 * (bytes written so far, enqueue time of that batch) while the socket is backed up; the bytes
 * drained are `written - bufferedAmount`, and the oldest mark not yet drained dates the oldest
 * byte still waiting. While the socket's buffer is empty there are no marks and no extra work.
 *
 * This is the fanout hot path (one `offer` per delivery), so it allocates nothing, per frame or
 * per batch: a batch's frames sit in an array taken from a pool that the queues of one settings
 * object share, written up to a count (never shrunk, so it keeps its capacity), handed to the
 * socket with that count, cleared and given back after the write. Per-batch facts (frames,
 * bytes, delivery lag of the oldest frame) are reported once per flush to the flush listener.
 */
import type { RelaySocket } from '../runtime/socket.js'

/**
 * Told after each flush that handed frames to an open socket. An object with a method rather
 * than a callback, so a listener (the session) needs no closure of its own per connection.
 */
export interface FlushListener {
  /**
   * The number of frames and their payload bytes, and the delivery lag of the batch's oldest
   * delivery: flush time minus the publish time of the batch's first frame that carried one, in
   * whole milliseconds (at least 0; -1 when no frame did). Small integers only: V8 would box an
   * epoch time passed to a call it did not inline, once per flush and connection.
   */
  flushed(frames: number, bytes: number, lagMs: number): void
}

/** The settings queues can share (the gateway: one set for every connection of a relay). */
export interface OutboundQueueSettings {
  /** Byte cap: queued bytes + socket.bufferedAmount. */
  readonly maxBytes: number
  /** Frame cap of the queue itself. */
  readonly maxMessages: number
  /** Age cap of the oldest unwritten byte (queue + socket buffer), in milliseconds. 0 or absent: none. */
  readonly maxAgeMs?: number
  /**
   * Age cap of the oldest byte written and not yet read by the client, proven by a ping probe
   * (see the module comment), in milliseconds. 0 or absent: no probes.
   */
  readonly maxUnreadAgeMs?: number
  /**
   * Schedules a flush for later in this event-loop turn (queueMicrotask / setImmediate). Queues
   * sharing settings share the scheduled call too: one call flushes every queue that asked for a
   * flush since the last one, in the order they asked.
   */
  readonly schedule: (flush: () => void) => void
  /** Clock, whole milliseconds (the same clock as the `publishedAtMs` passed to `offer`). */
  readonly now: () => number
}

/**
 * What a delivery's publish time is read from: the message itself (a BrokerMessage, a stream's
 * message). An object rather than the number: an epoch time is a double, which V8 boxes anew each
 * time it is passed to a call it did not inline, i.e. 16 bytes per delivery on the fanout path.
 */
export interface Published {
  readonly publishedAtMs: number
}

/** The socket a queue writes to (`sendBatch(frames, count)` writes `frames[0..count)`). */
export type OutboundSocket = Pick<RelaySocket, 'sendBatch' | 'bufferedAmount' | 'ping'>

/** Options of one queue. */
export interface OutboundQueueOptions extends OutboundQueueSettings {
  readonly socket: OutboundSocket
  /** Initial flush listener; `setFlushListener` replaces it. */
  readonly onFlushed?: FlushListener
}

/** A bounded outbound queue for one connection. */
export interface OutboundQueue {
  /**
   * Queues a frame. false: it would exceed a cap (nothing queued; `refusal` names the cap); the
   * caller applies the slow-consumer policy. `published` (deliveries): the publish time of a
   * batch's first one is reported at its flush.
   */
  offer(data: Uint8Array | string, bytes: number, published?: Published): boolean
  /** The cap that refused the last refused `offer`. */
  readonly refusal: QueueRefusal
  /** Whether `frames` more frames of `bytes` in total would be accepted now (by bytes and count; the age is checked by `offer`). */
  fits(frames: number, bytes: number): boolean
  /** Queues a frame regardless of the caps (control frames such as Disconnect). */
  force(data: Uint8Array | string, bytes: number): void
  /** Writes everything queued now. */
  flush(): void
  /** Drops everything queued (slow consumer: the socket will be closed). */
  clear(): void
  /**
   * The client answered a ping: it has read everything written before the ping (any ping: pongs
   * come in order, and a client may answer only the latest of several).
   */
  pong(): void
  /** Age of the outstanding probe, i.e. of the bytes it vouches for, in milliseconds (0: none outstanding). */
  unreadAgeMs(): number
  /** Sets (or removes) the one flush listener, e.g. the session's per-batch metrics. */
  setFlushListener(listener: FlushListener | undefined): void
  /** Frames queued. */
  readonly length: number
  /** Bytes queued (not counting the socket's buffer). */
  readonly bytes: number
  /** Bytes the socket still buffers (its `bufferedAmount`). */
  readonly socketBytes: number
  /** Age of the oldest byte not yet written to the network (queue + socket buffer), in milliseconds (0 when none). */
  oldestAgeMs(): number
}

/** Which cap refused a frame. */
export type QueueRefusal = 'bytes' | 'messages' | 'age' | 'unread'

/** Most marks kept while the socket is backed up; beyond it neighbours are merged (keeping the older time). */
const MAX_MARKS = 64
/** Marks per maxAgeMs: the age is exact to maxAgeMs / MARKS_PER_MAX_AGE. */
const MARKS_PER_MAX_AGE = 16
/**
 * Probes per maxUnreadAgeMs while frames flow: a client that stops reading is refused between
 * maxUnreadAgeMs and 1.5 × it after it stopped; a busy connection is pinged every maxUnreadAgeMs / 2.
 */
const PROBES_PER_MAX_UNREAD_AGE = 2
/** Mark spacing without an age cap (the gauge only), in milliseconds. */
const DEFAULT_MARK_RESOLUTION_MS = 250
/**
 * Batch arrays longer than this are not pooled (a rare burst's long array is left to the collector).
 * With the bound on pooled slots, the pool holds at most 64 Ki slots (512 KiB) of frame references.
 */
const MAX_POOLED_BATCH_SLOTS = 256
const MAX_POOLED_SLOTS = 64 * 1024

type Frame = Uint8Array | string

/** The marks of a queue whose socket buffer is empty (most of them): shared, never written to. */
const NO_MARKS: number[] = []
/** The batch of a queue with nothing queued (most idle ones): shared, frozen, replaced at the first push. */
const NO_FRAMES: Frame[] = Object.freeze([]) as unknown as Frame[]
/** A slot of the due list that holds no queue. */
const NO_QUEUE = undefined as unknown as Queue
/** The spare due list while it is being walked. */
const NO_SPARE: Queue[] = Object.freeze([]) as unknown as Queue[]
/** A pooled batch slot that holds no frame. */
const EMPTY_SLOT = undefined as unknown as Frame

/**
 * What the queues of one settings object share: the caps, the clock, and the flush scheduling.
 * Kept out of the queues (one object for all, not six fields and a bound function per
 * connection); every queue's `offer` reads it, so it stays in the CPU cache.
 *
 * Times the queues keep are milliseconds since `baseMs` (this object's creation), not since the
 * Unix epoch: small integers, which V8 stores in the field itself, where an epoch time (~1.7e12,
 * beyond V8's small-integer range) costs a 16-byte number box per field and connection.
 */
class SharedSettings {
  readonly maxBytes: number
  readonly maxMessages: number
  readonly maxAgeMs: number
  readonly maxUnreadAgeMs: number
  /** Spacing of ping probes while frames flow (half of `maxUnreadAgeMs`). */
  readonly probeIntervalMs: number
  readonly markResolutionMs: number
  readonly now: () => number
  readonly baseMs: number
  readonly #schedule: (flush: () => void) => void
  /**
   * Queues that asked for a flush since the scheduled call last ran, in that order:
   * `#due[0..#dueCount)`. Two arrays take turns (the scheduled call walks one while queues
   * asking meanwhile go to the other), and are emptied slot by slot, so they keep their capacity
   * instead of growing anew every turn.
   */
  #due: Queue[] = []
  #dueCount = 0
  /** The other array, empty; NO_SPARE while a scheduled call walks it (a nested call then takes a new one). */
  #spareDue: Queue[] = []
  /**
   * Free batch arrays (`#batches[0..#freeBatches)`), their slots all empty. A stack with a count
   * rather than push/pop, so neither it nor its arrays are ever resized back and forth: with
   * 1 000 subscribers, 1 000 arrays go out and come back every turn.
   */
  #batches: Frame[][] = []
  #freeBatches = 0
  /** Slots of the free batch arrays (the pool's bound). */
  #pooledSlots = 0
  /** `#flushDue` bound once: what the scheduler gets. */
  readonly #onScheduled: () => void

  constructor(settings: OutboundQueueSettings) {
    this.maxBytes = settings.maxBytes
    this.maxMessages = settings.maxMessages
    this.maxAgeMs = settings.maxAgeMs ?? 0
    this.maxUnreadAgeMs = settings.maxUnreadAgeMs ?? 0
    this.probeIntervalMs = Math.max(1, Math.floor(this.maxUnreadAgeMs / PROBES_PER_MAX_UNREAD_AGE))
    this.markResolutionMs = this.maxAgeMs > 0 ? this.maxAgeMs / MARKS_PER_MAX_AGE : DEFAULT_MARK_RESOLUTION_MS
    this.now = settings.now
    this.baseMs = settings.now()
    this.#schedule = settings.schedule
    this.#onScheduled = this.#flushDue.bind(this)
  }

  /**
   * The clock, as a small integer of milliseconds since `baseMs` (see the class). `Math.trunc`
   * makes it one: V8 boxes a difference of two epoch times even when it is integral. The clock
   * counts whole milliseconds, so nothing is lost.
   */
  sinceBase(ms: number): number {
    return Math.trunc(ms - this.baseMs)
  }

  /** An empty batch array (its `length` is its capacity; the queue counts what it holds). */
  takeBatch(): Frame[] {
    const n = this.#freeBatches
    if (n === 0) return []
    this.#freeBatches = n - 1
    const batch = this.#batches[n - 1] as Frame[]
    this.#batches[n - 1] = NO_FRAMES
    this.#pooledSlots -= batch.length
    return batch
  }

  /** Takes back a batch array whose first `count` slots the socket has written: they are emptied (no frame kept alive). */
  releaseBatch(batch: Frame[], count: number): void {
    for (let i = 0; i < count; i++) batch[i] = EMPTY_SLOT
    const slots = batch.length
    if (slots > MAX_POOLED_BATCH_SLOTS || this.#pooledSlots + slots > MAX_POOLED_SLOTS) return
    this.#pooledSlots += slots
    const n = this.#freeBatches
    if (n === this.#batches.length) this.#batches.push(batch)
    else this.#batches[n] = batch
    this.#freeBatches = n + 1
  }

  /** Flushes `queue` with the next scheduled call (at most one call pending at a time). */
  requestFlush(queue: Queue): void {
    const n = this.#dueCount
    if (n === 0) this.#schedule(this.#onScheduled)
    const due = this.#due
    if (n < due.length) due[n] = queue
    else due.push(queue)
    this.#dueCount = n + 1
  }

  /** The scheduled call: flushes every queue due. Queues asking while it runs wait for the next call. */
  #flushDue(): void {
    const due = this.#due
    const count = this.#dueCount
    const spare = this.#spareDue
    this.#due = spare === NO_SPARE ? [] : spare
    this.#dueCount = 0
    this.#spareDue = NO_SPARE
    // `callEach` (util/call-each.ts), written out: this loop runs once per queue per turn on the
    // fanout path, where the helper's callback call measured slower in scenario A (median 838 vs
    // 797 ns per delivery, alternating runs). One failing flush must not keep the other
    // connections' frames queued.
    let failure: { err: unknown } | undefined
    for (let i = 0; i < count; i++) {
      try {
        ;(due[i] as Queue).flush()
      } catch (err) {
        failure ??= { err }
      }
      due[i] = NO_QUEUE
    }
    this.#spareDue = due
    if (failure !== undefined) throw failure.err
  }
}

/**
 * The queue's own state in one object, so an `offer` touches as few cache lines as possible
 * (with 1000s of connections, fanout speed is bounded by memory loads, not by instructions).
 */
class Queue implements OutboundQueue {
  // Fields `offer` reads come first (V8 lays fields out in declaration order), and are small
  // integers or pointers: a double field is a separate heap box, one more memory load.
  /** The batch being queued, in `#frames[0..#count)` (NO_FRAMES when empty); a flush hands it to the socket. */
  #frames: Frame[] = NO_FRAMES
  #count = 0
  #queuedBytes = 0
  /**
   * `socket.bufferedAmount` as last read, at the first frame of each batch.
   * The socket's buffer only shrinks until something writes to it again, so while a batch is
   * queued this is an upper bound: a frame that fits under it fits. A frame that does not fit
   * re-reads the real value, so nothing is refused on a stale number.
   */
  #socketBytes = 0
  readonly #settings: SharedSettings
  /** Payload bytes handed to the socket so far. */
  #written = 0
  /**
   * While the socket is backed up: pairs [bytes written at the mark, enqueue time of the batch
   * written last (since `baseMs`)], oldest first.
   */
  #marks: number[] = NO_MARKS
  /** Enqueue time of the oldest frame of the last flushed batch (since `baseMs`). */
  #lastBatchAtMs = 0
  /** Time of the outstanding ping probe, i.e. of the batch written just before it (since `baseMs`); -1: none. */
  #probeAtMs = -1
  /** No probe before this (since `baseMs`); -1: set at the first flush, so a new connection is not pinged at once. */
  #nextProbeAtMs = -1
  refusal: QueueRefusal = 'bytes'
  #isScheduled = false
  /** Whether `#firstPublishedAtMs` is set for the current batch. */
  #hasPublishedAt = false
  /** The `publishedAtMs` of the batch's first delivery (since `baseMs`). */
  #firstPublishedAtMs = 0
  /** Enqueue time of the batch's first frame (since `baseMs`). */
  #oldestEnqueuedAtMs = 0
  readonly #socket: OutboundSocket
  #listener: FlushListener | undefined

  constructor(settings: SharedSettings, socket: OutboundSocket, listener: FlushListener | undefined) {
    this.#settings = settings
    this.#socket = socket
    this.#listener = listener
  }

  offer(data: Frame, bytes: number, published?: Published): boolean {
    const count = this.#count
    const settings = this.#settings
    if (count >= settings.maxMessages) {
      this.refusal = 'messages'
      return false
    }
    if (count === 0) {
      const socketBytes = this.#socket.bufferedAmount
      this.#socketBytes = socketBytes
      if (socketBytes === 0) {
        if (this.#marks.length !== 0) this.#marks = NO_MARKS
      } else if (settings.maxAgeMs > 0 && this.#socketAgeMs(socketBytes) > settings.maxAgeMs) {
        this.refusal = 'age'
        return false
      }
      // One comparison per batch; the clock is read only while a probe is outstanding.
      if (this.#probeAtMs >= 0 && this.unreadAgeMs() > settings.maxUnreadAgeMs) {
        this.refusal = 'unread'
        return false
      }
    }
    const queued = this.#queuedBytes + bytes
    if (queued + this.#socketBytes > settings.maxBytes) {
      this.#socketBytes = this.#socket.bufferedAmount
      if (queued + this.#socketBytes > settings.maxBytes) {
        this.refusal = 'bytes'
        return false
      }
    }
    this.#push(data, bytes)
    // Deliveries are queued in publish order (per publisher), so the batch's first one is its oldest.
    if (published !== undefined && !this.#hasPublishedAt) {
      this.#hasPublishedAt = true
      this.#firstPublishedAtMs = settings.sinceBase(published.publishedAtMs)
    }
    return true
  }

  fits(frames: number, bytes: number): boolean {
    const length = this.#count
    const settings = this.#settings
    if (length + frames > settings.maxMessages) return false
    const socketBytes = length === 0 ? this.#socket.bufferedAmount : this.#socketBytes
    return this.#queuedBytes + bytes + socketBytes <= settings.maxBytes
  }

  force(data: Frame, bytes: number): void {
    this.#push(data, bytes)
  }

  #push(data: Frame, bytes: number): void {
    let frames = this.#frames
    if (frames === NO_FRAMES) {
      const settings = this.#settings
      frames = settings.takeBatch()
      this.#frames = frames
      // Only the oldest frame's enqueue time is kept (for oldestAgeMs): one clock read per batch.
      this.#oldestEnqueuedAtMs = settings.sinceBase(settings.now())
    }
    const count = this.#count
    if (count < frames.length) frames[count] = data
    else frames.push(data)
    this.#count = count + 1
    this.#queuedBytes += bytes
    if (!this.#isScheduled) {
      this.#isScheduled = true
      this.#settings.requestFlush(this)
    }
  }

  flush(): void {
    this.#isScheduled = false
    const batch = this.#frames
    const count = this.#count
    if (count === 0) return
    const settings = this.#settings
    const bytes = this.#queuedBytes
    const hasPublishedAt = this.#hasPublishedAt
    // Read now: a delivery queued while the socket writes sets it for the next batch.
    const firstPublishedAtMs = this.#firstPublishedAtMs
    // Detached before the write: a frame queued while the socket writes (re-entrantly) starts a new batch.
    this.#frames = NO_FRAMES
    this.#count = 0
    this.#queuedBytes = 0
    this.#hasPublishedAt = false
    this.#lastBatchAtMs = this.#oldestEnqueuedAtMs
    // No socket read here: the next batch's first offer reads bufferedAmount afresh.
    const result = this.#socket.sendBatch(batch, count)
    // The socket is done with the array when sendBatch returns (the RelaySocket contract).
    settings.releaseBatch(batch, count)
    if (result !== 'dropped') {
      this.#written += bytes
      if (settings.maxUnreadAgeMs > 0 && this.#probeAtMs < 0) this.#probe()
    }
    const listener = this.#listener
    if (listener !== undefined && result !== 'dropped') {
      // The clock is read only for a batch with a delivery in it.
      const lagMs = hasPublishedAt ? Math.max(0, settings.sinceBase(settings.now()) - firstPublishedAtMs) : -1
      listener.flushed(count, bytes, lagMs)
    }
  }

  clear(): void {
    const frames = this.#frames
    if (frames !== NO_FRAMES) this.#settings.releaseBatch(frames, this.#count)
    this.#frames = NO_FRAMES
    this.#count = 0
    this.#queuedBytes = 0
    this.#hasPublishedAt = false
  }

  /**
   * After a batch went out with no probe outstanding: pings when the next probe is due. The
   * batch's enqueue time stands for the ping's (no clock read; it is at most one event-loop turn
   * older, so the unread age errs towards older by that).
   */
  #probe(): void {
    const at = this.#lastBatchAtMs
    if (this.#nextProbeAtMs < 0) {
      this.#nextProbeAtMs = at + this.#settings.probeIntervalMs
    } else if (at >= this.#nextProbeAtMs) {
      this.#probeAtMs = at
      this.#socket.ping()
    }
  }

  pong(): void {
    if (this.#probeAtMs < 0) return
    this.#probeAtMs = -1
    const settings = this.#settings
    this.#nextProbeAtMs = settings.sinceBase(settings.now()) + settings.probeIntervalMs
  }

  unreadAgeMs(): number {
    if (this.#probeAtMs < 0) return 0
    const settings = this.#settings
    return Math.max(0, settings.sinceBase(settings.now()) - this.#probeAtMs)
  }

  setFlushListener(listener: FlushListener | undefined): void {
    this.#listener = listener
  }

  get length(): number {
    return this.#count
  }

  get bytes(): number {
    return this.#queuedBytes
  }

  get socketBytes(): number {
    return this.#socket.bufferedAmount
  }

  oldestAgeMs(): number {
    const socketBytes = this.#socket.bufferedAmount
    if (socketBytes > 0) {
      const age = this.#socketAgeMs(socketBytes)
      if (age > 0) return age
    } else if (this.#marks.length !== 0) {
      this.#marks = NO_MARKS
    }
    if (this.#count === 0) return 0
    const settings = this.#settings
    return settings.now() - settings.baseMs - this.#oldestEnqueuedAtMs
  }

  /**
   * Age of the oldest byte the socket still buffers (`socketBytes` > 0). Marks the bytes written
   * since the last mark (one flush: batches and flushes alternate) with that batch's enqueue
   * time, forgets marks already drained, and dates the oldest remaining one.
   */
  #socketAgeMs(socketBytes: number): number {
    const marks = this.#marks
    const written = this.#written
    const n = marks.length
    if (n === 0) this.#marks = [written, this.#lastBatchAtMs]
    else if ((marks[n - 2] as number) < written) {
      // A new mark per `markResolutionMs` at most; bytes in between join the previous mark
      // (dated older by less than the resolution). Marks then stay few while the age is below its cap.
      if (this.#lastBatchAtMs - (marks[n - 1] as number) >= this.#settings.markResolutionMs) {
        marks.push(written, this.#lastBatchAtMs)
        if (marks.length > 2 * MAX_MARKS) this.#marks = halve(marks)
      } else {
        marks[n - 2] = written
      }
    }
    // Payload count vs. framed bytes: frame headers make `drained` a slight underestimate, so
    // the age errs towards older, by at most one batch.
    const current = this.#marks
    const drained = written - socketBytes
    let first = 0
    while (first < current.length - 2 && (current[first] as number) <= drained) first += 2
    if (first > 0) current.splice(0, first)
    const settings = this.#settings
    return settings.now() - settings.baseMs - (current[1] as number)
  }
}

/**
 * Merges neighbouring marks pairwise: each merged mark ends where the younger one ended and
 * keeps the older one's time, so the age errs towards older by at most one merged span, and
 * the resolution stays even over the whole backlog.
 */
function halve(marks: number[]): number[] {
  const out: number[] = []
  for (let i = 0; i < marks.length; i += 4) {
    const last = i + 2 < marks.length ? i + 2 : i
    out.push(marks[last] as number, marks[i + 1] as number)
  }
  return out
}

/** Creates an outbound queue with settings of its own. */
export function createOutboundQueue(options: OutboundQueueOptions): OutboundQueue {
  return new Queue(new SharedSettings(options), options.socket, options.onFlushed)
}

/**
 * Creates outbound queues that share one set of settings and one scheduled flush call (the
 * gateway: one factory per relay), so a queue costs only its own state.
 */
export function createOutboundQueueFactory(
  settings: OutboundQueueSettings,
): (socket: OutboundSocket, onFlushed?: FlushListener) => OutboundQueue {
  const shared = new SharedSettings(settings)
  return (socket, onFlushed) => new Queue(shared, socket, onFlushed)
}

/** Re-exported for the server's callers; defined with the codecs in @zerorelay/protocol. */
export { utf8Length, wireLength } from '@zerorelay/protocol'
