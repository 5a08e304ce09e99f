import { describe, expect, it } from 'vitest'
import { createOutboundQueue, utf8Length } from './outbound-queue.js'

function setup(maxBytes: number, maxMessages: number) {
  const sent: (Uint8Array | string)[][] = []
  const tasks: (() => void)[] = []
  const clock = { ms: 0 }
  const socket = {
    bufferedAmount: 0,
    result: 'sent' as 'sent' | 'buffered' | 'dropped',
    sendBatch: (f: readonly (Uint8Array | string)[]) => (sent.push([...f]), socket.result),
  }
  const queue = createOutboundQueue({
    socket,
    maxBytes,
    maxMessages,
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

  it('force() bypasses the caps', () => {
    const { queue, tasks, sent } = setup(1, 1)
    queue.force('x', 100)
    queue.force('y', 100)
    tasks.shift()?.()
    expect(sent).toEqual([['x', 'y']])
  })

  it("reports each flush once: frames, bytes, the first delivery's publish time and the flush time", () => {
    const { queue, tasks, clock } = setup(100, 10)
    const reports: unknown[][] = []
    queue.setFlushListener((...args) => reports.push(args))
    clock.ms = 50
    queue.offer('reply', 5)
    queue.offer('a', 1, 30)
    queue.offer('bb', 2, 40)
    queue.offer('c', 1, 45)
    expect(reports).toEqual([])
    clock.ms = 70
    tasks.shift()?.()
    expect(reports).toEqual([[4, 9, 30, 70]])
    queue.offer('reply', 5)
    tasks.shift()?.()
    expect(reports[1]).toEqual([1, 5, undefined, 70])
    queue.flush()
    expect(reports).toHaveLength(2)
  })

  it('does not report a batch the socket dropped, and clear() forgets the oldest publish time', () => {
    const { queue, tasks, socket, clock } = setup(100, 10)
    const reports: unknown[][] = []
    queue.setFlushListener((...args) => reports.push(args))
    socket.result = 'dropped'
    queue.offer('a', 1, 1)
    tasks.shift()?.()
    expect(reports).toEqual([])
    socket.result = 'sent'
    queue.offer('b', 1, 2)
    queue.clear()
    queue.offer('c', 1)
    clock.ms = 9
    tasks.shift()?.()
    expect(reports).toEqual([[1, 1, undefined, 9]])
  })

  it('keeps order and loses nothing when a flush re-enters from inside sendBatch', () => {
    const sent: string[][] = []
    const tasks: (() => void)[] = []
    let isInner = false
    const queue = createOutboundQueue({
      socket: {
        bufferedAmount: 0,
        sendBatch(f) {
          sent.push([...(f as string[])])
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

describe('utf8Length()', () => {
  it.each(['', 'abc', 'é', '✓', '😀', 'a😀é\ud800'])('matches TextEncoder for %j', (s) => {
    expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length)
  })
})
