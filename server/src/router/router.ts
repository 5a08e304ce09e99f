/**
 * The router: keeps each tenant's subscriptions in its own TopicTrie, registers interest with
 * the broker, and fans each message the broker hands back out to the matching local
 * connections. A message is encoded into a `Delivery` frame once per codec actually in use
 * among its recipients (lazily) and the same bytes go to every one of them. Fanout is
 * synchronous and never waits for a subscriber: a connection whose queue is full is told
 * so through `deliver()` returning false and closes itself.
 */
import { type FrameCodec, fromU64, type ServerFrameInit, type WireData } from '@zerorelay/protocol'
import { wireLength } from '../backpressure/outbound-queue.js'
import type { Broker, BrokerMessage, BrokerNode } from '../broker/broker.js'
import type { RelayMetrics } from '../metrics/metrics.js'
import { TopicTrie } from './topic-trie.js'

/** A local connection as the router sees it. */
export interface RouteTarget {
  /** Unique per node. */
  readonly id: string
  readonly codec: FrameCodec
  /**
   * Queues an encoded Delivery. Must not block; returns false when the connection could not take it
   * (it then closes itself as a slow consumer).
   */
  deliver(data: WireData, bytes: number, publishedAtMs: number): boolean
}

/** Options of the router. */
export interface RouterOptions {
  readonly broker: Broker
  /** This node's id (for echo suppression across nodes). */
  readonly nodeId: string
  /** Whether a publisher receives its own messages. */
  readonly echoPublishes: boolean
  readonly metrics?: RelayMetrics
  /** High-resolution clock in milliseconds (fanout duration). Default: performance.now. */
  readonly hrNow?: () => number
}

/** The router of one node. */
export interface Router {
  /** Adds a subscription. false: the target already has this exact pattern. */
  subscribe(tenant: string, pattern: readonly string[], target: RouteTarget): boolean
  /** Removes a subscription. false: there was none. */
  unsubscribe(tenant: string, pattern: readonly string[], target: RouteTarget): boolean
  /** Hands a stored message to the broker (which brings it back to every interested node's router). */
  publish(message: BrokerMessage): Promise<void>
  /** Subscriptions on this node (all tenants). */
  readonly size: number
  /** Detaches from the broker. */
  close(): void
}

/** Creates a router attached to a broker. */
export function createRouter(options: RouterOptions): Router {
  const tries = new Map<string, TopicTrie<RouteTarget>>()
  /** Local subscription count per (tenant, pattern): the broker interest is added once. */
  const interest = new Map<string, number>()
  const hrNow = options.hrNow ?? (() => performance.now())
  const metrics = options.metrics
  let size = 0

  const fanout = (message: BrokerMessage) => {
    const trie = tries.get(message.tenant)
    if (trie === undefined) return
    const started = hrNow()
    const targets = trie.match(message.topic.split('.'))
    if (targets.size === 0) return
    let frame: ServerFrameInit | undefined
    const encoded = new Map<FrameCodec, { data: WireData; bytes: number }>()
    const skipId = !options.echoPublishes && message.origin.nodeId === options.nodeId ? message.origin.connectionId : ''
    let delivered = 0
    for (const target of targets) {
      if (target.id === skipId) continue
      let enc = encoded.get(target.codec)
      if (enc === undefined) {
        frame ??= {
          delivery: {
            topic: message.topic,
            payload: message.payload,
            headers: message.headers as Record<string, string>,
            epoch: message.epoch,
            offset: fromU64(message.offset),
            publishedAtMs: fromU64(BigInt(message.publishedAtMs)),
            deliveryCount: 1,
          },
        }
        const data = target.codec.encodeServer(frame)
        enc = { data, bytes: wireLength(data) }
        encoded.set(target.codec, enc)
      }
      if (target.deliver(enc.data, enc.bytes, message.publishedAtMs)) delivered++
    }
    if (metrics !== undefined) {
      metrics.messagesDelivered.inc(delivered)
      metrics.fanoutDuration.observe((hrNow() - started) / 1000)
    }
  }

  const node: BrokerNode = options.broker.attach(fanout)
  const key = (tenant: string, pattern: readonly string[]) => `${tenant}\u0000${pattern.join('.')}`

  return {
    subscribe(tenant, pattern, target) {
      let trie = tries.get(tenant)
      if (trie === undefined) {
        trie = new TopicTrie()
        tries.set(tenant, trie)
      }
      if (!trie.subscribe(pattern, target)) return false
      size++
      const k = key(tenant, pattern)
      const n = interest.get(k) ?? 0
      interest.set(k, n + 1)
      if (n === 0) node.addInterest(tenant, pattern)
      return true
    },
    unsubscribe(tenant, pattern, target) {
      const trie = tries.get(tenant)
      if (trie === undefined || !trie.unsubscribe(pattern, target)) return false
      size--
      if (trie.size === 0) tries.delete(tenant)
      const k = key(tenant, pattern)
      const n = (interest.get(k) ?? 1) - 1
      if (n === 0) {
        interest.delete(k)
        node.removeInterest(tenant, pattern)
      } else {
        interest.set(k, n)
      }
      return true
    },
    publish: (message) => options.broker.publish(message),
    get size() {
      return size
    },
    close() {
      node.detach()
    },
  }
}
