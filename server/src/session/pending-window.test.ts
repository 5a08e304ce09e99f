import { describe, expect, it } from 'vitest'
import { CHUNK_SIZE, DEAD_LETTERED, FanoutChunk, PendingEntry, PendingWindow } from './pending-window.js'

function entries(w: PendingWindow<string>) {
  w.materialize()
  expect(w.size).toBe(w.length)
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

  it('records live fanouts as runs over a shared chunk, one item per run', () => {
    const chunk = new FanoutChunk<string>(100)
    const a = new PendingWindow<string>()
    const b = new PendingWindow<string>()
    for (let i = 1; i <= 5; i++) {
      const slot = chunk.append(`m${i}`, i, 1_000 + i)
      a.pushFanout(chunk, slot)
      if (i !== 3) b.pushFanout(chunk, slot) // b missed m3 live: its run breaks there
    }
    expect([a.length, a.size]).toEqual([5, 1])
    expect([b.length, b.size]).toEqual([4, 2])
    expect(a.lastChunk()).toBe(chunk)
    // An entry (a replayed delivery) ends the run: the next fanout starts a new one.
    a.push('m6', 6, 2_000, 2_100)
    expect(a.lastChunk()).toBeUndefined()
    a.pushFanout(chunk, chunk.append('m7', 7, 3_000))
    expect([a.length, a.size]).toEqual([7, 3])
    expect(a.nextDeadlineMs()).toBe(1_101)
    // An ack inside a run shortens it; the latency counts from each slot's own send time.
    const seen: number[] = []
    expect(a.ackUpTo(2, 1_500, { observe: (s) => seen.push(s) })).toBe(2)
    expect(seen).toEqual([0.499, 0.498])
    expect([a.length, a.size]).toEqual([5, 3])
    expect(a.nextDeadlineMs()).toBe(1_103)
    expect(entries(a)).toEqual([
      ['m3', 1, 1_103],
      ['m4', 1, 1_104],
      ['m5', 1, 1_105],
      ['m6', 1, 2_100],
      ['m7', 1, 3_100],
    ])
    // b's window is its own: a's acks and materialization leave it alone.
    expect(entries(b)).toEqual([
      ['m1', 1, 1_101],
      ['m2', 1, 1_102],
      ['m4', 1, 1_104],
      ['m5', 1, 1_105],
    ])
    expect(chunk.length).toBe(6)
  })

  it('starts a new run when a chunk is full or spans too many offsets', () => {
    const w = new PendingWindow<string>()
    let chunk = new FanoutChunk<string>(10)
    for (let i = 0; i < CHUNK_SIZE + 3; i++) {
      if (!chunk.accepts(i)) chunk = new FanoutChunk<string>(10)
      w.pushFanout(chunk, chunk.append(`m${i}`, i, i))
    }
    expect([w.length, w.size]).toEqual([CHUNK_SIZE + 3, 2])
    // A chunk also refuses an offset too far from its first one (its runs would pin old messages).
    const sparse = new FanoutChunk<string>(10)
    sparse.append('m1', 1, 0)
    expect([sparse.accepts(2 * CHUNK_SIZE), sparse.accepts(2 * CHUNK_SIZE + 1)]).toEqual([true, false])
    // ...or an offset not above its last one (a new epoch starts over at 1).
    expect([sparse.accepts(1), sparse.accepts(0)]).toEqual([false, false])
    expect(w.ackUpTo(CHUNK_SIZE, 0, { observe() {} })).toBe(CHUNK_SIZE + 1)
    expect([w.length, w.size]).toEqual([2, 1])
  })

  it('behaves like a list of deliveries under random pushes, fanouts, acks, redeliveries and clears', () => {
    // A small deterministic generator (no dependence on Math.random's seed).
    let seed = 12_345
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed % n
    }
    type Model = { message: string; offset: number; sent: number; deadline: number; count: number }
    for (let round = 0; round < 25; round++) {
      const w = new PendingWindow<string>()
      const model: Model[] = []
      let chunk = new FanoutChunk<string>(50)
      let offset = 0
      let observed = 0
      const latency = { observe: () => observed++ }
      for (let step = 0; step < 400; step++) {
        const op = rand(20)
        if (op < 10) {
          offset += 1 + (rand(4) === 0 ? rand(3) : 0)
          const sent = step * 10
          if (op < 7) {
            if (!chunk.accepts(offset) || rand(10) === 0) chunk = new FanoutChunk<string>(50)
            if (rand(6) === 0 && chunk.accepts(offset + 1)) {
              // A fanout that other subscribers got live and this one did not (it was held here).
              chunk.append(`other${offset}`, offset, sent)
              offset++
            }
            w.pushFanout(chunk, chunk.append(`m${offset}`, offset, sent))
            model.push({ message: `m${offset}`, offset, sent, deadline: sent + 50, count: 1 })
          } else {
            w.push(`m${offset}`, offset, sent, sent + 70)
            model.push({ message: `m${offset}`, offset, sent, deadline: sent + 70, count: 1 })
          }
        } else if (op < 16) {
          const upTo = offset - rand(8)
          const before = observed
          const removed = model.filter((m) => m.offset <= upTo).length
          expect(w.ackUpTo(upTo, step * 10, latency)).toBe(removed)
          expect(observed - before).toBe(removed)
          model.splice(0, removed)
        } else if (op < 19) {
          const expected = model.reduce((min, m) => Math.min(min, m.deadline), Number.POSITIVE_INFINITY)
          expect(w.nextDeadlineMs()).toBe(expected)
          w.materialize()
          expect(w.size).toBe(model.length)
          for (let n = 0; n < w.size; n++) {
            const slot = w.slot(n)
            const m = model[n] as Model
            expect([w.message(slot), w.count(slot), w.deadlineMs(slot)]).toEqual([m.message, m.count, m.deadline])
            if (rand(3) === 0) {
              m.count = rand(4) === 0 ? DEAD_LETTERED : m.count + 1
              m.deadline += 100
              w.update(slot, m.count, m.deadline)
            }
          }
          const dead = model.filter((m) => m.count === DEAD_LETTERED).length
          expect(w.removeDeadLettered()).toBe(dead)
          model.splice(0, model.length, ...model.filter((m) => m.count !== DEAD_LETTERED))
        } else {
          w.clear()
          model.length = 0
        }
        expect(w.length).toBe(model.length)
      }
      expect(entries(w)).toEqual(model.map((m) => [m.message, m.count, m.deadline]))
    }
  })
})
