/**
 * The Bun RelaySocket's mapping of `ServerWebSocket.send` results, with a fake socket (runs
 * under Node): bytes → 'sent', -1 → 'buffered', 0 on an open socket → close 4008 (never a
 * silent drop), anything on a closed socket → 'dropped'; and when it reads Bun's buffer
 * (`getBufferedAmount()`): never stale after a write that may have left bytes buffered.
 */
import { describe, expect, it } from 'vitest'
import { type BunWebSocket, type ConnectionData, wrapBunSocket } from '../../src/runtime/bun.js'

function fakeSocket(results: number[], buffered = 0) {
  const sent: (Uint8Array | string)[] = []
  const reads = { count: 0 }
  const closes: [number | undefined, string | undefined][] = []
  const ws = {
    data: { acceptance: { subprotocol: 'zerorelay.v1.proto' } } as unknown as ConnectionData,
    readyState: 1,
    send(data: Uint8Array | string) {
      sent.push(data)
      return results.shift() ?? data.length
    },
    close(code?: number, reason?: string) {
      closes.push([code, reason])
      ws.readyState = 2
    },
    terminate() {
      ws.readyState = 3
    },
    ping: () => 0,
    cork<T>(fn: (w: BunWebSocket) => T): T {
      return fn(ws as unknown as BunWebSocket)
    },
    getBufferedAmount() {
      reads.count++
      return state.buffered
    },
  }
  const state = { buffered }
  return { ws, sent, closes, reads, state, socket: wrapBunSocket(ws as unknown as BunWebSocket) }
}

describe('Bun RelaySocket', () => {
  it('maps bytes written to sent, and -1 (queued by Bun) to buffered', () => {
    const f = fakeSocket([5, -1])
    expect(f.socket.send('hello')).toBe('sent')
    expect(f.socket.send('again')).toBe('buffered')
    expect(f.closes).toEqual([])
  })

  it('reports buffered when a corked batch left more than the high-water mark in Bun', () => {
    const f = fakeSocket([3, 3])
    f.state.buffered = 2 * 1024 * 1024
    expect(f.socket.sendBatch(['one', 'two'], 2)).toBe('buffered')
    expect(f.socket.bufferedAmount).toBe(2 * 1024 * 1024)
    f.state.buffered = 0
    expect(f.socket.sendBatch(['six', 'ten'], 2)).toBe('sent')
  })

  it('answers 0 without asking Bun after a send Bun wrote in full, and asks again after any other write', () => {
    const f = fakeSocket([5, -1, 3, 3])
    expect(f.socket.send('hello')).toBe('sent')
    expect(f.socket.bufferedAmount).toBe(0)
    expect(f.reads.count).toBe(0)
    // -1: Bun queued the frame, so its buffer is read (not a stale 0).
    f.state.buffered = 700
    expect(f.socket.send('again')).toBe('buffered')
    expect(f.socket.bufferedAmount).toBe(700)
    // A corked batch is read once, after the cork (its final write may leave bytes buffered).
    f.state.buffered = 40
    expect(f.socket.sendBatch(['one', 'two'], 2)).toBe('sent')
    expect(f.socket.bufferedAmount).toBe(40)
    const reads = f.reads.count
    expect(f.socket.bufferedAmount).toBe(40)
    expect(f.reads.count).toBe(reads + 1)
    // Drained: read once, then known empty until the next write.
    f.state.buffered = 0
    expect(f.socket.bufferedAmount).toBe(0)
    expect(f.socket.bufferedAmount).toBe(0)
    expect(f.reads.count).toBe(reads + 2)
    // A heartbeat ping writes outside `send`: the buffer is read again.
    f.socket.ping()
    f.state.buffered = 9
    expect(f.socket.bufferedAmount).toBe(9)
  })

  it('closes with 4008 when Bun drops a message on an open socket, and stops the batch there', () => {
    const f = fakeSocket([3, 0, 3])
    expect(f.socket.sendBatch(['one', 'two', 'six'], 3)).toBe('dropped')
    expect(f.sent).toEqual(['one', 'two'])
    expect(f.closes).toEqual([[4008, 'outbound queue full']])
    expect(f.ws.data.closeCode).toBe(4008)
  })

  it('sends only the first `count` frames of a reused batch array', () => {
    const f = fakeSocket([])
    expect(f.socket.sendBatch(['one', 'two', 'old', 'old'], 2)).toBe('sent')
    expect(f.socket.sendBatch(['six', 'old'], 1)).toBe('sent')
    expect(f.sent).toEqual(['one', 'two', 'six'])
  })

  it('sends nothing once the socket is not open', () => {
    const f = fakeSocket([])
    f.socket.close(1000, 'bye')
    expect(f.socket.send('late')).toBe('dropped')
    expect(f.socket.sendBatch(['a', 'b'], 2)).toBe('dropped')
    expect(f.sent).toEqual([])
    expect(f.socket.bufferedAmount).toBe(0)
  })
})
