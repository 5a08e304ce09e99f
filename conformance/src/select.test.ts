import { describe, expect, it } from 'vitest'
import { checkKnownFailing, compilePattern, parsePatternText } from './select.js'

describe('compilePattern()', () => {
  const name = 'Pubsub/Codec:json/sub/basic-delivery'
  it('matches * within one component and ** across any number', () => {
    expect(compilePattern(name).test(name)).toBe(true)
    expect(compilePattern('Pubsub/*/sub/basic-delivery').test(name)).toBe(true)
    expect(compilePattern('Pubsub/*/basic-delivery').test(name)).toBe(false)
    expect(compilePattern('**/basic-delivery').test(name)).toBe(true)
    expect(compilePattern('Pubsub/**').test(name)).toBe(true)
    expect(compilePattern('Pubsub/**/sub/*').test(name)).toBe(true)
    expect(compilePattern('**').test(name)).toBe(true)
    expect(compilePattern('Pub*/Codec:*/sub/basic-*').test(name)).toBe(true)
    expect(compilePattern('Pubsub/Codec:binary/**').test(name)).toBe(false)
    expect(compilePattern('Pubsub/Codec.json/**').test(name)).toBe(false)
  })
})

describe('parsePatternText()', () => {
  it('skips comments and blank lines and records the origin', () => {
    const ps = parsePatternText('# why\n\nA/*/x   # trailing\n  B/**\n', 'kf.txt')
    expect(ps.map((p) => [p.source, p.origin])).toEqual([
      ['A/*/x', 'kf.txt:3'],
      ['B/**', 'kf.txt:4'],
    ])
  })
})

describe('checkKnownFailing()', () => {
  const all = ['S/Codec:binary/a', 'S/Codec:json/a', 'S/Codec:binary/b']
  it('turns listed failures into expected failures', () => {
    const r = checkKnownFailing(
      parsePatternText('S/*/a', 'kf'),
      [
        { name: 'S/Codec:binary/a', status: 'failed' },
        { name: 'S/Codec:json/a', status: 'failed' },
        { name: 'S/Codec:binary/b', status: 'passed' },
      ],
      all,
    )
    expect([...r.expectedFailures]).toEqual(['S/Codec:binary/a', 'S/Codec:json/a'])
    expect(r.errors).toEqual([])
  })

  it('fails the run when a listed case passes (the list is stale)', () => {
    const r = checkKnownFailing(
      parsePatternText('S/*/a', 'kf'),
      [
        { name: 'S/Codec:binary/a', status: 'failed' },
        { name: 'S/Codec:json/a', status: 'passed' },
      ],
      all,
    )
    expect(r.errors).toEqual(['S/Codec:json/a is listed as known failing but passed: remove it from the list'])
  })

  it('fails the run when a pattern matches no test case', () => {
    const r = checkKnownFailing(parsePatternText('S/*/zzz', 'kf'), [], all)
    expect(r.errors).toEqual(['known-failing pattern "S/*/zzz" (kf:1) matches no test case'])
  })

  it('neither counts nor complains about skipped cases', () => {
    const r = checkKnownFailing(parsePatternText('S/*/b', 'kf'), [{ name: 'S/Codec:binary/b', status: 'skipped' }], all)
    expect(r.errors).toEqual([])
    expect(r.expectedFailures.size).toBe(0)
  })
})
