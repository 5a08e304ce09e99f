/**
 * The Bun RelaySocket's mapping of `ServerWebSocket.send` results, with a fake socket (runs
 * under Node): bytes → 'sent', -1 → 'buffered', 0 on an open socket → close 4008 (never a
 * silent drop), anything on a closed socket → 'dropped'.
 */
import { describe, expect, it } from 'vitest'
import { type BunWebSocket, type ConnectionData, wrapBunSocket } from '../../src/runtime/bun.js'

function fakeSocket(results: number[], buffered = 0) {
  const sent: (Uint8Array | string)[] = []
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
    getBufferedAmount: () => buffered,
  }
  return { ws, sent, closes, socket: wrapBunSocket(ws as unknown as BunWebSocket) }
}

describe('Bun RelaySocket', () => {
  it('maps bytes written to sent, and -1 (queued by Bun) to buffered', () => {
    const f = fakeSocket([5, -1])
    expect(f.socket.send('hello')).toBe('sent')
    expect(f.socket.send('again')).toBe('buffered')
    expect(f.closes).toEqual([])
  })

  it('reports buffered above the high-water mark even when Bun wrote the bytes', () => {
    const f = fakeSocket([5], 2 * 1024 * 1024)
    expect(f.socket.send('hello')).toBe('buffered')
    expect(f.socket.bufferedAmount).toBe(2 * 1024 * 1024)
  })

  it('closes with 4008 when Bun drops a message on an open socket, and stops the batch there', () => {
    const f = fakeSocket([3, 0, 3])
    expect(f.socket.sendBatch(['one', 'two', 'six'])).toBe('dropped')
    expect(f.sent).toEqual(['one', 'two'])
    expect(f.closes).toEqual([[4008, 'outbound queue full']])
    expect(f.ws.data.closeCode).toBe(4008)
  })

  it('sends nothing once the socket is not open', () => {
    const f = fakeSocket([])
    f.socket.close(1000, 'bye')
    expect(f.socket.send('late')).toBe('dropped')
    expect(f.socket.sendBatch(['a', 'b'])).toBe('dropped')
    expect(f.sent).toEqual([])
    expect(f.socket.bufferedAmount).toBe(0)
  })
})
