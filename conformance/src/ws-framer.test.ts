import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocketServer } from 'ws'
import { type Connection, openConnection } from './connections.js'
import {
  acceptKey,
  closePayload,
  encodeWsFrame,
  Opcode,
  parseClosePayload,
  parseHttpResponse,
  WsFrameParser,
} from './ws-framer.js'

describe('encodeWsFrame() / WsFrameParser', () => {
  for (const len of [0, 125, 126, 65_535, 65_536])
    it(`round-trips a masked ${len}-byte frame`, () => {
      const payload = new Uint8Array(len).map((_, i) => i & 0xff)
      const bytes = encodeWsFrame({ fin: true, rsv: 0, opcode: Opcode.BINARY, masked: true, payload })
      const headerLen = (len < 126 ? 2 : len < 65_536 ? 4 : 10) + 4
      expect(bytes.length).toBe(headerLen + len)
      const [frame, ...rest] = new WsFrameParser().push(bytes)
      expect(rest).toEqual([])
      expect(frame).toMatchObject({ fin: true, rsv: 0, opcode: 2, masked: true })
      expect(Buffer.from(frame?.payload ?? []).equals(Buffer.from(payload))).toBe(true)
    })

  it('writes the bits it is told to, violations included', () => {
    const bytes = encodeWsFrame({ fin: false, rsv: 4, opcode: 3, masked: false, payload: Buffer.from('x') })
    expect([...bytes]).toEqual([0x43, 0x01, 0x78])
  })

  it('masks with the given key', () => {
    const bytes = encodeWsFrame(
      { fin: true, rsv: 0, opcode: Opcode.TEXT, masked: true, payload: Buffer.from('Hello') },
      Buffer.from([0x37, 0xfa, 0x21, 0x3d]),
    )
    // RFC 6455 §5.7: a single-frame masked text message containing "Hello"
    expect(bytes.toString('hex')).toBe('818537fa213d7f9f4d5158')
  })

  it('parses frames split across chunks and several frames in one chunk', () => {
    const a = encodeWsFrame({ fin: true, rsv: 0, opcode: 2, masked: false, payload: Buffer.from('abc') })
    const b = encodeWsFrame({ fin: true, rsv: 0, opcode: 8, masked: false, payload: closePayload(1000, 'bye') })
    const p = new WsFrameParser()
    const all = Buffer.concat([a, b])
    expect(p.push(all.subarray(0, 2))).toEqual([])
    const frames = p.push(all.subarray(2))
    expect(frames.map((f) => f.opcode)).toEqual([2, 8])
    expect(parseClosePayload(frames[1]?.payload ?? new Uint8Array())).toEqual({ code: 1000, reason: 'bye' })
    expect(parseClosePayload(new Uint8Array())).toEqual({ code: 1005, reason: '' })
  })
})

describe('HTTP upgrade helpers', () => {
  it('computes Sec-WebSocket-Accept (RFC 6455 §1.3 example)', () => {
    expect(acceptKey('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=')
  })

  it('parses a response head and keeps the bytes after it', () => {
    const head = parseHttpResponse(Buffer.from('HTTP/1.1 401 Unauthorized\r\nRetry-After: 1\r\n\r\nbody'))
    expect(head?.status).toBe(401)
    expect(head?.headers['retry-after']).toBe('1')
    expect(head?.rest.toString()).toBe('body')
    expect(parseHttpResponse(Buffer.from('HTTP/1.1 101 Switching'))).toBeUndefined()
  })
})

describe('raw connections against a ws server', () => {
  let wss: WebSocketServer
  let url: string
  beforeAll(async () => {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (p) => [...p][0] ?? false })
    wss.on('connection', (ws) => {
      // ws reports the violations the tests provoke as 'error' before closing with 1002
      ws.on('error', () => {})
      ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }))
    })
    await new Promise<void>((r) => wss.once('listening', () => r()))
    url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    for (const c of wss.clients) c.terminate()
    await new Promise<void>((r) => wss.close(() => r()))
  })

  async function open(): Promise<Connection> {
    const r = await openConnection('raw', { url, protocols: ['p1'], actor: 'a', trace: () => {}, timeoutMs: 2000 })
    if (!r.ok) throw new Error(r.error)
    return r.conn
  }

  async function waitClosed(conn: Connection) {
    const deadline = performance.now() + 2000
    while (!conn.closed && performance.now() < deadline) await conn.waitChange(deadline)
    return conn.closed
  }

  it('upgrades by hand, negotiates the subprotocol and reassembles fragmented replies', async () => {
    const conn = await open()
    expect(conn.subprotocol).toBe('p1')
    conn.sendFrame({ fin: false, rsv: 0, opcode: Opcode.TEXT, masked: true, payload: Buffer.from('{"id":') })
    conn.sendFrame({
      fin: true,
      rsv: 0,
      opcode: Opcode.CONTINUATION,
      masked: true,
      payload: Buffer.from('3,"pong":{}}'),
    })
    const deadline = performance.now() + 2000
    while (conn.received.length === 0 && performance.now() < deadline) await conn.waitChange(deadline)
    expect(conn.received[0]?.frame?.id).toBe(3)
    conn.terminate()
  })

  it('sees the server fail an unmasked client frame with 1002', async () => {
    const conn = await open()
    conn.sendFrame({ fin: true, rsv: 0, opcode: Opcode.BINARY, masked: false, payload: Buffer.from([1]) })
    expect((await waitClosed(conn))?.code).toBe(1002)
  })

  it('sees the server fail a reserved opcode and an oversized ping with 1002', async () => {
    const a = await open()
    a.sendFrame({ fin: true, rsv: 0, opcode: 3, masked: true, payload: Buffer.from([1]) })
    const b = await open()
    b.sendFrame({ fin: true, rsv: 0, opcode: Opcode.PING, masked: true, payload: new Uint8Array(126) })
    expect((await waitClosed(a))?.code).toBe(1002)
    expect((await waitClosed(b))?.code).toBe(1002)
  })

  it('reports a refused upgrade with its HTTP status', async () => {
    const r = await openConnection('raw', {
      url: url.replace(/\/$/, '/x'),
      protocols: [],
      headers: { 'Sec-WebSocket-Version': '13' },
      actor: 'a',
      trace: () => {},
      timeoutMs: 2000,
    })
    // ws answers a duplicate Sec-WebSocket-Version header with 400.
    expect(r).toMatchObject({ ok: false, status: 400 })
  })
})
