/**
 * The router: keeps each tenant's subscriptions in its own TopicTrie, registers interest with
 * the broker, and fans each message the broker hands back out to the matching local
 * connections. A message is encoded into a `Delivery` frame once per codec actually in use
 * among its recipients (lazily) and the same bytes go to every one of them. Fanout is
 * synchronous and never waits for a subscriber: a connection whose queue is full is told
 * so through `deliver()` returning false and closes itself.
 *
 * The recipients of a topic are cached as an array per tenant (a hot topic is matched once,
 * not once per message); any subscribe or unsubscribe in the tenant empties its cache, and
 * all caches together are bounded by the number of recipients they hold.
 */
import type { FrameCodec, WireData } from '@zerorelay/protocol'
import { wireLength } from '../backpressure/outbound-queue.js'
import type { Broker, BrokerMessage, BrokerNode } from '../broker/broker.js'
import { type DeliveryConfig, deliverySchema } from '../config/schema.js'
import type { RelayMetrics } from '../metrics/metrics.js'
import { TopicTrie } from './topic-trie.js'

/** A local connection as the router sees it. */
export interface RouteTarget {
  /** Unique per node. */
  readonly id: string
  readonly codec: FrameCodec
  /**
   * Queues an encoded Delivery. Must not block; returns false when the connection could not take it
   * (it then closes itself as a slow consumer). `message` is the decoded message the bytes encode
   * (`deliveryCount` 1), for its publish time and for targets that track delivery per subscription
   * (at-least-once, resume).
   */
  deliver(data: WireData, bytes: number, message: BrokerMessage): boolean
}

/** A Delivery encoded for one codec. */
interface Encoded {
  readonly data: WireData
  readonly bytes: number
}

/** Recipients cached over all tenants and topics (8 bytes each); past this every cache starts over. */
const MAX_CACHED_RECIPIENTS = 262_144

/** One tenant's subscriptions and its topic → recipients cache. */
interface Tenant {
  readonly trie: TopicTrie<RouteTarget>
  readonly matches: Map<string, readonly RouteTarget[]>
  cachedRecipients: number
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
  /**
   * The policy of at-least-once subscriptions and replays routed through this router (ack wait,
   * max deliver, max in flight, replay page size). Default: the `delivery` config defaults.
   */
  readonly delivery?: DeliveryConfig
}

/** The router of one node. */
export interface Router {
  /** Adds a subscription. false: the target already has this exact pattern. */
  subscribe(tenant: string, pattern: readonly string[], target: RouteTarget): boolean
  /** Removes a subscription. false: there was none. */
  unsubscribe(tenant: string, pattern: readonly string[], target: RouteTarget): boolean
  /** Hands a stored message to the broker (which brings it back to every interested node's router). */
  publish(message: BrokerMessage): Promise<void>
  /**
   * `publish` done before it returns, when the broker can (an in-process broker, see
   * `Broker.publishNow`); undefined otherwise. Throws where `publish` would reject.
   */
  readonly publishNow: ((message: BrokerMessage) => void) | undefined
  /** Subscriptions on this node (all tenants). */
  readonly size: number
  /** The delivery policy sessions apply to at-least-once subscriptions and replays. */
  readonly delivery: DeliveryConfig
  /** Detaches from the broker. */
  close(): void
}

/** Creates a router attached to a broker. */
export function createRouter(options: RouterOptions): Router {
  const tenants = new Map<string, Tenant>()
  /** Sum of `cachedRecipients` over the tenants. */
  let cachedRecipients = 0
  /** Local subscription count per (tenant, pattern): the broker interest is added once. */
  const interest = new Map<string, number>()
  const hrNow = options.hrNow ?? (() => performance.now())
  const metrics = options.metrics
  let size = 0

  /** The connections subscribed to a concrete topic, each once (cached until the tenant's subscriptions change). */
  const recipients = (tenant: Tenant, topic: string): readonly RouteTarget[] => {
    let targets = tenant.matches.get(topic)
    if (targets === undefined) {
      targets = [...tenant.trie.match(topic.split('.'))]
      const weight = targets.length + 1
      if (cachedRecipients + weight > MAX_CACHED_RECIPIENTS) {
        for (const t of tenants.values()) forgetMatches(t)
      }
      if (weight <= MAX_CACHED_RECIPIENTS) {
        tenant.matches.set(topic, targets)
        tenant.cachedRecipients += weight
        cachedRecipients += weight
      }
    }
    return targets
  }

  function forgetMatches(tenant: Tenant): void {
    if (tenant.cachedRecipients === 0) return
    cachedRecipients -= tenant.cachedRecipients
    tenant.matches.clear()
    tenant.cachedRecipients = 0
  }

  const fanout = (message: BrokerMessage) => {
    const tenant = tenants.get(message.tenant)
    if (tenant === undefined) return
    const started = hrNow()
    // An array that is never mutated (the cache replaces it): safe to iterate even if a
    // delivery leads to an unsubscribe.
    const targets = recipients(tenant, message.topic)
    if (targets.length === 0) return
    // Most subscribers share one codec: remember the last one, and keep a Map only for a second.
    let encoded: Map<FrameCodec, Encoded> | undefined
    const skipId = !options.echoPublishes && message.origin.nodeId === options.nodeId ? message.origin.connectionId : ''
    let lastCodec: FrameCodec | undefined
    let last: Encoded | undefined
    let delivered = 0
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i] as RouteTarget
      if (skipId !== '' && target.id === skipId) continue
      let enc = target.codec === lastCodec ? last : encoded?.get(target.codec)
      if (enc === undefined) {
        const data = target.codec.encodeDelivery(message.topic, message, 1)
        enc = { data, bytes: wireLength(data) }
        if (last !== undefined) {
          // A second codec among the recipients: from now on both are looked up.
          encoded ??= new Map([[lastCodec as FrameCodec, last]])
          encoded.set(target.codec, enc)
        }
      }
      lastCodec = target.codec
      last = enc
      if (target.deliver(enc.data, enc.bytes, message)) delivered++
    }
    if (metrics !== undefined) {
      metrics.messagesDelivered.inc(delivered)
      metrics.fanoutDuration.observe((hrNow() - started) / 1000)
    }
  }

  const node: BrokerNode = options.broker.attach(fanout)
  const delivery = Object.freeze({ ...(options.delivery ?? deliverySchema.parse({})) })
  const key = (tenant: string, pattern: readonly string[]) => `${tenant}\u0000${pattern.join('.')}`

  return {
    subscribe(tenant, pattern, target) {
      let t = tenants.get(tenant)
      if (t === undefined) {
        t = { trie: new TopicTrie(), matches: new Map(), cachedRecipients: 0 }
        tenants.set(tenant, t)
      }
      if (!t.trie.subscribe(pattern, target)) return false
      forgetMatches(t)
      size++
      const k = key(tenant, pattern)
      const n = interest.get(k) ?? 0
      interest.set(k, n + 1)
      if (n === 0) node.addInterest(tenant, pattern)
      return true
    },
    unsubscribe(tenant, pattern, target) {
      const t = tenants.get(tenant)
      if (t === undefined || !t.trie.unsubscribe(pattern, target)) return false
      forgetMatches(t)
      size--
      if (t.trie.size === 0) tenants.delete(tenant)
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
    publishNow: options.broker.publishNow?.bind(options.broker),
    get size() {
      return size
    },
    delivery,
    close() {
      node.detach()
    },
  }
}
