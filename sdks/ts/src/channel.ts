/**
 * A single-consumer async queue: the building block of subscription and status streams.
 * @internal
 */

/** An unbounded FIFO that one consumer drains with `next()`; ends with or without an error. */
export class Channel<T> {
  #items: T[] = []
  #head = 0
  #waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | undefined
  #ended = false
  #error: unknown
  readonly #limit: number

  /** `limit` > 0 bounds the queue: pushing into a full queue drops the oldest item. */
  constructor(limit = 0) {
    this.#limit = limit
  }

  /** Items waiting to be consumed. */
  get size(): number {
    return this.#items.length - this.#head
  }

  /** Whether `end()` was called. */
  get ended(): boolean {
    return this.#ended
  }

  /** Appends an item (ignored after `end()`). */
  push(item: T): void {
    if (this.#ended) return
    const waiter = this.#waiter
    if (waiter) {
      this.#waiter = undefined
      waiter.resolve({ value: item, done: false })
      return
    }
    this.#items.push(item)
    if (this.#limit > 0 && this.size > this.#limit) this.#head++
    this.#compact()
  }

  /** Removes the waiting items for which `drop` returns true. */
  purge(drop: (item: T) => boolean): void {
    this.#items = this.#items.slice(this.#head).filter((item) => !drop(item))
    this.#head = 0
  }

  /**
   * Ends the stream. With `error`, the consumer gets it after the waiting items; with
   * `discard`, the waiting items are dropped.
   */
  end(error?: unknown, discard = false): void {
    if (this.#ended) return
    this.#ended = true
    this.#error = error
    if (discard) {
      this.#items = []
      this.#head = 0
    }
    const waiter = this.#waiter
    if (waiter) {
      this.#waiter = undefined
      if (error === undefined) waiter.resolve({ value: undefined, done: true })
      else waiter.reject(error)
    }
  }

  /** The next item; `done` after the end; rejects with the end error once drained. */
  next(): Promise<IteratorResult<T>> {
    if (this.size > 0) {
      const value = this.#items[this.#head] as T
      this.#items[this.#head] = undefined as T
      this.#head++
      this.#compact()
      return Promise.resolve({ value, done: false })
    }
    if (this.#ended) {
      if (this.#error === undefined) return Promise.resolve({ value: undefined, done: true })
      const error = this.#error
      // The error is reported once; later calls see a plain end.
      this.#error = undefined
      return Promise.reject(error)
    }
    if (this.#waiter) return Promise.reject(new Error('Channel: concurrent next() calls'))
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject }
    })
  }

  #compact(): void {
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head)
      this.#head = 0
    }
    if (this.#head === this.#items.length) {
      this.#items = []
      this.#head = 0
    }
  }
}
