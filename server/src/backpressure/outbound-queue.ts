/**
 * The per-connection outbound queue. Frames are queued and written in one burst per
 * event-loop turn (coalesced flush through an injected scheduler). The queue is bounded by
 * bytes and by messages, counted by the server itself: queued bytes + bytes the socket still
 * buffers must stay within `maxBytes`, queued frames within `maxMessages`. `offer()` never
 * blocks: when a frame does not fit it returns false and the caller closes the connection
 * (4008 SLOW_CONSUMER) — nothing is dropped silently. Entries keep their enqueue time so an
 * age limit (a later issue) fits without changing callers.
 */
import type { RelaySocket } from '../runtime/socket.js'

/** A queued frame. */
interface Entry {
  readonly data: Uint8Array | string
  readonly bytes: number
  readonly enqueuedAtMs: number
  /** Called with the flush time, e.g. to record delivery lag. */
  readonly onWritten: ((nowMs: number) => void) | undefined
}

/** Options of one queue. */
export interface OutboundQueueOptions {
  readonly socket: Pick<RelaySocket, 'sendBatch' | 'bufferedAmount'>
  /** Byte cap: queued bytes + socket.bufferedAmount. */
  readonly maxBytes: number
  /** Frame cap of the queue itself. */
  readonly maxMessages: number
  /** Schedules a flush for later in this event-loop turn (queueMicrotask / setImmediate). */
  readonly schedule: (flush: () => void) => void
  /** Clock, milliseconds. */
  readonly now: () => number
  /** Called after each flush with the number of frames and bytes written. */
  readonly onFlushed?: (frames: number, bytes: number) => void
}

/** A bounded outbound queue for one connection. */
export interface OutboundQueue {
  /** Queues a frame. false: it would exceed a cap (nothing queued); the caller must close as slow consumer. */
  offer(data: Uint8Array | string, bytes: number, onWritten?: (nowMs: number) => void): boolean
  /** Queues a frame regardless of the caps (control frames such as Disconnect). */
  force(data: Uint8Array | string, bytes: number): void
  /** Writes everything queued now. */
  flush(): void
  /** Drops everything queued (slow consumer: the socket will be closed). */
  clear(): void
  /** Frames queued. */
  readonly length: number
  /** Bytes queued (not counting the socket's buffer). */
  readonly bytes: number
  /** Age of the oldest queued frame in milliseconds (0 when empty). */
  oldestAgeMs(): number
}

/** Creates an outbound queue. */
export function createOutboundQueue(options: OutboundQueueOptions): OutboundQueue {
  let entries: Entry[] = []
  let queuedBytes = 0
  let scheduled = false

  const flush = () => {
    scheduled = false
    if (entries.length === 0) return
    const batch = entries
    const bytes = queuedBytes
    entries = []
    queuedBytes = 0
    options.socket.sendBatch(batch.map((e) => e.data))
    const now = options.now()
    for (const e of batch) e.onWritten?.(now)
    options.onFlushed?.(batch.length, bytes)
  }

  const push = (entry: Entry) => {
    entries.push(entry)
    queuedBytes += entry.bytes
    if (!scheduled) {
      scheduled = true
      options.schedule(flush)
    }
  }

  return {
    offer(data, bytes, onWritten) {
      if (entries.length + 1 > options.maxMessages) return false
      if (queuedBytes + bytes + options.socket.bufferedAmount > options.maxBytes) return false
      push({ data, bytes, enqueuedAtMs: options.now(), onWritten })
      return true
    },
    force(data, bytes) {
      push({ data, bytes, enqueuedAtMs: options.now(), onWritten: undefined })
    },
    flush,
    clear() {
      entries = []
      queuedBytes = 0
    },
    get length() {
      return entries.length
    },
    get bytes() {
      return queuedBytes
    },
    oldestAgeMs() {
      const first = entries[0]
      return first === undefined ? 0 : options.now() - first.enqueuedAtMs
    },
  }
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4
        i++
      } else n += 3
    } else n += 3
  }
  return n
}

/** Byte length of a WebSocket message payload. */
export function wireLength(data: Uint8Array | string): number {
  return typeof data === 'string' ? utf8Length(data) : data.byteLength
}
