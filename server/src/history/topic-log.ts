/**
 * One topic's retained messages, laid out for the garbage collector: payload bytes are copied
 * into byte chunks and the rest of each message sits in parallel typed arrays used as a ring. A
 * retained message is therefore no JS object at all (headers aside, and empty headers are one
 * shared object).
 *
 * Why: the history keeps the last `maxMessagesPerTopic` messages (1 000 by default) for
 * minutes. Kept as objects (an entry, its `Uint8Array` view, the view's whole receive buffer,
 * a `bigint` offset and a headers object), every publish left several objects that lived just
 * long enough to be copied by each young-generation collection and then promoted, and died in
 * the old generation. On the latency benchmark (2 000 publishes/s over 100 topics) that made
 * each scavenge 2–2.5× longer (Deno: 10–13 ms against 4–5 ms without history), which is the
 * tail latency every subscriber sees during the pause. Copying a payload costs one `memcpy` of
 * its bytes.
 *
 * Why chunks: the bytes used to live in one buffer per topic that doubled and was copied as the
 * topic filled. Topics that are published to at similar rates grow at the same moment, and on
 * the latency benchmark those rounds of new buffers (and the old ones left for the collector)
 * came with event-loop stalls of 50–100 ms: p99.9 40–75 ms against 11–17 ms with the buffers
 * preallocated. Now a topic's bytes sit in a queue of chunks that are never copied or resized.
 * While a topic retains under 4 KiB it takes small chunks (1 KiB), so that a topic keeping a few
 * messages (a per-user topic) stays small however much it was sent; past that it takes
 * `CHUNK_BYTES` chunks, and a chunk whose messages have all been dropped goes back to a pool
 * shared by every topic, where the next topic to need one takes it. A topic filling up
 * allocates a few small chunks and then one per 16 KiB instead of a doubled copy, and one at its
 * limit reuses chunks. A payload above `MAX_PACKED_BYTES` gets a chunk of its own, exactly its
 * size, released with it. An empty payload holds no chunk.
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
/** Size of a chunk taken while a topic retains few bytes (larger for a larger payload). */
const SMALL_CHUNK_BYTES = 1024
/** Size of a full chunk, the only size that is pooled. */
export const CHUNK_BYTES = 16 * 1024
/** Largest payload packed into a shared chunk; larger ones get a chunk of their own. */
const MAX_PACKED_BYTES = CHUNK_BYTES / 4
/** Retained bytes from which a topic takes full chunks instead of small ones. */
const FULL_CHUNKS_FROM_BYTES = CHUNK_BYTES / 4
/** Most free chunks kept for reuse, across all topics (1 MiB). */
const MAX_POOLED_CHUNKS = 64

/** Free `CHUNK_BYTES` chunks, shared by every TopicLog of the process. */
const pool: Uint8Array[] = []

/** Free chunks held by the pool (for tests). */
export function pooledChunks(): number {
  return pool.length
}

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
  /** Sequence number of the chunk holding each payload (see `#chunks`). */
  #chunkSeq: Float64Array
  /** Position of each payload in its chunk. */
  #start: Float64Array
  #length: Float64Array
  #headers: Readonly<Record<string, string>>[]
  /** Chunks holding retained payloads, oldest first; `#chunks[i]` has sequence number `#firstChunkSeq + i`. */
  #chunks: Uint8Array[] = []
  #firstChunkSeq = 0
  /** Bytes used in the newest chunk (past its length: the chunk takes no more payloads). */
  #tail = 0
  /** Payload bytes of the retained messages. */
  #retainedBytes = 0
  /**
   * Offset of the oldest retained message with a non-empty payload (Infinity: none). The chunks
   * before its chunk hold nothing retained. (An empty payload has no bytes and pins no chunk.)
   */
  #oldestWithBytes = Number.POSITIVE_INFINITY

  constructor(epoch: string, maxMessages: number) {
    this.epoch = epoch
    this.#maxMessages = maxMessages
    const slots = Math.min(MIN_SLOTS, Math.max(1, maxMessages))
    this.#publishedAtMs = new Float64Array(slots)
    this.#chunkSeq = new Float64Array(slots)
    this.#start = new Float64Array(slots)
    this.#length = new Float64Array(slots)
    this.#headers = new Array(slots).fill(NO_HEADERS)
  }

  /** Offset of the oldest retained message (`lastOffset + 1` when none is retained). */
  get firstOffset(): number {
    return this.lastOffset - this.count + 1
  }

  /** Assigns the next offset to a message and retains a copy of it (when `maxMessages` > 0); returns the offset. */
  append(payload: Uint8Array, headers: Readonly<Record<string, string>>, publishedAtMs: number): number {
    if (this.#maxMessages === 0) return ++this.lastOffset
    // Before the offset moves: `dropOldest` reads the retained range from `lastOffset` and `count`.
    if (this.count === this.#maxMessages) this.dropOldest(1)
    this.lastOffset++
    if (this.count === this.#publishedAtMs.length) this.#growSlots()
    const n = payload.byteLength
    const chunks = this.#chunks
    let at = 0
    if (n > 0) {
      at = this.#reserve(n)
      ;(chunks[chunks.length - 1] as Uint8Array).set(payload, at)
      this.#retainedBytes += n
      if (this.#oldestWithBytes === Number.POSITIVE_INFINITY) this.#oldestWithBytes = this.lastOffset
    }
    const slot = this.#slotAt(this.count)
    this.#publishedAtMs[slot] = publishedAtMs
    // An empty payload has no bytes; its chunk number is never read.
    this.#chunkSeq[slot] = this.#firstChunkSeq + chunks.length - 1
    this.#start[slot] = at
    this.#length[slot] = n
    this.#headers[slot] = isEmpty(headers) ? NO_HEADERS : headers
    this.count++
    return this.lastOffset
  }

  /** When the oldest retained message was published (NaN when none is retained). */
  oldestPublishedAtMs(): number {
    return this.count === 0 ? Number.NaN : (this.#publishedAtMs[this.#first] as number)
  }

  /** Drops the `n` oldest retained messages (at most `count`), and the chunks only they used. */
  dropOldest(n: number): void {
    const slots = this.#publishedAtMs.length
    const drop = Math.min(n, this.count)
    for (let i = 0; i < drop; i++) {
      const first = this.#first
      this.#retainedBytes -= this.#length[first] as number
      this.#headers[first] = NO_HEADERS // no reference kept to a dropped message's headers
      this.#first = (first + 1) % slots
    }
    this.count -= drop
    // Find the oldest retained payload from the last one found: each message is passed once.
    let offset = Math.max(this.#oldestWithBytes, this.firstOffset)
    while (offset <= this.lastOffset && this.#length[this.#slotOf(offset)] === 0) offset++
    if (offset > this.lastOffset) {
      this.#oldestWithBytes = Number.POSITIVE_INFINITY
      this.#releaseChunksBefore(this.#firstChunkSeq + this.#chunks.length)
    } else {
      this.#oldestWithBytes = offset
      this.#releaseChunksBefore(this.#chunkSeq[this.#slotOf(offset)] as number)
    }
  }

  /** The ring slot of the retained message with offset `offset`. */
  #slotOf(offset: number): number {
    return this.#slotAt(offset - this.firstOffset)
  }

  /** The ring slot of ring position `i` (0 = the oldest retained message, `count` = the next one). */
  #slotAt(i: number): number {
    return (this.#first + i) % this.#publishedAtMs.length
  }

  /** The retained message at ring position `i` (0 = oldest), with a copy of its payload. */
  at(i: number): LoggedMessage {
    if (i < 0 || i >= this.count) throw new RangeError(`no retained message ${i}`)
    const slot = this.#slotAt(i)
    const start = this.#start[slot] as number
    const length = this.#length[slot] as number
    // A copy: chunks are reused once their messages are dropped, and callers keep payloads. An
    // empty payload has no chunk of its own.
    const payload =
      length === 0
        ? new Uint8Array(0)
        : (this.#chunks[(this.#chunkSeq[slot] as number) - this.#firstChunkSeq] as Uint8Array).slice(
            start,
            start + length,
          )
    return {
      payload,
      headers: this.#headers[slot] as Readonly<Record<string, string>>,
      publishedAtMs: this.#publishedAtMs[slot] as number,
    }
  }

  /** Bytes held for payloads (the chunks' sizes), for tests and metrics. */
  get byteCapacity(): number {
    let total = 0
    for (const chunk of this.#chunks) total += chunk.byteLength
    return total
  }

  /** Doubles the ring (up to `maxMessages` slots), oldest message first at slot 0. */
  #growSlots(): void {
    const old = this.#publishedAtMs.length
    const slots = Math.min(this.#maxMessages, old * 2)
    const publishedAtMs = new Float64Array(slots)
    const chunkSeq = new Float64Array(slots)
    const start = new Float64Array(slots)
    const length = new Float64Array(slots)
    const headers = new Array<Readonly<Record<string, string>>>(slots).fill(NO_HEADERS)
    for (let i = 0; i < this.count; i++) {
      const from = (this.#first + i) % old
      publishedAtMs[i] = this.#publishedAtMs[from] as number
      chunkSeq[i] = this.#chunkSeq[from] as number
      start[i] = this.#start[from] as number
      length[i] = this.#length[from] as number
      headers[i] = this.#headers[from] as Readonly<Record<string, string>>
    }
    this.#publishedAtMs = publishedAtMs
    this.#chunkSeq = chunkSeq
    this.#start = start
    this.#length = length
    this.#headers = headers
    this.#first = 0
  }

  /** Reserves `n` (> 0) bytes in the newest chunk, taking a new one when they do not fit; returns where they go. */
  #reserve(n: number): number {
    const chunks = this.#chunks
    if (n > MAX_PACKED_BYTES) {
      chunks.push(new Uint8Array(n))
      this.#tail = Number.POSITIVE_INFINITY // a chunk of its own takes nothing after its payload
      return 0
    }
    const newest = chunks[chunks.length - 1]
    const at = this.#tail
    if (newest !== undefined && at + n <= newest.byteLength) {
      this.#tail = at + n
      return at
    }
    let chunk: Uint8Array
    if (this.#retainedBytes + n >= FULL_CHUNKS_FROM_BYTES) {
      chunk = pool.pop() ?? new Uint8Array(CHUNK_BYTES)
    } else {
      // A topic that keeps only a few small messages (a per-user topic) stays at a small chunk or two.
      let size = SMALL_CHUNK_BYTES
      while (size < n) size *= 2
      chunk = new Uint8Array(size)
    }
    chunks.push(chunk)
    this.#tail = n
    return 0
  }

  /** Releases the chunks numbered below `seq` (no retained payload is in them). */
  #releaseChunksBefore(seq: number): void {
    const chunks = this.#chunks
    let k = 0
    while (k < chunks.length && this.#firstChunkSeq + k < seq) {
      const chunk = chunks[k] as Uint8Array
      if (chunk.byteLength === CHUNK_BYTES && pool.length < MAX_POOLED_CHUNKS) pool.push(chunk)
      k++
    }
    if (k === 0) return
    chunks.splice(0, k)
    this.#firstChunkSeq += k
    if (chunks.length === 0) this.#tail = 0
  }
}
