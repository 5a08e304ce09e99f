import { describe, expect, it } from 'vitest'
import { callEach, runTask } from './call-each.js'

describe('callEach()', () => {
  it('calls every item in order despite failures and returns the first error, boxed', () => {
    const seen: number[] = []
    const failure = callEach([1, 2, 3, 4], (n) => {
      seen.push(n)
      if (n === 2) throw new Error('two')
      if (n === 3) throw undefined
    })
    expect(seen).toEqual([1, 2, 3, 4])
    expect((failure?.err as Error).message).toBe('two')
  })

  it('boxes a thrown undefined and returns undefined when nothing throws', () => {
    expect(
      callEach([0], () => {
        throw undefined
      }),
    ).toEqual({ err: undefined })
    const ran: string[] = []
    expect(callEach([() => ran.push('a'), () => ran.push('b')], runTask)).toBeUndefined()
    expect(ran).toEqual(['a', 'b'])
  })
})
