import { describe, expect, it } from 'vitest'
import { createOutboundQueue, createOutboundQueueFactory, utf8Length } from './outbound-queue.js'

function setup(maxBytes: number, maxMessages: number, maxAgeMs = 0, maxUnreadAgeMs = 0) {
  const sent: (Uint8Array | string)[][] = []
  const tasks: (() => void)[] = []
  const clock = { ms: 0 }
  const socket = {
    bufferedAmount: 0,
    pings: 0,
    result: 'sent' as 'sent' | 'buffered' | 'dropped',
    sendBatch: (f: readonly (Uint8Array | string)[], count: number) => (sent.push(f.slice(0, count)), socket.result),
    ping: () => {
      socket.pings++
    },
  }
  const queue = createOutboundQueue({
    socket,
    maxBytes,
    maxMessages,
    maxAgeMs,
    maxUnreadAgeMs,
    schedule: (f) => tasks.push(f),
    now: () => clock.ms,
  })
  return { queue, sent, tasks, socket, clock }
}

describe('createOutboundQueue()', () => {
  it('coalesces every frame offered in one turn into one batch', () => {
    const { queue, sent, tasks } = setup(1000, 10)
    expect(queue.offer('a', 1)).toBe(true)
    expect(queue.offer(new Uint8Array(3), 3)).toBe(true)
    expect(tasks).toHaveLength(1)
    expect(sent).toHaveLength(0)
    tasks.shift()?.()
    expect(sent).toEqual([['a', new Uint8Array(3)]])
    expect(queue.length).toBe(0)
  })

  it('refuses a frame over the message cap and over the byte cap, counting the socket buffer', () => {
    const { queue, socket } = setup(10, 2)
    expect(queue.offer('a', 4)).toBe(true)
    expect(queue.offer('b', 4)).toBe(true)
    expect(queue.offer('c', 1)).toBe(false)
    queue.clear()
    socket.bufferedAmount = 8
    expect(queue.offer('d', 3)).toBe(false)
    expect(queue.offer('e', 2)).toBe(true)
    expect(queue.bytes).toBe(2)
  })

  it('keeps the frames of each queue apart across flushes and clears (nothing queued is shared)', () => {
    const a = setup(1000, 10)
    const b = setup(1000, 10)
    a.queue.offer('a1', 2)
    a.tasks.shift()?.()
    b.queue.offer('b1', 2)
    b.queue.clear()
    a.queue.offer('a2', 2)
    b.queue.offer('b2', 2)
    expect(a.queue.length).toBe(1)
    expect(b.queue.length).toBe(1)
    expect(b.queue.bytes).toBe(2)
    a.tasks.shift()?.()
    b.tasks.shift()?.()
    expect(a.sent).toEqual([['a1'], ['a2']])
    expect(b.sent).toEqual([['b2']])
    expect(a.queue.length + b.queue.length).toBe(0)
  })

  it('force() bypasses the caps', () => {
    const { queue, tasks, sent } = setup(1, 1)
    queue.force('x', 100)
    queue.force('y', 100)
    tasks.shift()?.()
    expect(sent).toEqual([['x', 'y']])
  })

  it("reports each flush once: frames, bytes, and the lag of the batch's first delivery", () => {
    const { queue, tasks, clock } = setup(100, 10)
    const reports: unknown[][] = []
    queue.setFlushListener({ flushed: (...args) => reports.push(args) })
    clock.ms = 50
    queue.offer('reply', 5)
    queue.offer('a', 1, { publishedAtMs: 30 })
    queue.offer('bb', 2, { publishedAtMs: 40 })
    queue.offer('c', 1, { publishedAtMs: 45 })
    expect(reports).toEqual([])
    clock.ms = 70
    tasks.shift()?.()
    expect(reports).toEqual([[4, 9, 40]])
    queue.offer('reply', 5)
    tasks.shift()?.()
    expect(reports[1]).toEqual([1, 5, -1])
    queue.flush()
    expect(reports).toHaveLength(2)
  })

  it("reports a batch's own lag when a delivery is queued while the socket writes it", () => {
    const { queue, tasks, socket, clock } = setup(100, 10)
    const reports: unknown[][] = []
    queue.setFlushListener({ flushed: (...args) => reports.push(args) })
    const send = socket.sendBatch
    socket.sendBatch = (f, count) => {
      socket.sendBatch = send
      queue.offer('late', 1, { publishedAtMs: 95 })
      return send(f, count)
    }
    queue.offer('early', 1, { publishedAtMs: 10 })
    clock.ms = 100
    tasks.shift()?.()
    expect(reports).toEqual([[1, 1, 90]])
    tasks.shift()?.()
    expect(reports[1]).toEqual([1, 1, 5])
  })

  it('does not report a batch the socket dropped, and clear() forgets the oldest publish time', () => {
    const { queue, tasks, socket, clock } = setup(100, 10)
    const reports: unknown[][] = []
    queue.setFlushListener({ flushed: (...args) => reports.push(args) })
    socket.result = 'dropped'
    queue.offer('a', 1, { publishedAtMs: 1 })
    tasks.shift()?.()
    expect(reports).toEqual([])
    socket.result = 'sent'
    queue.offer('b', 1, { publishedAtMs: 2 })
    queue.clear()
    queue.offer('c', 1)
    clock.ms = 9
    tasks.shift()?.()
    expect(reports).toEqual([[1, 1, -1]])
  })

  it('keeps order and loses nothing when a flush re-enters from inside sendBatch', () => {
    const sent: string[][] = []
    const tasks: (() => void)[] = []
    let isInner = false
    const queue = createOutboundQueue({
      socket: {
        bufferedAmount: 0,
        ping() {},
        sendBatch(f, count) {
          sent.push(f.slice(0, count) as string[])
          if (!isInner) {
            isInner = true
            queue.offer('late', 4)
            queue.flush()
          }
          return 'sent'
        },
      },
      maxBytes: 100,
      maxMessages: 10,
      schedule: (f) => tasks.push(f),
      now: () => 0,
    })
    queue.offer('x', 1)
    queue.offer('y', 1)
    queue.flush()
    queue.offer('z', 1)
    queue.flush()
    expect(sent).toEqual([['x', 'y'], ['late'], ['z']])
    expect(queue.length).toBe(0)
    expect(queue.bytes).toBe(0)
  })

  it('ages the queue from its oldest frame and is empty after a flush', () => {
    const { queue, tasks, clock } = setup(100, 10)
    clock.ms = 10
    queue.offer('a', 1)
    clock.ms = 25
    queue.offer('b', 1)
    clock.ms = 40
    expect(queue.oldestAgeMs()).toBe(30)
    tasks.shift()?.()
    expect(queue.oldestAgeMs()).toBe(0)
    queue.offer('c', 1)
    clock.ms = 45
    expect(queue.oldestAgeMs()).toBe(5)
  })

  it('schedules one flush per batch', () => {
    const { queue, tasks } = setup(100, 10)
    queue.offer('a', 1)
    queue.offer('b', 1)
    expect(tasks).toHaveLength(1)
    tasks.shift()?.()
    queue.offer('c', 1)
    expect(tasks).toHaveLength(1)
  })
})

describe('unread-age probe', () => {
  /** Offers one frame at `ms` and runs the flush. */
  function sendAt(t: ReturnType<typeof setup>, ms: number, frame = 'x'): boolean {
    t.clock.ms = ms
    const accepted = t.queue.offer(frame, 1)
    t.tasks.shift()?.()
    return accepted
  }

  it('pings a busy connection every maxUnreadAgeMs / 2, one probe at a time, never at its first write', () => {
    const t = setup(1_000_000, 100, 0, 1000)
    sendAt(t, 0)
    sendAt(t, 499)
    expect(t.socket.pings).toBe(0)
    sendAt(t, 500)
    expect(t.socket.pings).toBe(1)
    sendAt(t, 800)
    sendAt(t, 1100)
    expect(t.socket.pings).toBe(1)
    t.clock.ms = 1150
    t.queue.pong()
    sendAt(t, 1649)
    expect(t.socket.pings).toBe(1)
    sendAt(t, 1650)
    expect(t.socket.pings).toBe(2)
  })

  it('refuses with `unread` once the outstanding probe is older than maxUnreadAgeMs, until the pong', () => {
    const t = setup(1_000_000, 100, 0, 1000)
    sendAt(t, 0)
    sendAt(t, 500)
    expect(t.socket.pings).toBe(1)
    expect(sendAt(t, 1500)).toBe(true)
    expect(t.queue.unreadAgeMs()).toBe(1000)
    t.clock.ms = 1501
    expect(t.queue.offer('late', 4)).toBe(false)
    expect(t.queue.refusal).toBe('unread')
    expect(t.queue.unreadAgeMs()).toBe(1001)
    // The byte and message caps are far away: only the probe refused.
    expect(t.queue.fits(1, 4)).toBe(true)
    t.queue.pong()
    expect(t.queue.unreadAgeMs()).toBe(0)
    expect(t.queue.offer('late', 4)).toBe(true)
  })

  it('checks the probe once per batch: frames joining a batch already accepted are not refused', () => {
    const t = setup(1_000_000, 100, 0, 1000)
    sendAt(t, 0)
    sendAt(t, 500)
    t.clock.ms = 1500
    expect(t.queue.offer('a', 1)).toBe(true)
    t.clock.ms = 1600
    expect(t.queue.offer('b', 1)).toBe(true)
    t.tasks.shift()?.()
    expect(t.sent.at(-1)).toEqual(['a', 'b'])
  })

  it("a pong with no probe outstanding (the heartbeat's) does not delay the next probe", () => {
    const t = setup(1_000_000, 100, 0, 1000)
    sendAt(t, 0)
    t.clock.ms = 400
    t.queue.pong()
    sendAt(t, 500)
    expect(t.socket.pings).toBe(1)
  })

  it('sends no probe after a dropped write, and none at all when maxUnreadAgeMs is 0', () => {
    const t = setup(1_000_000, 100, 0, 1000)
    sendAt(t, 0)
    t.socket.result = 'dropped'
    sendAt(t, 600)
    expect(t.socket.pings).toBe(0)
    const off = setup(1_000_000, 100, 0, 0)
    for (let ms = 0; ms <= 60_000; ms += 1000) expect(sendAt(off, ms)).toBe(true)
    expect(off.socket.pings).toBe(0)
    expect(off.queue.unreadAgeMs()).toBe(0)
  })
})

describe('createOutboundQueueFactory()', () => {
  function shared() {
    const tasks: (() => void)[] = []
    const sent: string[] = []
    const clock = { ms: 1_700_000_000_000 }
    const create = createOutboundQueueFactory({
      maxBytes: 100,
      maxMessages: 10,
      maxAgeMs: 0,
      schedule: (f) => tasks.push(f),
      now: () => clock.ms,
    })
    const socket = (name: string, fail = false) => ({
      bufferedAmount: 0,
      ping() {},
      sendBatch(frames: readonly (Uint8Array | string)[], count: number) {
        if (fail) throw new Error(`${name} failed`)
        sent.push(`${name}:${frames.slice(0, count).join('')}`)
        return 'sent' as const
      },
    })
    return { tasks, sent, clock, create, socket }
  }

  it('flushes every queue that asked with one scheduled call, in the order they asked', () => {
    const { tasks, sent, create, socket } = shared()
    const a = create(socket('a'))
    const b = create(socket('b'))
    b.offer('1', 1)
    a.offer('2', 1)
    b.offer('3', 1)
    expect(tasks).toHaveLength(1)
    tasks.shift()?.()
    expect(sent).toEqual(['b:13', 'a:2'])
    // A queue asking again goes with the next call.
    a.offer('4', 1)
    expect(tasks).toHaveLength(1)
    tasks.shift()?.()
    expect(sent).toEqual(['b:13', 'a:2', 'a:4'])
  })

  /** Queues of one factory on a socket that records each batch array it was handed and the frames it wrote. */
  function pooled() {
    const tasks: (() => void)[] = []
    const create = createOutboundQueueFactory({
      maxBytes: 1 << 20,
      maxMessages: 1000,
      schedule: (f) => tasks.push(f),
      now: () => 0,
    })
    const arrays: (readonly (Uint8Array | string)[])[] = []
    const sent: string[][] = []
    const socket = {
      bufferedAmount: 0,
      ping() {},
      sendBatch(frames: readonly (Uint8Array | string)[], count: number) {
        arrays.push(frames)
        sent.push(frames.slice(0, count) as string[])
        return 'sent' as const
      },
    }
    const isEmptied = (array: readonly (Uint8Array | string)[] | undefined) =>
      array !== undefined && [...array].every((f) => f === undefined)
    return { tasks, create, arrays, sent, socket, isEmptied }
  }

  it('reuses batch arrays across queues: the socket gets a count, and a written batch keeps no frame alive', () => {
    const { tasks, create, arrays, sent, socket, isEmptied } = pooled()
    const a = create(socket)
    const b = create(socket)
    for (const f of ['a1', 'a2', 'a3']) a.offer(f, 2)
    tasks.shift()?.()
    // Emptied after the write: the pooled array holds no reference to a written frame.
    expect(isEmptied(arrays[0])).toBe(true)
    b.offer('b1', 2)
    tasks.shift()?.()
    expect(arrays[1]).toBe(arrays[0])
    expect(sent).toEqual([['a1', 'a2', 'a3'], ['b1']])
    // Two batches queued at once get two arrays; a burst longer than the pooled size is not pooled.
    a.offer('a4', 2)
    b.offer('b2', 2)
    tasks.shift()?.()
    expect(arrays[2]).not.toBe(arrays[3])
    const burst = Array.from({ length: 300 }, (_, i) => `x${i}`)
    for (const f of burst) a.offer(f, 2)
    tasks.shift()?.()
    expect(sent.at(-1)).toEqual(burst)
    a.offer('a5', 2)
    tasks.shift()?.()
    expect(arrays.at(-1)).not.toBe(arrays.at(-2))
    expect(sent.at(-1)).toEqual(['a5'])
  })

  it('a queue cleared with frames queued gives its array back emptied, and writes none of them', () => {
    const { tasks, create, arrays, sent, socket, isEmptied } = pooled()
    const a = create(socket)
    a.offer('dropped-1', 2)
    a.offer('dropped-2', 2)
    a.clear()
    expect(a.length).toBe(0)
    a.offer('kept', 2)
    for (const t of tasks.splice(0)) t()
    expect(sent).toEqual([['kept']])
    // The cleared batch's array came back from the pool (nothing else was ever released) with no frame in it.
    expect(isEmptied(arrays[0])).toBe(true)
    expect(arrays[0]?.length).toBe(2)
  })

  it('flushes every queue exactly once when a scheduled call runs inside another one', () => {
    const { tasks, create } = pooled()
    const sent: string[] = []
    const queues: Record<string, ReturnType<typeof create>> = {}
    // What each queue's socket does while it writes: queue more frames, run the next scheduled call.
    const during: Record<string, () => void> = {
      a: () => {
        queues.c?.offer('c', 1)
        tasks.shift()?.()
      },
      c: () => {
        queues.d?.offer('d', 1)
        queues.e?.offer('e', 1)
      },
    }
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      queues[name] = create({
        bufferedAmount: 0,
        ping() {},
        sendBatch(frames, count) {
          sent.push(frames.slice(0, count).join(''))
          during[name]?.()
          return 'sent'
        },
      })
    }
    queues.a?.offer('a', 1)
    queues.b?.offer('b', 1)
    for (let i = 0; i < 10 && tasks.length > 0; i++) tasks.shift()?.()
    expect(tasks).toEqual([])
    expect(sent).toEqual(['a', 'c', 'b', 'd', 'e'])
  })

  it('flushes the other queues when one fails, then reports the failure', () => {
    const { tasks, sent, create, socket } = shared()
    const a = create(socket('a', true))
    const b = create(socket('b'))
    a.offer('1', 1)
    b.offer('2', 1)
    expect(() => tasks.shift()?.()).toThrow('a failed')
    expect(sent).toEqual(['b:2'])
  })

  it('reports the lag exactly from epoch times, and never below 0', () => {
    const { tasks, clock, create, socket } = shared()
    const reports: unknown[][] = []
    const queue = create(socket('a'), { flushed: (...args) => reports.push(args) })
    clock.ms += 5
    queue.offer('x', 1, { publishedAtMs: 1_699_999_999_990 })
    queue.offer('y', 1, { publishedAtMs: 1_700_000_000_001 })
    clock.ms += 7
    expect(queue.oldestAgeMs()).toBe(7)
    tasks.shift()?.()
    expect(reports).toEqual([[2, 2, 22]])
    // A publish time ahead of the relay's clock (another node's): lag 0.
    queue.offer('z', 1, { publishedAtMs: clock.ms + 50 })
    tasks.shift()?.()
    expect(reports[1]).toEqual([1, 1, 0])
  })
})

describe('queue age across the socket buffer', () => {
  it('names the cap that refused a frame', () => {
    const { queue, socket } = setup(10, 1)
    expect(queue.offer('a', 1)).toBe(true)
    expect(queue.offer('b', 1)).toBe(false)
    expect(queue.refusal).toBe('messages')
    queue.clear()
    socket.bufferedAmount = 10
    expect(queue.offer('c', 1)).toBe(false)
    expect(queue.refusal).toBe('bytes')
  })

  it('dates bytes the socket still buffers by the batch that wrote them, and refuses past maxAgeMs', () => {
    const { queue, socket, tasks, clock } = setup(1_000_000, 1_000, 5_000)
    clock.ms = 1_000
    queue.offer('x'.repeat(100), 100) // batch 1, enqueued at 1 000
    tasks.shift()?.()
    socket.bufferedAmount = 100 // nothing of it reached the network yet
    clock.ms = 2_000
    expect(queue.offer('y'.repeat(100), 100)).toBe(true) // batch 2, enqueued at 2 000
    tasks.shift()?.()
    socket.bufferedAmount = 200
    clock.ms = 5_500
    expect(queue.oldestAgeMs()).toBe(4_500)
    // The reader drains batch 1 but not batch 2: the oldest waiting byte is from 2 000.
    socket.bufferedAmount = 100
    clock.ms = 6_500
    expect(queue.offer('z', 1)).toBe(true)
    expect(queue.oldestAgeMs()).toBe(4_500)
    tasks.shift()?.()
    socket.bufferedAmount = 101
    clock.ms = 7_001
    expect(queue.offer('w', 1)).toBe(false)
    expect(queue.refusal).toBe('age')
    // Everything written: no marks, no age, accepted again.
    socket.bufferedAmount = 0
    expect(queue.offer('w', 1)).toBe(true)
    expect(queue.oldestAgeMs()).toBe(0)
  })

  it('a reader that keeps up with only part of the rate is refused by age before the byte cap', () => {
    const { queue, socket, tasks, clock } = setup(10_000_000, 100_000, 5_000)
    let drainedTotal = 0
    let written = 0
    let refusedAt = -1
    // 1 000 bytes every 10 ms; the reader takes 800 of them per 10 ms.
    for (let t = 0; t < 60_000 && refusedAt < 0; t += 10) {
      clock.ms = t
      socket.bufferedAmount = written - drainedTotal
      if (!queue.offer('p', 1_000)) {
        refusedAt = t
        break
      }
      tasks.shift()?.()
      written += 1_000
      drainedTotal = Math.min(written, drainedTotal + 800)
    }
    expect(queue.refusal).toBe('age')
    // Backlog grows by 200 bytes per 10 ms = 20 kB/s: age reaches 5 s when 25 s have passed.
    expect(refusedAt).toBeGreaterThan(20_000)
    expect(refusedAt).toBeLessThan(30_000)
    expect(written - drainedTotal).toBeLessThan(10_000_000)
  })

  it('keeps a bounded number of marks however long the socket stays backed up', () => {
    const { queue, socket, tasks, clock } = setup(100_000_000, 1_000_000, 1_000_000)
    let written = 0
    for (let i = 0; i < 10_000; i++) {
      clock.ms = i
      socket.bufferedAmount = written // the reader never reads
      queue.offer('p', 10)
      tasks.shift()?.()
      written += 10
    }
    // The oldest byte is still dated by the first batch (merging keeps the older time).
    clock.ms = 10_000
    socket.bufferedAmount = written
    expect(queue.oldestAgeMs()).toBe(10_000)
  })
})

describe('utf8Length()', () => {
  it.each(['', 'abc', 'é', '✓', '😀', 'a😀é\ud800'])('matches TextEncoder for %j', (s) => {
    expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length)
  })
})
