import { request as httpRequest } from 'node:http'
import { connect as netConnect } from 'node:net'
import { SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assertAlive, mintToken, openClient, rawUpgrade, startRelay, type TestRelay } from './helpers.js'

let t: TestRelay

beforeAll(async () => {
  t = await startRelay({ allowedOrigins: ['https://app.example.com', 'http://localhost:3000'] })
})
afterAll(async () => {
  await t.close()
})

describe('subprotocol negotiation', () => {
  it('prefers protobuf when both are offered', async () => {
    const c = await openClient(t.url, { protocols: [SUBPROTOCOL_JSON, SUBPROTOCOL_PROTO] })
    expect(c.ws.protocol).toBe(SUBPROTOCOL_PROTO)
    c.close()
  })

  it('uses JSON when JSON is the only offer', async () => {
    const c = await openClient(t.url, { protocols: ['x-other', SUBPROTOCOL_JSON] })
    expect(c.ws.protocol).toBe(SUBPROTOCOL_JSON)
    c.close()
  })

  it('treats an upgrade without subprotocol as JSON (wscat without -s)', async () => {
    const c = await openClient(t.url, { protocols: [] })
    const reply = await c.call({ connect: { token: await mintToken() } })
    expect(reply.kind).toBe('connected')
    c.close()
  })

  it('answers 400 when only unknown subprotocols are offered', async () => {
    expect((await rawUpgrade(t.url, { 'Sec-WebSocket-Protocol': 'mqtt, zerorelay.v2.json' })).status).toBe(400)
  })

  it('closes with 1003 on a text message on the protobuf subprotocol and a binary one on JSON', async () => {
    const proto = await openClient(t.url, { protocols: [SUBPROTOCOL_PROTO] })
    proto.sendRaw('{"id":1,"ping":{}}')
    expect((await proto.closed).code).toBe(1003)
    const json = await openClient(t.url, { protocols: [SUBPROTOCOL_JSON] })
    json.sendRaw(new Uint8Array([8, 1]))
    expect((await json.closed).code).toBe(1003)
    await assertAlive(t.url)
  })
})

describe('Origin allow-list', () => {
  it.each([
    ['https://app.example.com', 101],
    ['https://APP.Example.com', 101],
    ['https://app.example.com:443', 101],
    ['http://localhost:3000', 101],
    ['null', 403],
    ['https://evil.example', 403],
    ['https://app.example.com.evil.com', 403],
    ['https://evil-app.example.com', 403],
    ['http://app.example.com', 403],
    ['https://app.example.com:8443', 403],
    ['https://app.example.com.', 403],
    ['https://app.example.com/', 403],
    ['https://app.example.com/path', 403],
    ['https://user@app.example.com', 403],
    ['http://localhost:3001', 403],
    ['https://app.example.com, https://evil.example', 403],
  ])('Origin %j → %i', async (origin, status) => {
    const res = await rawUpgrade(t.url, { Origin: origin, 'Sec-WebSocket-Protocol': SUBPROTOCOL_JSON })
    expect(res.status).toBe(status)
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('accepts requests without Origin (not browsers)', async () => {
    expect((await rawUpgrade(t.url, { 'Sec-WebSocket-Protocol': SUBPROTOCOL_JSON })).status).toBe(101)
  })
})

describe('hostile handshakes', () => {
  it('answers a bad Sec-WebSocket-Version with 426 and the supported version', async () => {
    const res = await rawUpgrade(t.url, { 'Sec-WebSocket-Version': '8' })
    expect(res.status).toBe(426)
    expect(res.headers['sec-websocket-version']).toBe('13')
  })

  it('answers a missing or bad key with 400 and a missing Upgrade with 426', async () => {
    expect((await rawUpgrade(t.url, { 'Sec-WebSocket-Key': 'short' })).status).toBe(400)
    const plain = await new Promise<number>((resolve, reject) => {
      const u = new URL(t.url)
      const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end()
    })
    expect(plain).toBe(426)
  })

  it('answers a huge Sec-WebSocket-Protocol with a 4xx and stays up', async () => {
    const huge = `b${' '.repeat(64 * 1024)}x`
    const res = await rawUpgrade(t.url, { 'Sec-WebSocket-Protocol': huge }).catch(() => ({ status: 431 }))
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    const medium = `${'x,'.repeat(600)}y`
    expect((await rawUpgrade(t.url, { 'Sec-WebSocket-Protocol': medium })).status).toBe(400)
    await assertAlive(t.url)
  })

  it('answers 2 000 headers with a 4xx and stays up', async () => {
    const u = new URL(t.url)
    const lines = [`GET ${u.pathname} HTTP/1.1`, `Host: ${u.host}`, 'Connection: Upgrade', 'Upgrade: websocket']
    for (let i = 0; i < 2_000; i++) lines.push(`X-H${i}: v`)
    const status = await new Promise<string>((resolve, reject) => {
      const socket = netConnect(Number(u.port), u.hostname, () => socket.write(`${lines.join('\r\n')}\r\n\r\n`))
      let data = ''
      socket.on('data', (chunk) => {
        data += chunk.toString('latin1')
      })
      socket.on('close', () => resolve(data.split('\r\n')[0] ?? ''))
      socket.on('error', reject)
    })
    expect(status).toMatch(/^HTTP\/1\.1 4\d\d/)
    await assertAlive(t.url)
  })

  it('answers a prototype-named extension header without crashing', async () => {
    const res = await rawUpgrade(t.url, {
      'Sec-WebSocket-Extensions': 'constructor',
      'Sec-WebSocket-Protocol': '__proto__',
    })
    expect(res.status).toBe(400)
    await assertAlive(t.url)
  })

  it('answers a duplicate Sec-WebSocket-Key with 400 and ignores a hostile extension offer', async () => {
    const dup = await rawUpgrade(t.url, {
      'Sec-WebSocket-Key': ['dGhlIHNhbXBsZSBub25jZQ==', 'AAAAAAAAAAAAAAAAAAAAAA=='],
    })
    expect(dup.status).toBe(400)
    const ext = await rawUpgrade(t.url, { 'Sec-WebSocket-Extensions': 'permessage-deflate; client_max_window_bits=99' })
    expect(ext.status).toBe(101)
    expect(ext.headers['sec-websocket-extensions']).toBeUndefined()
    await assertAlive(t.url)
  })

  it('refuses the query-string token unless enabled', async () => {
    const token = await mintToken()
    const res = await rawUpgrade(`${t.url}?token=${token}`, {})
    expect(res.status).toBe(400)
    expect(t.logs.text).not.toContain(token)
  })
})

describe('capacity', () => {
  it('answers 503 + Retry-After past maxPendingHandshakes and past maxConnections', async () => {
    const small = await startRelay({ limits: { maxPendingHandshakes: 2, maxConnections: 3, retryAfterSeconds: 7 } })
    try {
      const a = await openClient(small.url)
      const b = await openClient(small.url)
      const refused = await rawUpgrade(small.url, {})
      expect(refused.status).toBe(503)
      expect(refused.headers['retry-after']).toBe('7')
      // Authenticating one frees a pending slot.
      await a.call({ connect: { token: await mintToken() } })
      const c = await openClient(small.url)
      const full = await rawUpgrade(small.url, {})
      expect(full.status).toBe(503)
      expect(full.headers['retry-after']).toBe('7')
      for (const x of [a, b, c]) x.close()
      await Promise.all([a.closed, b.closed, c.closed])
      await assertAlive(small.url)
      const rejected = await small.relay.metrics.handshakesRejected.get()
      const by = (r: string) => rejected.values.find((v) => v.labels.reason === r)?.value
      expect(by('pending_handshakes')).toBe(1)
      expect(by('capacity')).toBe(1)
    } finally {
      await small.close()
    }
  })
})

describe('query token when enabled', () => {
  it('authenticates with ?token= and never logs it', async () => {
    const q = await startRelay({ allowQueryToken: true, logLevel: 'trace' })
    try {
      const token = await mintToken({ sub: 'query-user' })
      const c = await openClient(`${q.url}?token=${token}&x=1`)
      const reply = await c.call({ connect: {} })
      expect(reply.connected?.subject).toBe('query-user')
      c.sendRaw('{not json') // provoke an error log path
      await c.next((f) => f.kind === 'error')
      // A refused upgrade with the token in the URL is logged too.
      await rawUpgrade(`${q.url}?token=${token}`, { 'Sec-WebSocket-Protocol': 'nope' })
      c.close()
      await c.closed
      expect(q.logs.text).toContain('token=[REDACTED]')
      expect(q.logs.text.split(token).length - 1).toBe(0)
      const metrics = await fetch(`${q.adminUrl}/metrics`).then((r) => r.text())
      expect(metrics).not.toContain(token)
    } finally {
      await q.close()
    }
  })
})

describe('bearer header', () => {
  it('refuses a bad bearer token before the upgrade with 401 and counts it', async () => {
    const count = async () =>
      (await t.relay.metrics.handshakesRejected.get()).values.find((v) => v.labels.reason === 'unauthenticated')
        ?.value ?? 0
    const before = await count()
    const token = await mintToken({ secret: 'y'.repeat(40) })
    const res = await rawUpgrade(t.url, { Authorization: `Bearer ${token}` })
    expect(res.status).toBe(401)
    expect((await count()) - before).toBe(1)
    expect(t.logs.text).not.toContain(token)
    await assertAlive(t.url)
  })

  it('lets the Connect token win over the header token', async () => {
    const c = await openClient(t.url, { headers: { Authorization: `Bearer ${await mintToken({ sub: 'h' })}` } })
    const reply = await c.call({ connect: { token: await mintToken({ sub: 'frame' }) } })
    expect(reply.connected?.subject).toBe('frame')
    c.close()
  })
})
