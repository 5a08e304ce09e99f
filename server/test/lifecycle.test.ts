import { CloseCode, Code, protoCodec, SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO, toU64 } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assertAlive, connectClient, mintToken, openClient, startRelay, type TestRelay } from './helpers.js'

let t: TestRelay

beforeAll(async () => {
  t = await startRelay({
    limits: { maxFrameBytes: 4096, maxBadFrames: 3 },
    timeouts: { authTimeoutMs: 300, pingIntervalMs: 200, pongTimeoutMs: 200 },
  })
})
afterAll(async () => {
  await t.close()
})

describe('malformed frames', () => {
  it('answers undecodable protobuf with BAD_REQUEST (id 0) and closes 4500 at maxBadFrames', async () => {
    const c = await openClient(t.url, { protocols: [SUBPROTOCOL_PROTO] })
    c.sendRaw(new Uint8Array([0xff, 0xff, 0xff])) // invalid tag / truncated varint
    const e1 = await c.next((f) => f.kind === 'error')
    expect(e1.id).toBe(0)
    expect(e1.error?.code).toBe(Code.CODE_BAD_REQUEST)
    expect(c.ws.readyState).toBe(c.ws.OPEN)
    c.sendRaw(new Uint8Array([0x12, 0x10, 0x01])) // length-delimited longer than the buffer
    await c.next((f) => f.kind === 'error')
    c.sendRaw(new Uint8Array([0x00, 0x01])) // field number 0
    await c.next((f) => f.kind === 'error')
    const d = await c.next((f) => f.kind === 'disconnect')
    expect(d.disconnect?.code).toBe(CloseCode.CLOSE_CODE_BAD_REQUEST)
    expect((await c.closed).code).toBe(4500)
    await assertAlive(t.url)
  })

  it('answers invalid and schema-breaking JSON with BAD_REQUEST and keeps the connection', async () => {
    const c = await openClient(t.url, { protocols: [SUBPROTOCOL_JSON] })
    c.sendRaw('{"id":1,')
    expect((await c.next((f) => f.kind === 'error')).error?.code).toBe(Code.CODE_BAD_REQUEST)
    c.sendRaw('{"id":2,"ping":{},"nope":1}')
    expect((await c.next((f) => f.kind === 'error')).error?.code).toBe(Code.CODE_BAD_REQUEST)
    expect((await c.call({ ping: {} })).kind).toBe('pong')
    c.close()
  })

  it('answers a frame without a command with BAD_REQUEST echoing its id, and an unknown kind with UNIMPLEMENTED', async () => {
    const c = await openClient(t.url, { protocols: [SUBPROTOCOL_PROTO] })
    c.sendRaw(protoCodec.encodeClient({ id: 9 }) as Uint8Array)
    const e = await c.reply(9)
    expect(e.error?.code).toBe(Code.CODE_BAD_REQUEST)
    expect(e.error?.message).toMatch(/no command/)
    // id = 10, then field 42 (length-delimited, empty): a command from a newer client.
    c.sendRaw(new Uint8Array([0x08, 10, 0xd2, 0x02, 0x00]))
    expect((await c.reply(10)).error?.code).toBe(Code.CODE_UNIMPLEMENTED)
    expect(c.ws.readyState).toBe(c.ws.OPEN)
    c.close()
  })
})

describe('frame size', () => {
  it('accepts a message of exactly maxFrameBytes and closes 1009 above it', async () => {
    const c = await connectClient(t.url, await mintToken(), { protocols: [SUBPROTOCOL_JSON] })
    const prefix = '{"id":77,"ping":{"clientTimeMs":"1"}'
    const exact = `${prefix}${' '.repeat(4096 - prefix.length - 1)}}`
    expect(exact.length).toBe(4096)
    c.sendRaw(exact)
    expect((await c.reply(77)).kind).toBe('pong')
    c.sendRaw(`${exact} `)
    expect((await c.closed).code).toBe(1009)
    await assertAlive(t.url)
  })
})

describe('heartbeats', () => {
  it('closes a client that never answers pings with 4012 within pingInterval + pongTimeout + slack', async () => {
    const c = await connectClient(t.url, await mintToken(), { autoPong: false })
    const started = Date.now()
    const closed = await c.closed
    expect(closed.code).toBe(4012)
    expect(Date.now() - started).toBeLessThan(200 + 200 + 1_000)
    const d = c.frames.find((f) => f.kind === 'disconnect')
    expect(d?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_PING_TIMEOUT)
  })

  it('keeps a responsive client (automatic pongs) open across several ping intervals', async () => {
    const c = await connectClient(t.url, await mintToken())
    let pings = 0
    c.ws.on('ping', () => pings++)
    while (pings < 4) await new Promise((resolve) => c.ws.once('ping', resolve))
    expect(c.ws.readyState).toBe(c.ws.OPEN)
    expect((await c.call({ ping: {} })).kind).toBe('pong')
    c.close()
  })
})

describe('auth timeout', () => {
  it('closes a socket that never sends connect with 4300', async () => {
    const c = await openClient(t.url)
    const closed = await c.closed
    expect(closed.code).toBe(4300)
    expect(c.frames.find((f) => f.kind === 'disconnect')?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_AUTH_TIMEOUT)
  })
})

describe('token lifetime', () => {
  it('closes with 4001 when the token expires mid-session, and deliveries stop', async () => {
    const token = await mintToken({ expiresInS: 1 })
    const c = await connectClient(t.url, token)
    const expiresAt = Number(toU64((await c.call({ ping: {} })).pong?.serverTimeMs))
    await c.call({ subscribe: { topic: 'exp.x' } })
    const closed = await c.closed
    expect(closed.code).toBe(4001)
    expect(c.frames.find((f) => f.kind === 'disconnect')?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_TOKEN_EXPIRED)
    expect(Date.now() - expiresAt).toBeLessThan(3_000)
  })

  it('refresh extends the session; another subject is refused; a bad token is UNAUTHENTICATED', async () => {
    const c = await connectClient(t.url, await mintToken({ sub: 'r', expiresInS: 1 }))
    const fresh = await mintToken({ sub: 'r', expiresInS: 3600 })
    const r = await c.call({ refresh: { token: fresh } })
    expect(r.kind).toBe('refreshed')
    expect(Number(toU64(r.refreshed?.tokenExpiresAtMs))).toBeGreaterThan(Date.now() + 3_000_000)
    const other = await c.call({ refresh: { token: await mintToken({ sub: 'mallory' }) } })
    expect(other.error?.code).toBe(Code.CODE_PERMISSION_DENIED)
    const otherTenant = await c.call({ refresh: { token: await mintToken({ sub: 'r', tenant: 'b' }) } })
    expect(otherTenant.error?.code).toBe(Code.CODE_PERMISSION_DENIED)
    const bad = await c.call({ refresh: { token: 'x.y.z' } })
    expect(bad.error?.code).toBe(Code.CODE_UNAUTHENTICATED)
    // Past the first token's expiry the session is still alive.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect((await c.call({ ping: {} })).kind).toBe('pong')
    c.close()
  })
})
