/**
 * The unacknowledged deliveries of one at-least-once subscription, in offset order. Acks are
 * cumulative, so they remove a prefix; nothing looks an offset up.
 *
 * The window is a ring of items, each either one entry (`PendingEntry`: message, offset, first
 * send, deadline, delivery count) or a run of live fanouts (`FanoutRun`): consecutive slots of
 * a `FanoutChunk`, which records the messages of one topic as they are fanned out, with their
 * offsets and send times, once for every subscriber that got them live. The newest run, while
 * it grows, lives in the window's own fields and joins the ring when something else follows it.
 *
 * Why runs: a live fanout hands the same message to every subscriber of its topic at the same
 * instant, so their first deliveries share message, offset, send time and deadline. One chunk
 * slot serves them all, and a subscriber that gets message after message live only moves the
 * end of its run: a number stored into its own small object, where a pointer per delivery into
 * a ring of its own (one per subscriber, 1 KB each at the default window of 256) cost a write
 * barrier and cache misses per delivery (benchmark D: docs/benchmarks.md). A chunk is kept
 * alive by the runs that point into it, so a subscriber pins, besides its own unacknowledged
 * messages, the others recorded in the chunks its runs point into: at most 63 per run, all within
 * 128 offsets of the run (`accepts`). A subscriber that gets its topic live has one run per chunk,
 * so that is 63 messages at each end of its window.
 *
 * Entries are immutable so that they too can be shared; a redelivery replaces its slot with a new
 * entry (`update`). Redelivery works on entries only: `materialize()` first turns runs into
 * entries, which happens only when a delivery's ack wait has passed.
 *
 * Allocated at the first delivery and doubled as needed (up to the window's cap), so an idle
 * subscription costs nothing here.
 */
const INITIAL_CAPACITY = 8

/** Live fanouts recorded per chunk. */
export const CHUNK_SIZE = 64

/** Count of an entry handed to the dead-letter path; removed by `removeDeadLettered`. */
export const DEAD_LETTERED = -1

/** One unacknowledged delivery; `M` is the message kept for redelivery. */
export class PendingEntry<M> {
  constructor(
    readonly message: M,
    readonly offset: number,
    /** When it was first sent, ms (the ack latency counts from here). */
    readonly firstSentMs: number,
    /** When it is due for redelivery, ms. */
    readonly deadlineMs: number,
    /** Deliveries so far (DEAD_LETTERED: handed to the dead-letter path). */
    readonly count: number,
  ) {}
}

/**
 * Messages of one topic in the order they were fanned out live, with their offsets and send
 * times, shared by the runs of every subscriber that got them. Append-only; a delivery recorded
 * here is due for redelivery `waitMs` after its send time.
 */
export class FanoutChunk<M> {
  readonly messages: M[] = []
  // Plain arrays of numbers (unboxed doubles in V8): no write barrier per store, and no
  // ArrayBuffer for the GC to sweep as a typed array would bring.
  readonly offsets: number[] = []
  readonly sentMs: number[] = []

  constructor(
    /** The ack wait of the subscribers recording here, ms. */
    readonly waitMs: number,
  ) {}

  /** Slots used. */
  get length(): number {
    return this.messages.length
  }

  /**
   * Whether the fanout of `offset` may be recorded here: the chunk has room, `offset` is above
   * the last one (a topic restarted in a new epoch starts a chunk of its own), and the chunk
   * spans at most 2 × CHUNK_SIZE offsets with it, so a run never pins messages far from its own.
   */
  accepts(offset: number): boolean {
    const n = this.messages.length
    if (n === 0) return true
    return (
      n < CHUNK_SIZE &&
      offset > (this.offsets[n - 1] as number) &&
      offset - (this.offsets[0] as number) < 2 * CHUNK_SIZE
    )
  }

  /** Records a fanout; returns its slot. */
  append(message: M, offset: number, sentMs: number): number {
    this.offsets.push(offset)
    this.sentMs.push(sentMs)
    return this.messages.push(message) - 1
  }
}

/**
 * Acks the slots `start` to `end - 1` of a chunk up to `offset`, observing their latencies;
 * returns the first slot left.
 */
function ackRun<M>(
  chunk: FanoutChunk<M>,
  start: number,
  end: number,
  offset: number,
  nowMs: number,
  latency: { observe(seconds: number): void },
): number {
  const { offsets, sentMs } = chunk
  let s = start
  while (s < end && (offsets[s] as number) <= offset) {
    latency.observe(Math.max(0, nowMs - (sentMs[s] as number)) / 1000)
    s++
  }
  return s
}

/** The earliest redelivery deadline of the slots `start` to `end - 1` of a chunk. */
function earliestDeadlineMs<M>(chunk: FanoutChunk<M>, start: number, end: number): number {
  // Send times come from a wall clock, which may step back: every slot is looked at.
  let min = Number.POSITIVE_INFINITY
  for (let s = start; s < end; s++) min = Math.min(min, chunk.sentMs[s] as number)
  return min + chunk.waitMs
}

/** Slots `start` to `end - 1` of a chunk, all delivered once and unacknowledged. */
class FanoutRun<M> {
  constructor(
    readonly chunk: FanoutChunk<M>,
    public start: number,
    public end: number,
  ) {}
}

type Item<M> = PendingEntry<M> | FanoutRun<M>

/** A ring of pending deliveries; `M` is the message kept for redelivery. */
export class PendingWindow<M> {
  #items: (Item<M> | undefined)[] = []
  /** Ring index of the oldest item. */
  #head = 0
  /** Items in the ring. */
  #size = 0
  /** Deliveries held (the entries plus the slots of the runs, the open one included). */
  #length = 0
  /** Capacity - 1 (the capacity is a power of two; -1 before the first push). */
  #mask = -1
  /**
   * The newest run, still growing, kept in these fields rather than in the ring: extending it
   * touches only this object (the per-delivery path). Undefined: none; then the ring holds all.
   */
  #openChunk: FanoutChunk<M> | undefined = undefined
  #openStart = 0
  #openEnd = 0

  /** Deliveries held. */
  get length(): number {
    return this.#length
  }

  /** Items held: deliveries after `materialize()`, fewer while runs hold several each. */
  get size(): number {
    return this.#openChunk === undefined ? this.#size : this.#size + 1
  }

  /** Appends a first delivery (offsets must increase). */
  push(message: M, offset: number, nowMs: number, deadlineMs: number): void {
    this.pushEntry(new PendingEntry(message, offset, nowMs, deadlineMs, 1))
  }

  /** Appends an entry, possibly shared with other windows (its offset must be above the last one's). */
  pushEntry(entry: PendingEntry<M>): void {
    this.#closeRun()
    this.#append(entry)
    this.#length++
  }

  /**
   * Appends the live delivery recorded in `chunk` at `slot` (its offset must be above the last
   * one's): extends the open run when it ends right before that slot, else opens one.
   */
  pushFanout(chunk: FanoutChunk<M>, slot: number): void {
    this.#length++
    if (this.#openChunk === chunk && this.#openEnd === slot) {
      this.#openEnd = slot + 1
      return
    }
    this.#closeRun()
    this.#openChunk = chunk
    this.#openStart = slot
    this.#openEnd = slot + 1
  }

  /**
   * The chunk the newest delivery was recorded in, when the window ends with a run (a stream
   * keeps recording its topic's fanouts there while it has room).
   */
  lastChunk(): FanoutChunk<M> | undefined {
    return this.#openChunk
  }

  /**
   * Removes every delivery with an offset up to `offset`, observing each one's time since its
   * first send (in seconds) in `latency`; returns how many were removed.
   */
  ackUpTo(offset: number, nowMs: number, latency: { observe(seconds: number): void }): number {
    const items = this.#items
    const mask = this.#mask
    let i = this.#head
    let size = this.#size
    let n = 0
    let isDone = false
    while (size > 0) {
      const item = items[i] as Item<M>
      if (item instanceof FanoutRun) {
        const s = ackRun(item.chunk, item.start, item.end, offset, nowMs, latency)
        n += s - item.start
        if (s < item.end) {
          item.start = s
          isDone = true
          break
        }
      } else {
        if (item.offset > offset) {
          isDone = true
          break
        }
        latency.observe(Math.max(0, nowMs - item.firstSentMs) / 1000)
        n++
      }
      items[i] = undefined
      i = (i + 1) & mask
      size--
    }
    this.#head = i
    this.#size = size
    const chunk = this.#openChunk
    if (!isDone && chunk !== undefined) {
      const s = ackRun(chunk, this.#openStart, this.#openEnd, offset, nowMs, latency)
      n += s - this.#openStart
      if (s < this.#openEnd) this.#openStart = s
      else this.#openChunk = undefined
    }
    this.#length -= n
    return n
  }

  /** The earliest redelivery deadline, ms (Infinity: nothing pending). */
  nextDeadlineMs(): number {
    let next = Number.POSITIVE_INFINITY
    for (let n = 0; n < this.#size; n++) {
      const item = this.#items[this.slot(n)] as Item<M>
      const deadlineMs =
        item instanceof FanoutRun ? earliestDeadlineMs(item.chunk, item.start, item.end) : item.deadlineMs
      if (deadlineMs < next) next = deadlineMs
    }
    const chunk = this.#openChunk
    if (chunk !== undefined) next = Math.min(next, earliestDeadlineMs(chunk, this.#openStart, this.#openEnd))
    return next
  }

  /** Turns every run into entries, so that each item is one delivery (for redelivery). */
  materialize(): void {
    this.#closeRun()
    let hasRuns = false
    for (let n = 0; n < this.#size && !hasRuns; n++) hasRuns = this.#items[this.slot(n)] instanceof FanoutRun
    if (!hasRuns) return
    const items: Item<M>[] = []
    for (let n = 0; n < this.#size; n++) {
      const item = this.#items[this.slot(n)] as Item<M>
      if (!(item instanceof FanoutRun)) {
        items.push(item)
        continue
      }
      const { messages, offsets, sentMs, waitMs } = item.chunk
      for (let s = item.start; s < item.end; s++) {
        const sent = sentMs[s] as number
        items.push(new PendingEntry(messages[s] as M, offsets[s] as number, sent, sent + waitMs, 1))
      }
    }
    let capacity = INITIAL_CAPACITY
    while (capacity < items.length) capacity *= 2
    this.#items = new Array(capacity).fill(undefined)
    for (let n = 0; n < items.length; n++) this.#items[n] = items[n]
    this.#head = 0
    this.#size = items.length
    this.#mask = capacity - 1
  }

  /**
   * The ring slot of the n-th oldest item (0 ≤ n < size; the open run, the newest item, has
   * none). The accessors below need an entry there: use them after `materialize()`.
   */
  slot(n: number): number {
    return (this.#head + n) & this.#mask
  }

  #at(slot: number): PendingEntry<M> {
    return this.#items[slot] as PendingEntry<M>
  }

  message(slot: number): M {
    return this.#at(slot).message
  }

  count(slot: number): number {
    return this.#at(slot).count
  }

  deadlineMs(slot: number): number {
    return this.#at(slot).deadlineMs
  }

  /** Sets an entry's delivery count (DEAD_LETTERED marks it for `removeDeadLettered`) and deadline. */
  update(slot: number, count: number, deadlineMs: number): void {
    const e = this.#at(slot)
    this.#items[slot] = new PendingEntry(e.message, e.offset, e.firstSentMs, deadlineMs, count)
  }

  /** Removes the entries marked DEAD_LETTERED, keeping the order of the rest; returns how many. */
  removeDeadLettered(): number {
    const items = this.#items
    let kept = 0
    let removed = 0
    for (let n = 0; n < this.#size; n++) {
      const item = items[this.slot(n)] as Item<M>
      if (item instanceof PendingEntry && item.count === DEAD_LETTERED) {
        removed++
        continue
      }
      items[this.slot(kept)] = item
      kept++
    }
    for (let n = kept; n < this.#size; n++) items[this.slot(n)] = undefined
    this.#size = kept
    this.#length -= removed
    return removed
  }

  /** Forgets every delivery (keeps the capacity). */
  clear(): void {
    this.#items.fill(undefined)
    this.#head = 0
    this.#size = 0
    this.#length = 0
    this.#openChunk = undefined
  }

  /** Moves the open run into the ring. */
  #closeRun(): void {
    const chunk = this.#openChunk
    if (chunk === undefined) return
    this.#openChunk = undefined
    this.#append(new FanoutRun(chunk, this.#openStart, this.#openEnd))
  }

  #append(item: Item<M>): void {
    if (this.#size > this.#mask) this.#grow()
    this.#items[(this.#head + this.#size) & this.#mask] = item
    this.#size++
  }

  #grow(): void {
    const capacity = this.#mask < 0 ? INITIAL_CAPACITY : (this.#mask + 1) * 2
    const items: (Item<M> | undefined)[] = new Array(capacity).fill(undefined)
    for (let n = 0; n < this.#size; n++) items[n] = this.#items[this.slot(n)]
    this.#items = items
    this.#head = 0
    this.#mask = capacity - 1
  }
}
