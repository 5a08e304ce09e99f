import { describe, expect, it } from 'vitest'
import { patternMatches } from './topic.js'
import { TopicTrie } from './topic-trie.js'

const t = (s: string) => s.split('.')

describe('TopicTrie', () => {
  it('matches exact topics, * within one token and > for one or more tokens', () => {
    const trie = new TopicTrie<string>()
    trie.subscribe(t('orders.eu'), 'exact')
    trie.subscribe(t('orders.*'), 'star')
    trie.subscribe(t('orders.>'), 'tail')
    trie.subscribe(t('*.eu.fr'), 'star-first')
    expect([...trie.match(t('orders.eu'))].sort()).toEqual(['exact', 'star', 'tail'])
    expect([...trie.match(t('orders.eu.fr'))].sort()).toEqual(['star-first', 'tail'])
    expect([...trie.match(t('orders'))]).toEqual([])
  })

  it('returns each subscriber once even when several of its patterns match', () => {
    const trie = new TopicTrie<string>()
    trie.subscribe(t('a.b'), 'x')
    trie.subscribe(t('a.*'), 'x')
    trie.subscribe(t('>'), 'x')
    expect([...trie.match(t('a.b'))]).toEqual(['x'])
  })

  it('does not let wildcards in first position reach system topics', () => {
    const trie = new TopicTrie<string>()
    trie.subscribe(t('>'), 'all')
    trie.subscribe(t('*.a'), 'star')
    trie.subscribe(t('$dlq.>'), 'dlq')
    expect([...trie.match(t('$dlq.a'))]).toEqual(['dlq'])
  })

  it('reports duplicates and unknown entries, and prunes on unsubscribe', () => {
    const trie = new TopicTrie<string>()
    expect(trie.subscribe(t('a.*.c'), 'x')).toBe(true)
    expect(trie.subscribe(t('a.*.c'), 'x')).toBe(false)
    expect(trie.subscribe(t('a.>'), 'x')).toBe(true)
    expect(trie.size).toBe(2)
    expect(trie.unsubscribe(t('a.b.c'), 'x')).toBe(false)
    expect(trie.unsubscribe(t('a.*.c'), 'x')).toBe(true)
    expect(trie.unsubscribe(t('a.*.c'), 'x')).toBe(false)
    expect(trie.unsubscribe(t('a.>'), 'x')).toBe(true)
    expect(trie.size).toBe(0)
    expect([...trie.match(t('a.b.c'))]).toEqual([])
  })

  it('agrees with patternMatches for random patterns and topics', () => {
    let seed = 42
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const alphabet = ['a', 'b', 'c']
    const patterns: string[][] = []
    const trie = new TopicTrie<number>()
    for (let i = 0; i < 200; i++) {
      const len = 1 + rand(4)
      const p = Array.from({ length: len }, (_, j) => {
        const r = rand(6)
        if (r === 0) return '*'
        if (r === 1 && j === len - 1) return '>'
        return alphabet[rand(3)] as string
      })
      patterns.push(p)
      trie.subscribe(p, i)
    }
    for (let k = 0; k < 300; k++) {
      const topic = Array.from({ length: 1 + rand(5) }, () => alphabet[rand(3)] as string)
      const expected = patterns.flatMap((p, i) => (patternMatches(p, topic) ? [i] : []))
      expect([...trie.match(topic)].sort((x, y) => x - y)).toEqual(expected)
      expect(trie.hasMatch(topic)).toBe(expected.length > 0)
    }
  })

  it('hasMatch agrees with match on a sparse trie, where most topics match nothing', () => {
    const trie = new TopicTrie<string>()
    trie.subscribe(t('a.*.c'), 'x')
    trie.subscribe(t('b.>'), 'y')
    trie.subscribe(t('>'), 'z')
    trie.unsubscribe(t('>'), 'z')
    for (const topic of ['a.b.c', 'a.b', 'a.b.c.d', 'b', 'b.a', 'b.a.c', 'c', 'a.c.c', '$sys.a']) {
      expect(trie.hasMatch(t(topic)), topic).toBe(trie.match(t(topic)).size > 0)
    }
    expect(trie.hasMatch(t('a.q.c'))).toBe(true)
    expect(trie.hasMatch(t('b'))).toBe(false)
    expect(trie.hasMatch(t('c'))).toBe(false)
  })
})
