import { describe, expect, it } from 'vitest'
import { RelayError } from '../errors.js'
import {
  MAX_PUBLISH_TOPICS,
  MAX_SHARED_TOPICS,
  parseTopic,
  patternCovers,
  patternMatches,
  publishTopic,
  sharedTopic,
  topicProblem,
  topicTokens,
} from './topic.js'

const t = (s: string) => s.split('.')

describe('topicProblem()', () => {
  it.each([
    'a',
    'chat.room.1',
    'A-Z_a:z=0@9~',
    'x'.repeat(64),
    Array.from({ length: 16 }, () => 'a').join('.'),
    `${'a'.repeat(64)}.${'b'.repeat(64)}.${'c'.repeat(64)}.${'d'.repeat(61)}`, // 256 bytes
    '$dlq.orders.eu',
  ])('accepts %j as a topic', (topic) => {
    expect(topicProblem(topic, false)).toBeUndefined()
  })

  it.each([
    '',
    '.',
    'a..b',
    '.a',
    'a.',
    'x'.repeat(65),
    Array.from({ length: 17 }, () => 'a').join('.'),
    `${'a'.repeat(64)}.${'b'.repeat(64)}.${'c'.repeat(64)}.${'d'.repeat(62)}`, // 257 bytes
    'a b',
    ' a',
    'a\n',
    'a\r',
    'a\0',
    'a\x7f',
    'caf\u00e9',
    'a/b',
    'a//b',
    'a#',
    'a+',
    'a?',
    'a%2e',
    'a[',
    'a{}',
    '\u202eabc',
    'or*ders',
    'a.>.b',
    '$',
    'a.$b',
  ])('rejects %j as a pattern', (topic) => {
    expect(topicProblem(topic, true)).toBeTypeOf('string')
  })

  it('rejects wildcards where a concrete topic is needed', () => {
    expect(topicProblem('a.*', false)).toMatch(/wildcard/)
    expect(topicProblem('a.>', false)).toMatch(/wildcard/)
    expect(topicProblem('a.*', true)).toBeUndefined()
    expect(topicProblem('>', true)).toBeUndefined()
  })

  it('parses flags', () => {
    expect(parseTopic('$dlq.a', false)).toMatchObject({ isSystem: true, isPattern: false })
    expect(parseTopic('a.*', true)).toMatchObject({ isSystem: false, isPattern: true, tokens: ['a', '*'] })
    expect(() => parseTopic('a..b', true)).toThrow(/empty token/)
  })
})

describe('patternMatches()', () => {
  it.each([
    ['orders.*', 'orders.eu', true],
    ['orders.*', 'orders', false],
    ['orders.*', 'orders.eu.fr', false],
    ['orders.>', 'orders.eu', true],
    ['orders.>', 'orders.eu.fr', true],
    ['orders.>', 'orders', false],
    ['>', 'a', true],
    ['>', '$dlq.a', false],
    ['*.a', '$dlq.a', false],
    ['$dlq.>', '$dlq.a', true],
    ['a.b', 'a.b', true],
    ['a.b', 'a.c', false],
    ['*.*', 'a.b', true],
  ])('%s matches %s: %s', (pattern, topic, expected) => {
    expect(patternMatches(t(pattern), t(topic))).toBe(expected)
  })
})

describe('patternCovers()', () => {
  it.each([
    ['>', 'a', true],
    ['>', 'a.*', true],
    ['>', '*', true],
    ['>', '>', true],
    ['>', '$dlq.a', false],
    ['>', '*.>', true],
    ['chat.>', 'chat.*', true],
    ['chat.>', 'chat.room.1', true],
    ['chat.>', 'chat.>', true],
    ['chat.>', 'chat.*.>', true],
    ['chat.>', 'chat', false],
    ['chat.>', '>', false],
    ['chat.>', '*.room', false],
    ['chat.*', 'chat.room', true],
    ['chat.*', 'chat.*', true],
    ['chat.*', 'chat.>', false],
    ['chat.*', 'chat.a.b', false],
    ['chat.room', 'chat.room', true],
    ['chat.room', 'chat.*', false],
    ['*.room', 'chat.room', true],
    ['*.room', '$x.room', false],
    ['a.*.c', 'a.b.c', true],
    ['a.*.c', 'a.*.d', false],
    ['a.*.>', 'a.b.c.d', true],
    ['a.*.>', 'a.*.*', true],
    ['a.*.>', 'a.>', false],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(patternCovers(t(outer), t(inner))).toBe(expected)
  })

  it('agrees with patternMatches on concrete topics (exhaustive over a small alphabet)', () => {
    const tokens = ['a', 'b', '*', '>']
    const patterns: string[][] = []
    const grow = (prefix: string[]) => {
      if (prefix.length > 0) patterns.push(prefix)
      if (prefix.length === 3 || prefix[prefix.length - 1] === '>') return
      for (const tok of tokens) grow([...prefix, tok])
    }
    grow([])
    const topics: string[][] = []
    const growTopic = (prefix: string[]) => {
      if (prefix.length > 0) topics.push(prefix)
      if (prefix.length === 4) return
      for (const tok of ['a', 'b']) growTopic([...prefix, tok])
    }
    growTopic([])
    for (const outer of patterns) {
      for (const inner of patterns) {
        // inner ⊆ outer ⇔ every topic inner matches is matched by outer (topics up to 4 tokens suffice here).
        const brute = topics.filter((x) => patternMatches(inner, x)).every((x) => patternMatches(outer, x))
        expect(patternCovers(outer, inner), `${outer.join('.')} ⊇ ${inner.join('.')}`).toBe(brute)
      }
    }
  })
})

describe('sharedTopic()', () => {
  it('returns one frozen copy per text, equal to the parsed topic', () => {
    const a = parseTopic('chat.*.room', true)
    const b = parseTopic('chat.*.room', true)
    const shared = sharedTopic(a)
    expect(sharedTopic(b)).toBe(shared)
    expect(shared).toEqual(a)
    expect(shared.tokens).not.toBe(a.tokens)
    expect(Object.isFrozen(shared)).toBe(true)
    expect(Object.isFrozen(shared.tokens)).toBe(true)
    expect(sharedTopic(parseTopic('chat.*.other', true))).not.toBe(shared)
  })

  it('stays bounded: past MAX_SHARED_TOPICS texts it starts over (copies stay valid)', () => {
    const first = sharedTopic(parseTopic('bound.first', false))
    for (let i = 0; i <= MAX_SHARED_TOPICS; i++) sharedTopic(parseTopic(`bound.t${i}`, false))
    const again = sharedTopic(parseTopic('bound.first', false))
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})

describe('publishTopic()', () => {
  it('parses a concrete topic once: the same frozen result for the same text', () => {
    const t = publishTopic('orders.eu.1')
    expect(t).toEqual(parseTopic('orders.eu.1', false))
    expect(publishTopic('orders.eu.1')).toBe(t)
    expect(Object.isFrozen(t)).toBe(true)
    expect(Object.isFrozen(t.tokens)).toBe(true)
    expect(publishTopic('$dlq.orders')).toMatchObject({ isSystem: true, isPattern: false })
  })

  it('throws for what parseTopic refuses, every time (nothing invalid is kept)', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => publishTopic('a.*')).toThrow(/wildcard/)
      expect(() => publishTopic('a..b')).toThrow(/empty token/)
      expect(() => publishTopic('')).toThrow(RelayError)
    }
  })

  it('topicTokens() shares the parsed tokens and splits what the grammar refuses without throwing', () => {
    expect(topicTokens('orders.eu.2')).toBe(publishTopic('orders.eu.2').tokens)
    const long = `$dlq.${Array.from({ length: 16 }, (_, i) => `t${i}`).join('.')}` // 17 tokens
    expect(topicTokens(long)).toEqual(long.split('.'))
    expect(() => publishTopic(long)).toThrow(RelayError)
  })

  it('shares one object (and so one text) with sharedTopic() for a concrete topic, whichever came first', () => {
    const subscribedFirst = sharedTopic(parseTopic('share.sub.first', false))
    expect(publishTopic('share.sub.first')).toBe(subscribedFirst)
    const publishedFirst = publishTopic('share.pub.first')
    expect(sharedTopic(parseTopic('share.pub.first', true))).toBe(publishedFirst)
    // A pattern's copy is never taken for a publish: the publish is refused as before.
    sharedTopic(parseTopic('share.*', true))
    expect(() => publishTopic('share.*')).toThrow(/wildcard/)
  })

  it('stays bounded: past MAX_PUBLISH_TOPICS texts it starts over', () => {
    const first = publishTopic('pub.first')
    for (let i = 0; i <= MAX_PUBLISH_TOPICS; i++) publishTopic(`pub.t${i}`)
    const again = publishTopic('pub.first')
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})
