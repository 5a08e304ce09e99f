/**
 * The unacknowledged deliveries of one at-least-once subscription, in offset order: a ring in
 * one Float64Array (offset, first send, deadline and delivery count per entry) plus the messages
 * kept for redelivery. Acks are cumulative, so they remove a prefix; nothing looks an offset up.
 * No object is allocated per delivery and an ack reads contiguous memory: on a fanout to
 * thousands of at-least-once subscribers, per-delivery objects cost more in allocation and
 * cache misses than the delivery itself.
 *
 * Allocated at the first delivery and doubled as needed (up to the window's cap), so an idle
 * subscription costs nothing here.
 */
const INITIAL_CAPACITY = 8
/** Float64 slots per entry. */
const STRIDE = 4
const OFFSET = 0
const FIRST_SENT = 1
const DEADLINE = 2
const COUNT = 3

/** Count of an entry handed to the dead-letter path; removed by `removeDeadLettered`. */
export const DEAD_LETTERED = -1

/** A ring of pending deliveries; `M` is the message kept for redelivery. */
export class PendingWindow<M> {
  #data = new Float64Array(0)
  #messages: (M | undefined)[] = []
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
    if (this.#length > this.#mask) this.#grow()
    const i = (this.#head + this.#length) & this.#mask
    const at = i * STRIDE
    const data = this.#data
    data[at + OFFSET] = offset
    data[at + FIRST_SENT] = nowMs
    data[at + DEADLINE] = deadlineMs
    data[at + COUNT] = 1
    this.#messages[i] = message
    this.#length++
  }

  /**
   * Removes every entry with an offset up to `offset`, observing each one's time since its first
   * send (in seconds) in `latency`; returns how many were removed.
   */
  ackUpTo(offset: number, nowMs: number, latency: { observe(seconds: number): void }): number {
    const data = this.#data
    const mask = this.#mask
    let i = this.#head
    let n = 0
    while (n < this.#length && (data[i * STRIDE + OFFSET] as number) <= offset) {
      latency.observe(Math.max(0, nowMs - (data[i * STRIDE + FIRST_SENT] as number)) / 1000)
      this.#messages[i] = undefined
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

  message(slot: number): M {
    return this.#messages[slot] as M
  }

  count(slot: number): number {
    return this.#data[slot * STRIDE + COUNT] as number
  }

  deadlineMs(slot: number): number {
    return this.#data[slot * STRIDE + DEADLINE] as number
  }

  /** Sets an entry's delivery count (DEAD_LETTERED marks it for `removeDeadLettered`) and deadline. */
  update(slot: number, count: number, deadlineMs: number): void {
    this.#data[slot * STRIDE + COUNT] = count
    this.#data[slot * STRIDE + DEADLINE] = deadlineMs
  }

  /** Removes the entries marked DEAD_LETTERED, keeping the order of the rest; returns how many. */
  removeDeadLettered(): number {
    const data = this.#data
    let kept = 0
    for (let n = 0; n < this.#length; n++) {
      const from = this.slot(n)
      if (data[from * STRIDE + COUNT] === DEAD_LETTERED) continue
      const to = this.slot(kept)
      if (to !== from) {
        data.copyWithin(to * STRIDE, from * STRIDE, from * STRIDE + STRIDE)
        this.#messages[to] = this.#messages[from]
      }
      kept++
    }
    for (let n = kept; n < this.#length; n++) this.#messages[this.slot(n)] = undefined
    const removed = this.#length - kept
    this.#length = kept
    return removed
  }

  /** Forgets every entry (keeps the capacity). */
  clear(): void {
    this.#messages.fill(undefined)
    this.#head = 0
    this.#length = 0
  }

  #grow(): void {
    const capacity = this.#mask < 0 ? INITIAL_CAPACITY : (this.#mask + 1) * 2
    const data = new Float64Array(capacity * STRIDE)
    const messages: (M | undefined)[] = new Array(capacity).fill(undefined)
    for (let n = 0; n < this.#length; n++) {
      const from = this.slot(n)
      data.set(this.#data.subarray(from * STRIDE, from * STRIDE + STRIDE), n * STRIDE)
      messages[n] = this.#messages[from]
    }
    this.#data = data
    this.#messages = messages
    this.#head = 0
    this.#mask = capacity - 1
  }
}
