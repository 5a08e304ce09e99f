/**
 * The Node adapter's write path over real sockets on 127.0.0.1: pre-built frames, one write
 * per batch, the per-turn frame and batch caches, and writes left in flight by a reader that
 * stopped reading.
 */
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { type RawData, WebSocket, WebSocketServer } from 'ws'
import { frameMessage, scheduleNode, wrapWs } from './node.js'
import type { RelaySocket } from './socket.js'

interface Peer {
  readonly server: RelaySocket
  readonly client: WebSocket
  readonly received: (Buffer | string)[]
  /** Resolves once `n` messages arrived in total. */
  until(n: number): Promise<void>
}

let wss: WebSocketServer | undefined
const clients: WebSocket[] = []

afterEach(async () => {
  for (const c of clients.splice(0)) c.terminate()
  await new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve()))
  wss = undefined
})

async function connect(count: number): Promise<Peer[]> {
  wss ??= new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false })
  const server = wss
  await new Promise<void>((resolve) => (server.address() ? resolve() : server.once('listening', () => resolve())))
  const { port } = server.address() as AddressInfo
  const peers: Peer[] = []
  for (let i = 0; i < count; i++) {
    const accepted = new Promise<WebSocket>((resolve) => server.once('connection', resolve))
    const client = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false })
    clients.push(client)
    const received: (Buffer | string)[] = []
    let waiter: { n: number; resolve: () => void } | undefined
    client.on('message', (data: RawData, isBinary: boolean) => {
      received.push(isBinary ? (data as Buffer) : data.toString('utf8'))
      if (waiter !== undefined && received.length >= waiter.n) waiter.resolve()
    })
    const ws = await accepted
    await new Promise<void>((resolve) =>
      client.readyState === WebSocket.OPEN ? resolve() : client.once('open', resolve),
    )
    peers.push({
      server: wrapWs(ws),
      client,
      received,
      until: (n) =>
        received.length >= n ? Promise.resolve() : new Promise<void>((resolve) => (waiter = { n, resolve })),
    })
  }
  return peers
}

/** Runs `fn` inside one run of the shared flush scheduler (as the outbound queues do). */
function inFlushTurn(fn: () => void): Promise<void> {
  return new Promise((resolve, reject) =>
    scheduleNode(() => {
      try {
        fn()
        resolve()
      } catch (err) {
        reject(err)
      }
    }),
  )
}

/** Indexes where the received messages differ from the expected ones (kind or bytes), plus a count mismatch. */
function mismatches(received: readonly (Buffer | string)[], expected: readonly (Uint8Array | string)[]): string[] {
  const out: string[] = []
  if (received.length !== expected.length) out.push(`count ${received.length} ≠ ${expected.length}`)
  for (let i = 0; i < Math.min(received.length, expected.length); i++) {
    const got = received[i] as Buffer | string
    const want = expected[i] as Uint8Array | string
    const isSame = typeof want === 'string' ? got === want : typeof got !== 'string' && Buffer.from(want).equals(got)
    if (!isSame) out.push(`#${i}`)
  }
  return out
}

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff)

describe('frameMessage()', () => {
  it.each([0, 1, 125, 126, 65_535, 65_536])('builds an unmasked final frame for a %i-byte payload', (n) => {
    const payload = bytes(n, 7)
    const frame = frameMessage(payload)
    expect(frame[0]).toBe(0x82)
    const second = frame.readUInt8(1)
    const [length, offset] =
      n < 126 ? [second, 2] : n < 65_536 ? [frame.readUInt16BE(2), 4] : [Number(frame.readBigUInt64BE(2)), 10]
    expect(second & 0x80).toBe(0)
    expect(length).toBe(n)
    expect(frame.subarray(offset).equals(Buffer.from(payload))).toBe(true)
  })

  it('frames a string as text, in UTF-8', () => {
    const frame = frameMessage('héllo ✓')
    expect(frame[0]).toBe(0x81)
    expect(frame.subarray(2).toString('utf8')).toBe('héllo ✓')
  })
})

describe('wrapWs()', () => {
  it('delivers a batch of binary and text messages intact and in order, small and large', async () => {
    const [peer] = (await connect(1)) as [Peer]
    const small = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? `text ${i} ✓` : bytes(100 + i, i)))
    // Past the coalescing limit: written frame by frame, corked.
    const large = [bytes(70_000, 1), 'x'.repeat(3), bytes(200_000, 2)]
    await inFlushTurn(() => {
      expect(peer.server.sendBatch(small, small.length)).toBe('sent')
    })
    peer.server.sendBatch(large, large.length)
    expect(peer.server.send(bytes(10, 9))).toBe('sent')
    await peer.until(small.length + large.length + 1)
    expect(mismatches(peer.received, [...small, ...large, bytes(10, 9)])).toEqual([])
  })

  it('writes the same batch to many sockets in one turn, and a different one where it differs', async () => {
    const peers = await connect(6)
    const shared = [bytes(40, 1), 'same ✓', bytes(300, 2)]
    const other = [shared[0] as Uint8Array, 'same ✓', bytes(300, 3)]
    await inFlushTurn(() => {
      for (const [i, p] of peers.entries()) {
        const batch = i === 3 ? other : [...shared]
        p.server.sendBatch(batch, batch.length)
      }
    })
    await Promise.all(peers.map((p) => p.until(3)))
    for (const [i, p] of peers.entries()) expect(mismatches(p.received, i === 3 ? other : shared)).toEqual([])
  })

  it('writes only the first `count` frames of a reused batch array, and does not take a prefix for the same batch', async () => {
    const [a, b] = (await connect(2)) as [Peer, Peer]
    const batch: (Uint8Array | string)[] = [bytes(40, 1), 'two ✓', bytes(30, 3), 'stale']
    await inFlushTurn(() => {
      a.server.sendBatch(batch, 3)
      // The same array with fewer frames: not the batch just coalesced.
      b.server.sendBatch(batch, 2)
    })
    const one = [bytes(50, 7), 'stale', 'stale']
    a.server.sendBatch(one, 1)
    await Promise.all([a.until(4), b.until(2)])
    expect(mismatches(a.received, [...batch.slice(0, 3), bytes(50, 7)])).toEqual([])
    expect(mismatches(b.received, batch.slice(0, 2))).toEqual([])
  })

  it('keeps every byte of writes left in flight while the reader stopped reading', async () => {
    const [slow, fast] = (await connect(2)) as [Peer, Peer]
    const rawClient = (slow.client as unknown as { _socket: Socket })._socket
    rawClient.pause()
    const perTurn = 15
    let seq = 0
    const sent: Buffer[] = []
    const sendTurn = async () => {
      const batch = Array.from({ length: perTurn }, () => bytes(4000, seq++))
      for (const m of batch) sent.push(Buffer.from(m))
      await inFlushTurn(() => {
        slow.server.sendBatch(batch, perTurn)
        fast.server.sendBatch(batch, perTurn)
      })
    }
    // Until the kernel buffers are full and writes stay in flight (bounded: 60 MB at most),
    // then 20 more turns whose writes all wait behind them.
    let turns = 0
    while (slow.server.bufferedAmount === 0 && turns < 1000) {
      await sendTurn()
      turns++
    }
    expect(slow.server.bufferedAmount).toBeGreaterThan(0)
    for (let i = 0; i < 20; i++, turns++) await sendTurn()
    expect(slow.server.sendBatch([bytes(1, 0)], 1)).toBe('buffered')
    sent.push(Buffer.from(bytes(1, 0)))
    await fast.until(turns * perTurn)
    rawClient.resume()
    await slow.until(turns * perTurn + 1)
    expect(mismatches(slow.received, sent)).toEqual([])
    expect(mismatches(fast.received, sent.slice(0, -1))).toEqual([])
  })

  it('reports a closed socket as dropped and writes nothing more', async () => {
    const [peer] = (await connect(1)) as [Peer]
    const closed = new Promise((resolve) => peer.client.once('close', resolve))
    peer.server.close(1000, 'bye')
    expect(peer.server.sendBatch([bytes(3, 1), bytes(3, 2)], 2)).toBe('dropped')
    expect(peer.server.send('late')).toBe('dropped')
    await closed
    expect(peer.received).toEqual([])
  })
})
