import net from 'node:net'
import { DeliveryMode, fromU64, protoCodec, toU64 } from '@zerorelay/protocol'
import { afterEach, describe, expect, it } from 'vitest'
import { Client, type Dialect } from './client.js'
import { createZerorelayDialect, encodeZerorelayPublish, findDeliveryPayload } from './dialect-zerorelay.js'
import { createDialect } from './dialects.js'
import { connectWs, encodeFrame, OP_BINARY, OP_TEXT, type WsConn } from './ws-client.js'

/** A stand-in connection that records what the dialect writes. */
function fakeConn(): WsConn & { sent: Buffer[] } {
  const sent: Buffer[] = []
  return {
    sent,
    onMessage: () => {},
    onClose: () => {},
    isClosed: false,
    closeCode: 0,
    start() {},
    send(_op: number, payload: Uint8Array) {
      sent.push(Buffer.from(payload))
      return true
    },
    writeRaw(frame: Uint8Array) {
      // A client frame masked with the zero key: record its payload.
      const f = Buffer.from(frame)
      const len7 = (f[1] as number) & 0x7f
      const hdr = (len7 === 126 ? 4 : len7 === 127 ? 10 : 2) + 4
      expect(f.readUInt32BE(hdr - 4)).toBe(0)
      sent.push(f.subarray(hdr))
      return true
    },
  } as unknown as WsConn & { sent: Buffer[] }
}

function feed(d: Dialect, c: Client, text: string | Buffer): void {
  const b = Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1')
  d.onMessage(c, b, 0, b.length, OP_BINARY)
}

describe('nats dialect', () => {
  it('parses MSGs split across and packed into WebSocket messages, and answers PING', async () => {
    const d = await createDialect('nats')
    const conn = fakeConn()
    const c = new Client(conn, d)
    const got: string[] = []
    c.onDelivery = (_c, buf, off) => got.push(buf.toString('latin1', off, off + 5))
    feed(d, c, 'MSG a.b 1 5\r\nhel')
    expect(got).toEqual([])
    feed(d, c, 'lo\r\nMSG a.b 1 5\r\nworld\r\nPING\r\nMSG a.b 1')
    expect(got).toEqual(['hello', 'world'])
    expect(conn.sent.map((b) => b.toString())).toEqual(['PONG\r\n'])
    feed(d, c, '2 5\r\nagain\r\n')
    expect(got).toEqual(['hello', 'world', 'again'])
  })

  it('hands protocol lines to waiters, also when they arrived before the wait', async () => {
    const d = await createDialect('nats')
    const c = new Client(fakeConn(), d)
    feed(d, c, 'INFO {"server_id":"x"}\r\n')
    await expect(c.waitFor((m) => typeof m === 'string' && m.startsWith('INFO'), 'INFO', 100)).resolves.toContain(
      'server_id',
    )
  })
})

describe('simple dialect', () => {
  it('builds publish frames and finds the payload of deliveries', async () => {
    const d = await createDialect('simple')
    const f = d.publishFrames('t.1', Buffer.from('xyz'))
    // FIN+binary, masked (zero key) length 1+1+3+3, then [2, 3, 't.1', 'xyz'].
    expect([...f.subarray(0, 6)]).toEqual([0x82, 0x80 | 8, 0, 0, 0, 0])
    expect(f.subarray(6).toString('latin1')).toBe('\x02\x03t.1xyz')
    const c = new Client(fakeConn(), d)
    const got: string[] = []
    c.onDelivery = (_c, buf, off) => got.push(buf.toString('latin1', off))
    feed(d, c, Buffer.from('\x03payload', 'latin1'))
    expect(got).toEqual(['payload'])
  })
})

describe('zerorelay dialect', () => {
  it('walks an encoded Delivery to its payload without decoding', () => {
    const payload = Buffer.from([1, 2, 3, 4, 5, 250])
    const wire = Buffer.from(
      protoCodec.encodeServer({
        delivery: { topic: 'bench.x', payload, headers: { k: 'v' }, epoch: 'e1', offset: 42, publishedAtMs: 7 },
      }) as Uint8Array,
    )
    const framed = Buffer.concat([Buffer.from('junk'), wire])
    const off = findDeliveryPayload(framed, 4, framed.length)
    expect(off).toBeGreaterThan(4)
    expect(framed.subarray(off, off + payload.length)).toEqual(payload)
  })

  it('does not mistake a reply for a delivery', () => {
    const wire = Buffer.from(protoCodec.encodeServer({ id: 3, subscribeAck: { topic: 'bench.x' } }) as Uint8Array)
    expect(findDeliveryPayload(wire, 0, wire.length)).toBe(-1)
  })

  it('acks the position of the last at-least-once delivery, read in place', () => {
    const d = createZerorelayDialect('token')
    const conn = fakeConn()
    const c = new Client(conn, d)
    c.state.topic = 'bench.fanout'
    c.isAtLeastOnce = true
    const delivered: number[] = []
    c.onDelivery = (_cl, buf, off) => delivered.push(buf[off] as number)
    d.ack?.(c)
    expect(conn.sent).toHaveLength(0) // nothing delivered yet: nothing to ack
    for (const [epoch, offset] of [
      ['ep-1', 300n], // a 2-byte varint
      ['ep-1', 301n],
      ['ep-2', 5n], // a new epoch: the position restarts
    ] as const) {
      const wire = Buffer.from(
        protoCodec.encodeServer({
          delivery: {
            topic: 'bench.fanout',
            payload: Buffer.from([Number(offset) & 0xff]),
            headers: { h: 'v' },
            epoch,
            offset: fromU64(offset),
            publishedAtMs: fromU64(BigInt(Date.now())),
            deliveryCount: 1,
          },
        }) as Uint8Array,
      )
      d.onMessage(c, wire, 0, wire.length, OP_BINARY)
      d.ack?.(c)
    }
    expect(delivered).toEqual([300 & 0xff, 301 & 0xff, 5])
    const acks = conn.sent.map((b) => protoCodec.decodeClient(b).ack)
    expect(acks.map((a) => [a?.topic, a?.epoch, toU64(a?.offset)])).toEqual([
      ['bench.fanout', 'ep-1', 300n],
      ['bench.fanout', 'ep-1', 301n],
      ['bench.fanout', 'ep-2', 5n],
    ])
  })

  it('acks the right position after the read buffer was reused', async () => {
    const d = createZerorelayDialect('token')
    const conn = fakeConn()
    const c = new Client(conn, d)
    const subscribed = d.subscribe(c, 'bench.fanout', { isAtLeastOnce: true, maxInFlight: 8 })
    const req = protoCodec.decodeClient(conn.sent[0] as Buffer)
    expect(req.subscribe?.mode).toBe(DeliveryMode.DELIVERY_MODE_AT_LEAST_ONCE)
    const reply = Buffer.from(
      protoCodec.encodeServer({ id: req.id, subscribeAck: { topic: 'bench.fanout' } }) as Uint8Array,
    )
    d.onMessage(c, reply, 0, reply.length, OP_BINARY)
    await subscribed
    expect(c.conn.onReadEnd).toBeDefined()
    // One "socket read" with two deliveries in a shared buffer, then the buffer is overwritten.
    const shared = Buffer.alloc(1024)
    let at = 0
    for (const offset of [700n, 701n]) {
      const wire = Buffer.from(
        protoCodec.encodeServer({
          delivery: { topic: 'bench.fanout', payload: Buffer.alloc(100, 1), epoch: 'ep-9', offset: fromU64(offset) },
        }) as Uint8Array,
      )
      wire.copy(shared, at)
      d.onMessage(c, shared, at, at + wire.length, OP_BINARY)
      at += wire.length
    }
    c.conn.onReadEnd?.()
    shared.fill(0xff)
    d.ack?.(c)
    const ack = protoCodec.decodeClient(conn.sent[1] as Buffer).ack
    expect([ack?.topic, ack?.epoch, toU64(ack?.offset)]).toEqual(['bench.fanout', 'ep-9', 701n])
  })

  it('hand-encodes publishes that the real codec decodes', () => {
    const payload = Buffer.alloc(300, 7) // a 2-byte length varint
    const f = protoCodec.decodeClient(encodeZerorelayPublish('bench.fanout', payload))
    expect(f.id).toBe(0)
    expect(f.publish?.topic).toBe('bench.fanout')
    expect(Buffer.from(f.publish?.payload ?? [])).toEqual(payload)
    expect(f.publish?.ack).toBe(false)
  })
})

describe('connectWs()', () => {
  let server: net.Server | undefined
  afterEach(() => server?.close())

  it('upgrades, reads frames split across TCP reads and sent with the response, and masks with a zero key', async () => {
    const received: Buffer[] = []
    let gotClientFrame: (b: Buffer) => void = () => {}
    const clientFrame = new Promise<Buffer>((r) => {
      gotClientFrame = r
    })
    server = net.createServer((sock) => {
      let buf = Buffer.alloc(0)
      let isUpgraded = false
      sock.on('data', (d: Buffer) => {
        buf = Buffer.concat([buf, d])
        if (!isUpgraded && buf.includes('\r\n\r\n')) {
          isUpgraded = true
          buf = buf.subarray(buf.indexOf('\r\n\r\n') + 4)
          const big = Buffer.alloc(70_000, 9)
          const frames = Buffer.concat([
            Buffer.from([0x81, 2]),
            Buffer.from('hi'),
            Buffer.from([0x82, 127, 0, 0, 0, 0, 0, 1, 0x11, 0x70]),
            big,
            Buffer.from([0x01, 1, 0x61, 0x80, 1, 0x62]), // fragmented text "ab"
          ])
          // The first frame rides with the 101 response; the rest arrive in small pieces.
          sock.write(
            Buffer.concat([
              Buffer.from(
                'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Protocol: p1\r\n\r\n',
              ),
              frames.subarray(0, 4),
            ]),
          )
          let at = 4
          const drip = () => {
            if (at >= frames.length) return
            sock.write(frames.subarray(at, at + 1000))
            at += 1000
            setImmediate(drip)
          }
          drip()
        }
        if (isUpgraded && buf.length >= 9) gotClientFrame(buf)
      })
    })
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r))
    const port = (server.address() as net.AddressInfo).port
    const conn = await connectWs({ host: '127.0.0.1', port, path: '/', protocols: ['p1', 'p2'] })
    expect(conn.protocol).toBe('p1')
    let done: () => void = () => {}
    const all = new Promise<void>((r) => {
      done = r
    })
    conn.onMessage = (buf, start, end, opcode) => {
      received.push(Buffer.concat([Buffer.of(opcode), buf.subarray(start, end)]))
      if (received.length === 3) done()
    }
    conn.start()
    conn.send(OP_BINARY, Buffer.from('abc'))
    await all
    expect(received[0]?.toString('latin1')).toBe('\x01hi')
    expect(received[1]?.length).toBe(70_001)
    expect(received[1]?.[0]).toBe(OP_BINARY)
    expect(received[1]?.subarray(1).every((b) => b === 9)).toBe(true)
    expect(received[2]?.toString('latin1')).toBe('\x01ab')
    expect([...(await clientFrame).subarray(0, 9)]).toEqual([0x82, 0x83, 0, 0, 0, 0, 0x61, 0x62, 0x63])
    expect(encodeFrame(OP_TEXT, Buffer.alloc(200)).subarray(0, 4)).toEqual(Buffer.from([0x81, 0x80 | 126, 0, 200]))
    conn.destroy()
  })

  it('reports the server close code and the end of the connection', async () => {
    server = net.createServer((sock) => {
      sock.once('data', () => {
        sock.end(
          Buffer.concat([
            Buffer.from('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'),
            Buffer.from([0x82, 1, 7, 0x88, 2, 0x03, 0xe9]), // a message, then close 1001
          ]),
        )
      })
    })
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r))
    const port = (server.address() as net.AddressInfo).port
    const conn = await connectWs({ host: '127.0.0.1', port, path: '/' })
    const got: number[] = []
    const closed = new Promise<number>((r) => {
      conn.onClose = r
    })
    conn.onMessage = (buf, start) => got.push(buf[start] as number)
    conn.start()
    expect(await closed).toBe(1001)
    expect(got).toEqual([7])
    expect(conn.isClosed).toBe(true)
  })

  it('rejects a refused upgrade', async () => {
    server = net.createServer((sock) => {
      sock.once('data', () => sock.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'))
    })
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r))
    const port = (server.address() as net.AddressInfo).port
    await expect(connectWs({ host: '127.0.0.1', port, path: '/' })).rejects.toThrow(/403/)
  })
})
