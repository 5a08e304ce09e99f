/**
 * The unacknowledged deliveries of one at-least-once subscription, in offset order: a ring of
 * immutable entries (message, offset, first send, deadline, delivery count). Acks are
 * cumulative, so they remove a prefix; nothing looks an offset up.
 *
 * An entry is immutable so that one can be shared: a live fanout hands the same message to every
 * subscriber of its topic at the same instant, so their first deliveries have the same message,
 * offset, send time and deadline, and one entry (`pushEntry`) serves them all. A fanout to
 * thousands of at-least-once subscribers then writes one pointer per subscriber instead of a
 * record each, and an ack reads entries that the other subscribers' acks keep in cache (per-
 * subscriber records cost more in cache misses than the rest of the delivery). A redelivery
 * replaces its slot with a new entry (`update`), so a shared one is never changed.
 *
 * Allocated at the first delivery and doubled as needed (up to the window's cap), so an idle
 * subscription costs nothing here.
 */
const INITIAL_CAPACITY = 8

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

/** A ring of pending deliveries; `M` is the message kept for redelivery. */
export class PendingWindow<M> {
  #entries: (PendingEntry<M> | undefined)[] = []
  /** Ring index of the oldest entry. */
  #head = 0
  #length = 0
  /** Capacity - 1 (the capacity is a power of two; -1 before the first push). */
  #mask = -1

  /** Entries held. */
  get length(): number {
    return this.#length
  }

  /** Appends a first delivery (offsets must increase). */
  push(message: M, offset: number, nowMs: number, deadlineMs: number): void {
    this.pushEntry(new PendingEntry(message, offset, nowMs, deadlineMs, 1))
  }

  /** Appends an entry, possibly shared with other windows (its offset must be above the last one's). */
  pushEntry(entry: PendingEntry<M>): void {
    if (this.#length > this.#mask) this.#grow()
    this.#entries[(this.#head + this.#length) & this.#mask] = entry
    this.#length++
  }

  /**
   * Removes every entry with an offset up to `offset`, observing each one's time since its first
   * send (in seconds) in `latency`; returns how many were removed.
   */
  ackUpTo(offset: number, nowMs: number, latency: { observe(seconds: number): void }): number {
    const entries = this.#entries
    const mask = this.#mask
    let i = this.#head
    let n = 0
    while (n < this.#length) {
      const entry = entries[i] as PendingEntry<M>
      if (entry.offset > offset) break
      latency.observe(Math.max(0, nowMs - entry.firstSentMs) / 1000)
      entries[i] = undefined
      i = (i + 1) & mask
      n++
    }
    this.#head = i
    this.#length -= n
    return n
  }

  /** The ring slot of the n-th oldest entry (0 ≤ n < length). */
  slot(n: number): number {
    return (this.#head + n) & this.#mask
  }

  #at(slot: number): PendingEntry<M> {
    return this.#entries[slot] as PendingEntry<M>
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
    this.#entries[slot] = new PendingEntry(e.message, e.offset, e.firstSentMs, deadlineMs, count)
  }

  /** Removes the entries marked DEAD_LETTERED, keeping the order of the rest; returns how many. */
  removeDeadLettered(): number {
    const entries = this.#entries
    let kept = 0
    for (let n = 0; n < this.#length; n++) {
      const from = this.slot(n)
      const entry = entries[from] as PendingEntry<M>
      if (entry.count === DEAD_LETTERED) continue
      entries[this.slot(kept)] = entry
      kept++
    }
    for (let n = kept; n < this.#length; n++) entries[this.slot(n)] = undefined
    const removed = this.#length - kept
    this.#length = kept
    return removed
  }

  /** Forgets every entry (keeps the capacity). */
  clear(): void {
    this.#entries.fill(undefined)
    this.#head = 0
    this.#length = 0
  }

  #grow(): void {
    const capacity = this.#mask < 0 ? INITIAL_CAPACITY : (this.#mask + 1) * 2
    const entries: (PendingEntry<M> | undefined)[] = new Array(capacity).fill(undefined)
    for (let n = 0; n < this.#length; n++) entries[n] = this.#entries[this.slot(n)]
    this.#entries = entries
    this.#head = 0
    this.#mask = capacity - 1
  }
}
