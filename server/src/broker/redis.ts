/**
 * The Redis broker: live fanout between relay nodes over Redis sharded pub/sub
 * (SPUBLISH / SSUBSCRIBE, Redis ≥ 7.0). docs/scaling.md describes the design; in short:
 *
 * - every publish is sent, in one MULTI/EXEC (atomic, one round trip), to the topic's channel
 *   and to its tenant's wildcard channel (`redis/keys.ts` names both by encoding);
 * - a node SSUBSCRIBEs a topic's channel once while it has at least one concrete interest in
 *   that topic, and the tenant's wildcard channel once while it has at least one wildcard
 *   interest in that tenant (reference counted per node, never per client); wildcard patterns
 *   are matched locally with a TopicTrie, so a glob character can never widen a subscription;
 * - a node subscribed to both channels receives the two copies of one publish back to back
 *   (MULTI/EXEC is atomic and one connection delivers in order); each copy carries the
 *   publish id, and a node hands a publish to an attached handler at most once;
 * - one connection publishes, another subscribes; after a reconnect every active channel is
 *   subscribed again before the broker reports ready;
 * - a publish waits until the SSUBSCRIBEs this node sent before it were answered, so a node
 *   always receives its own publishes to topics it declared interest in before publishing;
 * - a publish while Redis is unreachable rejects at once (no offline queue) and an unanswered
 *   one after `commandTimeoutMs`, with RelayError(CODE_UNAVAILABLE).
 */
import { Code } from '@zerorelay/protocol'
import type { Redis } from 'ioredis'
import { RelayError } from '../errors.js'
import { openRedisConnection, ReadyWaiters, type RedisConnectionOptions } from '../redis/client.js'
import { createKeyspace } from '../redis/keys.js'
import { TopicTrie } from '../router/topic-trie.js'
import { randomHex } from '../util/random.js'
import type { Broker, BrokerHandler, BrokerMessage, BrokerNode } from './broker.js'
import { BrokerDecodeError, decodeBrokerMessage, encodeBrokerMessage } from './redis-codec.js'

/** Options of the Redis broker. */
export interface RedisBrokerOptions extends RedisConnectionOptions {
  /** Prefix of every channel name (`redis.keyPrefix`). */
  readonly keyPrefix: string
  /** Counts malformed channel messages (dropped). */
  readonly onMalformed?: (error: BrokerDecodeError) => void
  /** Called after a (re)connect once every active channel is subscribed again. */
  readonly onResubscribed?: (channels: number) => void
}

/** The Redis broker, plus what tests and readiness probes need. */
export interface RedisBroker extends Broker {
  /** Resolves once ready (connected, every channel subscribed); rejects after `timeoutMs`. */
  whenReady(timeoutMs: number): Promise<void>
  /** Resolves once every SSUBSCRIBE / SUNSUBSCRIBE sent so far was answered. */
  settled(): Promise<void>
  /** Channels this broker is subscribed to (or will be once connected). */
  readonly channels: ReadonlySet<string>
  /** Malformed channel messages dropped so far. */
  readonly malformed: number
}

interface Attached {
  readonly handler: BrokerHandler
  /** Interests per tenant (concrete and wildcard patterns). */
  readonly tries: Map<string, TopicTrie<Attached>>
  /** Every interest: key (tenant, pattern) → channel. */
  readonly interests: Map<string, string>
}

const isWildcard = (pattern: readonly string[]) => pattern.some((t) => t === '*' || t === '>')

const unavailable = (cause?: unknown) =>
  new RelayError(Code.CODE_UNAVAILABLE, 'message broker unavailable', cause === undefined ? undefined : { cause })

/** Creates a Redis broker; connects in the background (see `isReady` / `whenReady`). */
export function createRedisBroker(options: RedisBrokerOptions): RedisBroker {
  const keys = createKeyspace(options.keyPrefix)
  const instanceId = randomHex(8)
  let sequence = 0
  let closed = false
  /** Desired channels with their reference counts (summed over attached nodes). */
  const channels = new Map<string, number>()
  const attached = new Set<Attached>()
  /** True once the subscriber connection has subscribed every channel after its last (re)connect. */
  let subscribed = false
  let generation = 0
  let malformed = 0
  // Dedupe state: the two copies of one publish arrive back to back on the subscriber connection.
  let lastId = ''
  let lastDelivered = new Set<Attached>()
  /** Settles once every SSUBSCRIBE sent so far was answered; undefined when none is pending. */
  let gate: Promise<void> | undefined

  const ready = new ReadyWaiters(
    () => isReady(),
    () => unavailable(),
  )
  const wake = () => ready.wake()

  const publisher = openRedisConnection(options, 'zerorelay-broker-pub', { onReady: wake })
  const subscriber = openRedisConnection(options, 'zerorelay-broker-sub', {
    onReady: (client) => {
      void resubscribe(client)
    },
    onDown: () => {
      subscribed = false
      generation++
    },
  })

  const isReady = () => !closed && publisher.isReady() && subscriber.isReady() && subscribed

  async function resubscribe(client: Redis): Promise<void> {
    const gen = ++generation
    subscribed = false
    const list = [...channels.keys()]
    try {
      await Promise.all(list.map((c) => client.ssubscribe(c)))
    } catch {
      // The connection dropped again (or the server refused): the next 'ready' retries.
      if (gen === generation) client.disconnect(true)
      return
    }
    if (gen !== generation || closed) return
    subscribed = true
    options.onResubscribed?.(list.length)
    wake()
  }

  subscriber
    .whenCreated()
    .then((client) => {
      client.on('smessageBuffer', (channel: Buffer, data: Buffer) => receive(channel, data))
    })
    .catch(() => undefined)

  const ref = (channel: string) => {
    const n = channels.get(channel) ?? 0
    channels.set(channel, n + 1)
    const client = subscriber.client
    // Publishes of this node wait for the subscription (so this node sees them); on failure
    // the reconnect resubscribes.
    if (n === 0 && client !== undefined && subscriber.isReady()) track(client.ssubscribe(channel))
  }
  const track = (command: Promise<unknown>) => {
    const done = command.then(
      () => undefined,
      () => undefined,
    )
    const current = (gate ?? Promise.resolve()).then(() => done)
    gate = current
    void current.then(() => {
      if (gate === current) gate = undefined
    })
  }
  const unref = (channel: string) => {
    const n = (channels.get(channel) ?? 1) - 1
    if (n > 0) {
      channels.set(channel, n)
      return
    }
    channels.delete(channel)
    const client = subscriber.client
    if (client !== undefined && subscriber.isReady()) track(client.sunsubscribe(channel))
  }

  function receive(channelBuf: Buffer, data: Buffer): void {
    if (closed) return
    let id: string
    let message: BrokerMessage
    try {
      ;({ id, message } = decodeBrokerMessage(data))
      const channel = channelBuf.toString('utf8')
      // A message must travel on its own topic's or tenant's channel; anything else is dropped.
      if (
        channel !== keys.topic(message.tenant, message.topic).channel &&
        channel !== keys.wildcardChannel(message.tenant)
      )
        throw new BrokerDecodeError('message on a foreign channel')
    } catch (err) {
      malformed++
      options.onMalformed?.(err instanceof BrokerDecodeError ? err : new BrokerDecodeError(String(err)))
      return
    }
    if (id !== lastId) {
      lastId = id
      lastDelivered = new Set()
    }
    const tokens = message.topic.split('.')
    for (const node of attached) {
      if (lastDelivered.has(node)) continue
      const trie = node.tries.get(message.tenant)
      if (trie === undefined || !trie.hasMatch(tokens)) continue
      lastDelivered.add(node)
      try {
        node.handler(message)
      } catch {
        // Handlers must not throw; one that does must not break delivery to the others.
      }
    }
  }

  return {
    attach(handler) {
      const node: Attached = { handler, tries: new Map(), interests: new Map() }
      attached.add(node)
      const api: BrokerNode = {
        addInterest(tenant, pattern) {
          const key = `${tenant}\u0000${pattern.join('.')}`
          if (node.interests.has(key) || !attached.has(node)) return
          let trie = node.tries.get(tenant)
          if (trie === undefined) {
            trie = new TopicTrie()
            node.tries.set(tenant, trie)
          }
          trie.subscribe(pattern, node)
          const channel = isWildcard(pattern)
            ? keys.wildcardChannel(tenant)
            : keys.topic(tenant, pattern.join('.')).channel
          node.interests.set(key, channel)
          ref(channel)
        },
        removeInterest(tenant, pattern) {
          const key = `${tenant}\u0000${pattern.join('.')}`
          const channel = node.interests.get(key)
          if (channel === undefined) return
          node.interests.delete(key)
          const trie = node.tries.get(tenant)
          if (trie !== undefined) {
            trie.unsubscribe(pattern, node)
            if (trie.size === 0) node.tries.delete(tenant)
          }
          unref(channel)
        },
        detach() {
          if (!attached.delete(node)) return
          for (const channel of node.interests.values()) unref(channel)
          node.interests.clear()
          node.tries.clear()
        },
      }
      return api
    },
    async publish(message) {
      if (closed) return
      if (gate !== undefined) await gate
      const client = publisher.client
      if (client === undefined || !publisher.isReady()) throw unavailable()
      const data = encodeBrokerMessage(`${instanceId}:${(sequence++).toString(36)}`, message)
      const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      let results: [Error | null, unknown][] | null
      try {
        results = await client
          .multi()
          .spublish(keys.topic(message.tenant, message.topic).channel, buf)
          .spublish(keys.wildcardChannel(message.tenant), buf)
          .exec()
      } catch (err) {
        throw unavailable(err)
      }
      const failed = results === null ? new Error('transaction aborted') : results.find(([e]) => e !== null)?.[0]
      if (failed) throw unavailable(failed)
    },
    isReady,
    whenReady: (timeoutMs) => ready.wait(timeoutMs),
    settled: () => gate ?? Promise.resolve(),
    get channels() {
      return new Set(channels.keys())
    },
    get malformed() {
      return malformed
    },
    async close() {
      if (closed) return
      closed = true
      attached.clear()
      channels.clear()
      await Promise.all([publisher.close(), subscriber.close()])
    },
  }
}
