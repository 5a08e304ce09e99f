/**
 * One topic's retained messages, laid out for the garbage collector: payload bytes are copied
 * into one growing byte buffer per topic and the rest of each message sits in parallel typed
 * arrays used as a ring. A retained message is therefore no JS object at all (headers aside,
 * and empty headers are one shared object).
 *
 * Why: the history keeps the last `maxMessagesPerTopic` messages (1 000 by default) for
 * minutes. Kept as objects (an entry, its `Uint8Array` view, the view's whole receive buffer,
 * a `bigint` offset and a headers object), every publish left several objects that lived just
 * long enough to be copied by each young-generation collection and then promoted, and died in
 * the old generation. On the latency benchmark (2 000 publishes/s over 100 topics) that made
 * each scavenge 2–2.5× longer (Deno: 10–13 ms against 4–5 ms without history), which is the
 * tail latency every subscriber sees during the pause. Copying a payload into the topic's
 * buffer costs one `memcpy` of its bytes.
 *
 * Offsets are contiguous within a log, so they are not stored: the oldest retained message
 * has offset `lastOffset - count + 1`.
 */

/** A retained message as `TopicLog.at()` returns it (the payload is a copy). */
export interface LoggedMessage {
  readonly payload: Uint8Array
  readonly headers: Readonly<Record<string, string>>
  readonly publishedAtMs: number
}

/** The headers of every message stored without any (one frozen object, not one per message). */
export const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze(Object.create(null))

const MIN_SLOTS = 8
const MIN_BYTES = 1024

/** Whether an object has no own enumerable keys. */
function isEmpty(headers: Readonly<Record<string, string>>): boolean {
  for (const _ in headers) return false
  return true
}

/** One topic's messages (see the module comment). Not safe for offsets past 2^53. */
export class TopicLog {
  /** The epoch the offsets belong to. */
  readonly epoch: string
  /** Offset of the newest message appended (0 before the first). Kept after trimming. */
  lastOffset = 0
  /** Messages retained. */
  count = 0
  /** Most messages retained; the oldest is dropped past it. */
  readonly #maxMessages: number
  /** Ring index of the oldest retained message. */
  #first = 0
  #publishedAtMs: Float64Array
  /** Position of each payload in `#bytes`. */
  #start: Float64Array
  #length: Float64Array
  #headers: Readonly<Record<string, string>>[]
  /** Payloads of the retained messages, oldest first, in `[#bytesHead, #bytesEnd)`. */
  #bytes: Uint8Array
  #bytesHead = 0
  #bytesEnd = 0

  constructor(epoch: string, maxMessages: number) {
    this.epoch = epoch
    this.#maxMessages = maxMessages
    const slots = Math.min(MIN_SLOTS, Math.max(1, maxMessages))
    this.#publishedAtMs = new Float64Array(slots)
    this.#start = new Float64Array(slots)
    this.#length = new Float64Array(slots)
    this.#headers = new Array(slots).fill(NO_HEADERS)
    this.#bytes = new Uint8Array(0)
  }

  /** Offset of the oldest retained message (`lastOffset + 1` when none is retained). */
  get firstOffset(): number {
    return this.lastOffset - this.count + 1
  }

  /** Assigns the next offset to a message and retains a copy of it (when `maxMessages` > 0); returns the offset. */
  append(payload: Uint8Array, headers: Readonly<Record<string, string>>, publishedAtMs: number): number {
    this.lastOffset++
    if (this.#maxMessages === 0) return this.lastOffset
    if (this.count === this.#maxMessages) this.dropOldest(1)
    if (this.count === this.#publishedAtMs.length) this.#growSlots()
    const at = this.#reserve(payload.byteLength)
    this.#bytes.set(payload, at)
    const slot = (this.#first + this.count) % this.#publishedAtMs.length
    this.#publishedAtMs[slot] = publishedAtMs
    this.#start[slot] = at
    this.#length[slot] = payload.byteLength
    this.#headers[slot] = isEmpty(headers) ? NO_HEADERS : headers
    this.count++
    return this.lastOffset
  }

  /** When the oldest retained message was published (NaN when none is retained). */
  oldestPublishedAtMs(): number {
    return this.count === 0 ? Number.NaN : (this.#publishedAtMs[this.#first] as number)
  }

  /** Drops the `n` oldest retained messages (at most `count`). */
  dropOldest(n: number): void {
    const slots = this.#publishedAtMs.length
    const drop = Math.min(n, this.count)
    for (let i = 0; i < drop; i++) {
      this.#headers[this.#first] = NO_HEADERS // no reference kept to a dropped message's headers
      this.#first = (this.#first + 1) % slots
    }
    this.count -= drop
    this.#bytesHead = this.count === 0 ? this.#bytesEnd : (this.#start[this.#first] as number)
    this.#shrinkIfSparse()
  }

  /** The retained message at ring position `i` (0 = oldest), with a copy of its payload. */
  at(i: number): LoggedMessage {
    if (i < 0 || i >= this.count) throw new RangeError(`no retained message ${i}`)
    const slot = (this.#first + i) % this.#publishedAtMs.length
    const start = this.#start[slot] as number
    return {
      // A copy: the buffer's bytes move when it is compacted, and callers keep payloads.
      payload: this.#bytes.slice(start, start + (this.#length[slot] as number)),
      headers: this.#headers[slot] as Readonly<Record<string, string>>,
      publishedAtMs: this.#publishedAtMs[slot] as number,
    }
  }

  /** Bytes held for payloads (the buffer's capacity), for tests and metrics. */
  get byteCapacity(): number {
    return this.#bytes.byteLength
  }

  /** Doubles the ring (up to `maxMessages` slots), oldest message first at slot 0. */
  #growSlots(): void {
    const old = this.#publishedAtMs.length
    const slots = Math.min(this.#maxMessages, old * 2)
    const publishedAtMs = new Float64Array(slots)
    const start = new Float64Array(slots)
    const length = new Float64Array(slots)
    const headers = new Array<Readonly<Record<string, string>>>(slots).fill(NO_HEADERS)
    for (let i = 0; i < this.count; i++) {
      const from = (this.#first + i) % old
      publishedAtMs[i] = this.#publishedAtMs[from] as number
      start[i] = this.#start[from] as number
      length[i] = this.#length[from] as number
      headers[i] = this.#headers[from] as Readonly<Record<string, string>>
    }
    this.#publishedAtMs = publishedAtMs
    this.#start = start
    this.#length = length
    this.#headers = headers
    this.#first = 0
  }

  /**
   * Returns where `n` payload bytes go at the end of the buffer. When they do not fit, the
   * retained payloads move to the start of the buffer, or of a new one twice the size needed
   * when the current one is less than twice too large.
   */
  #reserve(n: number): number {
    if (this.#bytesEnd + n > this.#bytes.byteLength) {
      const need = this.#bytesEnd - this.#bytesHead + n
      this.#compact(need > this.#bytes.byteLength / 2 ? sizeFor(need) : this.#bytes.byteLength)
    }
    const at = this.#bytesEnd
    this.#bytesEnd += n
    return at
  }

  /** Gives the buffer back when the retained payloads use less than 1/8 of it (after a burst of large messages). */
  #shrinkIfSparse(): void {
    const capacity = this.#bytes.byteLength
    if (capacity > MIN_BYTES && (this.#bytesEnd - this.#bytesHead) * 8 < capacity) {
      this.#compact(sizeFor(this.#bytesEnd - this.#bytesHead))
    }
  }

  /** Moves the retained payloads to the start of a buffer of `capacity` bytes (the current one when it has that size). */
  #compact(capacity: number): void {
    const head = this.#bytesHead
    const end = this.#bytesEnd
    if (capacity === this.#bytes.byteLength) {
      this.#bytes.copyWithin(0, head, end)
    } else {
      const next = new Uint8Array(capacity)
      next.set(this.#bytes.subarray(head, end), 0)
      this.#bytes = next
    }
    const slots = this.#publishedAtMs.length
    for (let i = 0; i < this.count; i++) {
      const slot = (this.#first + i) % slots
      this.#start[slot] = (this.#start[slot] as number) - head
    }
    this.#bytesHead = 0
    this.#bytesEnd = end - head
  }
}

/** A buffer size for `bytes` bytes with room to grow: the power of two at or above twice it, at least MIN_BYTES. */
function sizeFor(bytes: number): number {
  return Math.max(MIN_BYTES, 2 ** Math.ceil(Math.log2(bytes * 2 || 1)))
}
