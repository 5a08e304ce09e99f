/**
 * The broker carries stored publishes from the router of the publishing node to the routers
 * of every node with interested subscribers. Interface only: `memory.ts` is the in-process
 * implementation (one node, or several relays sharing one `MemoryBus` in a test); Redis (a
 * later issue) implements the same contract (`broker.contract.ts`).
 */

/** One published, stored message as it travels between nodes. */
export interface BrokerMessage {
  readonly tenant: string
  /** The concrete topic. */
  readonly topic: string
  readonly payload: Uint8Array
  readonly headers: Readonly<Record<string, string>>
  /** Position assigned by the history store. */
  readonly epoch: string
  readonly offset: bigint
  /** When the publishing server accepted it, milliseconds since the Unix epoch. */
  readonly publishedAtMs: number
  /** Node and connection of the publisher (for `echoPublishes: false`). */
  readonly origin: { readonly nodeId: string; readonly connectionId: string }
}

/** Receives the messages a node has declared interest in. Must not throw; must not block. */
export type BrokerHandler = (message: BrokerMessage) => void

/**
 * Contract (checked by `runBrokerContract`):
 * - a handler receives exactly the messages whose (tenant, topic) matches one of its node's
 *   interests, each once, and never another tenant's;
 * - messages published by one caller to one topic reach each handler in publish order;
 * - `publish` resolves once the broker accepted the message; it never waits for subscribers;
 * - a broker that cannot accept rejects with RelayError(CODE_UNAVAILABLE).
 */
export interface Broker {
  /** Attaches this node's handler. Returns the detach function. */
  attach(handler: BrokerHandler): BrokerNode
  /** Hands a message to every interested node (including this one). */
  publish(message: BrokerMessage): Promise<void>
  /**
   * Optional, for a broker inside this process: `publish` done before it returns (every
   * interested handler has been called). Same contract; it throws where `publish` would reject.
   */
  publishNow?(message: BrokerMessage): void
  /** Whether the broker is usable (feeds /readyz). */
  isReady(): boolean
  /** Releases connections and timers. */
  close(): Promise<void>
}

/** One node's attachment to the broker. */
export interface BrokerNode {
  /** Declares (refcounted by the caller: call once per distinct pattern) that this node wants a tenant's pattern. */
  addInterest(tenant: string, pattern: readonly string[]): void
  /** Withdraws an interest added before. */
  removeInterest(tenant: string, pattern: readonly string[]): void
  /** Stops receiving messages. */
  detach(): void
}
