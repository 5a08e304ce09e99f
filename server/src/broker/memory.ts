/**
 * The in-memory broker: delivers synchronously, in publish order, to every attached node
 * whose interests match. Several relays in one process can share a broker to simulate a
 * cluster.
 */
import { topicTokens } from '../router/topic.js'
import { TopicTrie } from '../router/topic-trie.js'
import type { Broker, BrokerHandler, BrokerMessage, BrokerNode } from './broker.js'

interface Attached {
  readonly handler: BrokerHandler
  /** Interests per tenant. */
  readonly tries: Map<string, TopicTrie<Attached>>
}

/** Creates an in-memory Broker. */
export function createMemoryBroker(): Broker {
  const attached = new Set<Attached>()
  let closed = false
  const publishNow = (message: BrokerMessage): void => {
    if (closed) return
    const tokens = topicTokens(message.topic)
    for (const node of attached) {
      const trie = node.tries.get(message.tenant)
      if (trie !== undefined && trie.hasMatch(tokens)) node.handler(message)
    }
  }
  return {
    attach(handler) {
      const node: Attached = { handler, tries: new Map() }
      attached.add(node)
      const api: BrokerNode = {
        addInterest(tenant, pattern) {
          let trie = node.tries.get(tenant)
          if (trie === undefined) {
            trie = new TopicTrie()
            node.tries.set(tenant, trie)
          }
          trie.subscribe(pattern, node)
        },
        removeInterest(tenant, pattern) {
          const trie = node.tries.get(tenant)
          if (trie === undefined) return
          trie.unsubscribe(pattern, node)
          if (trie.size === 0) node.tries.delete(tenant)
        },
        detach() {
          attached.delete(node)
        },
      }
      return api
    },
    async publish(message) {
      publishNow(message)
    },
    publishNow,
    isReady: () => !closed,
    async close() {
      closed = true
      attached.clear()
    },
  }
}
