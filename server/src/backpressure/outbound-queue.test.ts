import { describe, expect, it } from 'vitest'
import { createOutboundQueue, utf8Length } from './outbound-queue.js'

function setup(maxBytes: number, maxMessages: number) {
  const sent: (Uint8Array | string)[][] = []
  const tasks: (() => void)[] = []
  const socket = {
    bufferedAmount: 0,
    sendBatch: (f: readonly (Uint8Array | string)[]) => (sent.push([...f]), 'sent' as const),
  }
  const queue = createOutboundQueue({ socket, maxBytes, maxMessages, schedule: (f) => tasks.push(f), now: () => 0 })
  return { queue, sent, tasks, socket }
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

  it('calls onWritten at flush time', () => {
    const { queue, tasks } = setup(100, 10)
    const written: number[] = []
    queue.offer('a', 1, (t) => written.push(t))
    expect(written).toEqual([])
    tasks.shift()?.()
    expect(written).toEqual([0])
  })
})

describe('utf8Length()', () => {
  it.each(['', 'abc', 'é', '✓', '😀', 'a😀é\ud800'])('matches TextEncoder for %j', (s) => {
    expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length)
  })
})
