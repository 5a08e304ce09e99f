import { describe, expect, it } from 'vitest'
import { createKeyspace, decodePart, encodePart } from './keys.js'

const TRICKY = ['', 'a', 'a.b', 'a:b', 'a%3Ab', '%', '*', '?', '[', ']', '{', '}', '\\', 'a*', '*a', 'h[ae]llo', 'x?y']
  .concat(['{a}', '}{', 'a}b{c', ':', '::', 'a b', '\n', '\u0000', 'ü', '日本', '🙂', 'a.🙂.*', '$dlq.x', '>'])
  .concat(['%25', '%2', 'A', 'a-b_c.d', 'a%b', '\uFFFF', 'a\\*b', '*?[]{}:\\'])

/** Deterministic pseudo-random strings over an alphabet full of separators and glob characters. */
function* randomStrings(count: number): Generator<string> {
  const alphabet = [
    'a',
    'b',
    '.',
    ':',
    '%',
    '*',
    '?',
    '[',
    ']',
    '{',
    '}',
    '\\',
    '-',
    '_',
    ' ',
    'ü',
    '🙂',
    '2',
    '5',
    'A',
  ]
  let seed = 12345
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed
  }
  for (let i = 0; i < count; i++) {
    const len = next() % 7
    let s = ''
    for (let j = 0; j < len; j++) s += alphabet[next() % alphabet.length]
    yield s
  }
}

describe('encodePart', () => {
  it('round-trips and never emits a separator, hash-tag brace or glob character', () => {
    for (const s of [...TRICKY, ...randomStrings(2_000)]) {
      const e = encodePart(s)
      expect(decodePart(e)).toBe(s)
      expect(e).toMatch(/^[A-Za-z0-9_.%-]*$/)
    }
  })
})

describe('createKeyspace', () => {
  const ks = createKeyspace('zr')
  const names = (tenant: string, topic: string) => {
    const k = ks.topic(tenant, topic)
    return [k.meta, k.stream, k.channel, ks.idempotencyKey(k, 'id')]
  }

  it('maps distinct (tenant, topic) pairs to distinct keys and channels', () => {
    const parts = [...TRICKY, ...randomStrings(60)]
    const seen = new Map<string, string>()
    for (const tenant of parts) {
      const wildcard = ks.wildcardChannel(tenant)
      const owner = `w:${JSON.stringify(tenant)}`
      expect(seen.get(wildcard) ?? owner).toBe(owner)
      seen.set(wildcard, owner)
      for (const topic of parts) {
        const who = `${JSON.stringify(tenant)}/${JSON.stringify(topic)}`
        for (const name of names(tenant, topic)) {
          expect(seen.get(name) ?? who, name).toBe(who)
          seen.set(name, who)
        }
      }
    }
  })

  it('keeps glob characters out of every name and one hash tag per topic', () => {
    for (const s of TRICKY) {
      for (const name of [...names(s, s), ks.wildcardChannel(s)]) {
        expect(name).not.toMatch(/[*?[\]\\]/)
        expect(name.match(/[{}]/g)).toEqual(['{', '}'])
      }
      const k = ks.topic('t', s)
      const tag = (name: string) => name.slice(name.indexOf('{'), name.indexOf('}') + 1)
      expect(new Set([k.meta, k.stream, k.channel, ks.idempotencyKey(k, '*{x}')].map(tag)).size).toBe(1)
    }
  })

  it('separates idempotency keys of one topic by encoding', () => {
    const k = ks.topic('t', 'x')
    expect(ks.idempotencyKey(k, 'a:b')).not.toBe(ks.idempotencyKey(k, 'a%3Ab'))
    expect(ks.idempotencyKey(k, '*')).toBe(`${k.idempotencyPrefix}%2A`)
  })

  it('rejects prefixes that could collide or glob', () => {
    for (const bad of ['', 'a*', 'a:b', '{x}', 'a b', 'x'.repeat(65)]) expect(() => createKeyspace(bad)).toThrow()
    expect(createKeyspace('zr-prod_1.v2').prefix).toBe('zr-prod_1.v2')
  })
})
