import { describe, expect, it } from 'vitest'
import { DEAD_LETTERED, PendingEntry, PendingWindow } from './pending-window.js'

function entries(w: PendingWindow<string>) {
  const out: [string, number, number][] = []
  for (let n = 0; n < w.length; n++) {
    const slot = w.slot(n)
    out.push([w.message(slot), w.count(slot), w.deadlineMs(slot)])
  }
  return out
}

describe('PendingWindow', () => {
  it('keeps entries in order across growth and wrap-around, and acks a prefix', () => {
    const w = new PendingWindow<string>()
    const seen: number[] = []
    const latency = { observe: (s: number) => seen.push(s) }
    let next = 1
    // Push and ack in steps so the ring wraps several times while it grows from 8 to 32.
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 3 + round; i++) {
        w.push(`m${next}`, next, 1_000, 2_000 + next)
        next++
      }
      const ackTo = next - 3
      const before = w.length
      const acked = w.ackUpTo(ackTo, 1_500, latency)
      expect(w.length).toBe(before - acked)
      expect(w.message(w.slot(0))).toBe(`m${ackTo + 1}`)
    }
    expect(entries(w)).toEqual([
      [`m${next - 2}`, 1, 2_000 + next - 2],
      [`m${next - 1}`, 1, 2_000 + next - 1],
    ])
    expect(seen).toHaveLength(next - 3)
    expect(new Set(seen)).toEqual(new Set([0.5]))
    // An ack below the oldest offset removes nothing.
    expect(w.ackUpTo(1, 1_500, latency)).toBe(0)
  })

  it('updates counts and deadlines in place and removes dead-lettered entries keeping the order', () => {
    const w = new PendingWindow<string>()
    for (let i = 1; i <= 12; i++) w.push(`m${i}`, i, 0, 100)
    w.ackUpTo(4, 0, { observe() {} }) // head moves: removal below works on a shifted ring
    for (let n = 0; n < w.length; n++) {
      const slot = w.slot(n)
      const offset = n + 5
      w.update(slot, offset % 3 === 0 ? DEAD_LETTERED : 2, 200 + offset)
    }
    expect(w.removeDeadLettered()).toBe(3) // 6, 9, 12
    expect(entries(w)).toEqual([
      ['m5', 2, 205],
      ['m7', 2, 207],
      ['m8', 2, 208],
      ['m10', 2, 210],
      ['m11', 2, 211],
    ])
    w.clear()
    expect(w.length).toBe(0)
    w.push('again', 20, 0, 1)
    expect(entries(w)).toEqual([['again', 1, 1]])
  })

  it('shares an entry between windows; an update in one replaces it there only', () => {
    const shared = new PendingEntry('m1', 1, 1_000, 1_100, 1)
    const a = new PendingWindow<string>()
    const b = new PendingWindow<string>()
    a.pushEntry(shared)
    b.pushEntry(shared)
    a.update(a.slot(0), 2, 1_300)
    expect(entries(a)).toEqual([['m1', 2, 1_300]])
    expect(entries(b)).toEqual([['m1', 1, 1_100]])
    expect(shared.count).toBe(1)
    // The first-send time survives the update: the ack latency still counts from the first send.
    const seen: number[] = []
    a.ackUpTo(1, 1_500, { observe: (s) => seen.push(s) })
    expect(seen).toEqual([0.5])
  })
})
