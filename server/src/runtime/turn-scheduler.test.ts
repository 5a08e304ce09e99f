import { describe, expect, it } from 'vitest'
import { createTurnScheduler } from './turn-scheduler.js'

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('createTurnScheduler()', () => {
  it('runs every flush of a turn together, in order, after the turn', async () => {
    const schedule = createTurnScheduler()
    const ran: number[] = []
    schedule(() => ran.push(1))
    schedule(() => ran.push(2))
    expect(ran).toEqual([])
    await turn()
    expect(ran).toEqual([1, 2])
  })

  it('defers flushes requested while flushing to the next turn', async () => {
    const schedule = createTurnScheduler()
    const ran: string[] = []
    schedule(() => {
      ran.push('a')
      schedule(() => ran.push('b'))
    })
    await turn()
    expect(ran).toEqual(['a'])
    await turn()
    expect(ran).toEqual(['a', 'b'])
  })
})
