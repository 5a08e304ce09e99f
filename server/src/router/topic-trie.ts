/**
 * A subscription trie over topic tokens: `subscribe(pattern, s)`, `unsubscribe(pattern, s)`,
 * `match(topic)` returning every subscriber whose pattern matches, each exactly once.
 * One trie holds one tenant's subscriptions; the router keeps one trie per tenant, so no
 * pattern can reach across tenants.
 */

interface TrieNode<S> {
  readonly children: Map<string, TrieNode<S>>
  star: TrieNode<S> | undefined
  /** Subscribers of the pattern ending at this node. */
  readonly here: Set<S>
  /** Subscribers of the pattern `<path>.>` (one or more further tokens). */
  readonly tail: Set<S>
}

function createNode<S>(): TrieNode<S> {
  return { children: new Map(), star: undefined, here: new Set(), tail: new Set() }
}

function isEmpty<S>(node: TrieNode<S>): boolean {
  return node.children.size === 0 && node.star === undefined && node.here.size === 0 && node.tail.size === 0
}

/** Wildcards at the first position never match system (`$`) tokens. */
function wildcardOk(depth: number, token: string): boolean {
  return !(depth === 0 && token.startsWith('$'))
}

/** A topic trie of subscribers `S` (compared by identity). Not thread-safe; synchronous. */
export class TopicTrie<S> {
  readonly #root = createNode<S>()
  #size = 0

  /** Number of (pattern, subscriber) entries. */
  get size(): number {
    return this.#size
  }

  /** Adds `subscriber` under a valid pattern's tokens. Returns false when it was already there. */
  subscribe(tokens: readonly string[], subscriber: S): boolean {
    let node = this.#root
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string
      if (token === '>') {
        if (node.tail.has(subscriber)) return false
        node.tail.add(subscriber)
        this.#size++
        return true
      }
      if (token === '*') {
        node.star ??= createNode()
        node = node.star
      } else {
        let next = node.children.get(token)
        if (next === undefined) {
          next = createNode()
          node.children.set(token, next)
        }
        node = next
      }
    }
    if (node.here.has(subscriber)) return false
    node.here.add(subscriber)
    this.#size++
    return true
  }

  /** Removes `subscriber` from a pattern and prunes empty nodes. Returns false when it was not there. */
  unsubscribe(tokens: readonly string[], subscriber: S): boolean {
    const path: [TrieNode<S>, string][] = []
    let node: TrieNode<S> | undefined = this.#root
    let removed = false
    for (let i = 0; i < tokens.length && node !== undefined; i++) {
      const token = tokens[i] as string
      if (token === '>') {
        removed = node.tail.delete(subscriber)
        break
      }
      const next: TrieNode<S> | undefined = token === '*' ? node.star : node.children.get(token)
      if (next === undefined) return false
      path.push([node, token])
      node = next
      if (i === tokens.length - 1) removed = node.here.delete(subscriber)
    }
    if (!removed) return false
    this.#size--
    // Prune from the deepest node upwards.
    for (let i = path.length - 1; i >= 0; i--) {
      const [parent, token] = path[i] as [TrieNode<S>, string]
      const child = token === '*' ? parent.star : parent.children.get(token)
      if (child === undefined || !isEmpty(child)) break
      if (token === '*') parent.star = undefined
      else parent.children.delete(token)
    }
    return true
  }

  /** Every subscriber with a pattern matching the concrete topic, each once. */
  match(topic: readonly string[]): Set<S> {
    const out = new Set<S>()
    this.#collect(this.#root, topic, 0, out)
    return out
  }

  /** Whether any pattern matches the concrete topic (`match(topic).size > 0` without building the set). */
  hasMatch(topic: readonly string[]): boolean {
    return this.#hasMatch(this.#root, topic, 0)
  }

  #hasMatch(node: TrieNode<S>, topic: readonly string[], depth: number): boolean {
    if (depth === topic.length) return node.here.size > 0
    const token = topic[depth] as string
    const wildOk = wildcardOk(depth, token)
    if (wildOk && node.tail.size > 0) return true
    const exact = node.children.get(token)
    if (exact !== undefined && this.#hasMatch(exact, topic, depth + 1)) return true
    return wildOk && node.star !== undefined && this.#hasMatch(node.star, topic, depth + 1)
  }

  #collect(node: TrieNode<S>, topic: readonly string[], depth: number, out: Set<S>): void {
    if (depth === topic.length) {
      for (const s of node.here) out.add(s)
      return
    }
    const token = topic[depth] as string
    const wildOk = wildcardOk(depth, token)
    if (wildOk) for (const s of node.tail) out.add(s)
    const exact = node.children.get(token)
    if (exact !== undefined) this.#collect(exact, topic, depth + 1, out)
    if (wildOk && node.star !== undefined) this.#collect(node.star, topic, depth + 1, out)
  }
}
