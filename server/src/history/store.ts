/**
 * The history store: assigns each published message its offset and keeps a bounded history
 * per topic. Interface only; `memory.ts` is the in-process implementation, Redis (a later
 * issue) plugs in here without touching sessions or routing.
 */

/** A message as the store keeps it. Payload and headers are never copied into other frames' bytes. */
export interface StoredMessage {
  readonly payload: Uint8Array
  readonly headers: Readonly<Record<string, string>>
  /** When the server accepted the publish, in milliseconds since the Unix epoch. */
  readonly publishedAtMs: number
}

/** A point in a topic's history (offsets compare within one epoch only). */
export interface Position {
  readonly epoch: string
  /** The last stored offset; 0n before the first message. */
  readonly offset: bigint
}

/** Options of one append. */
export interface AppendOptions {
  /**
   * The publisher's idempotency key. A key seen again for the same (tenant, topic) within the
   * store's dedupe window stores nothing and resolves the original position with `duplicate: true`.
   */
  readonly idempotencyKey?: string
}

/** The result of an append: where the message is, and whether it was a duplicate (stored earlier). */
export interface Appended extends Position {
  readonly duplicate: boolean
}

/**
 * Stores messages per (tenant, topic). Contract (checked by `runHistoryStoreContract`):
 * - `append` resolves only after the message is stored, with an offset strictly greater than
 *   every earlier offset of that topic within the epoch; concurrent appends to one topic resolve
 *   in call order;
 * - tenants are separate namespaces: the same topic name in two tenants has two histories;
 * - history is bounded by count and age; trimmed messages are gone;
 * - an append with an idempotency key already seen for that topic within the dedupe window
 *   stores nothing and resolves the first append's position with `duplicate: true` (also
 *   when the two appends are concurrent);
 * - a failing dependency rejects with RelayError(CODE_UNAVAILABLE); nothing was stored then.
 */
export interface HistoryStore {
  /** Stores one message (once per idempotency key); resolves its position. */
  append(tenant: string, topic: string, message: StoredMessage, options?: AppendOptions): Promise<Appended>
  /**
   * Optional, for a store that keeps its history in this process: `append` answered at once.
   * Same contract; it throws where `append` would reject. A session whose earlier publishes have
   * all reached the broker publishes through it, with no promise in between (see
   * `Broker.publishNow`).
   */
  appendNow?(tenant: string, topic: string, message: StoredMessage, options?: AppendOptions): Appended
  /** The topic's current position (last offset, 0n when nothing is stored). */
  position(tenant: string, topic: string): Promise<Position>
  /** Stored messages with offset > `afterOffset`, oldest first, at most `limit`. */
  read(tenant: string, topic: string, afterOffset: bigint, limit: number): Promise<(StoredMessage & Position)[]>
  /** Whether the store is usable (feeds /readyz). */
  isReady(): boolean
  /** Releases timers and connections. */
  close(): Promise<void>
}
