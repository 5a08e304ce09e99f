/**
 * The Node adapter's direct upgrade path (the gateway's `webSocket` endpoint, no Fetch
 * `Request`) against its Fetch path (the gateway's Hono route): the same bytes on the wire for
 * every refusal, the same accepted handshakes, the same metrics, and other paths still answered
 * by the public app. Real sockets on 127.0.0.1.
 */
import { connect as netConnect } from 'node:net'
import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { createRelay, type Relay, type RelayConfigInput } from '../index.js'
import { nodeRuntime, serveNode } from './node.js'
import type { RelayRuntime } from './socket.js'

const SECRET = 'node-upgrade-test-secret-0123456789abcdef'
const KEY = 'dGhlIHNhbXBsZSBub25jZQ=='

/** The Node runtime without the direct path: every upgrade goes through the public app's Fetch handler. */
const fetchOnlyRuntime: RelayRuntime = {
  ...nodeRuntime,
  serve: (options) => serveNode({ ...options, webSocket: undefined }),
}

interface Started {
  readonly relay: Relay
  readonly port: number
  readonly adminUrl: string
}

const config: RelayConfigInput = {
  port: 0,
  adminPort: 0,
  host: '127.0.0.1',
  adminHost: '127.0.0.1',
  logLevel: 'silent',
  allowedOrigins: ['https://app.example.com'],
  auth: { tenants: { default: { keys: [{ alg: 'HS256', secret: SECRET }] } } },
}

async function start(runtime: RelayRuntime, overrides: RelayConfigInput = {}): Promise<Started> {
  const relay = createRelay({ ...config, ...overrides }, { runtime })
  const { url, adminUrl } = await relay.start()
  return { relay, port: Number(new URL(url).port), adminUrl }
}

/**
 * Sends raw request bytes and resolves the raw response: up to the end of a 101's header block
 * (the socket is then dropped), else everything up to the server's close.
 */
function rawHttp(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ''
    const socket = netConnect(port, '127.0.0.1', () => socket.write(request))
    socket.setEncoding('latin1')
    socket.setTimeout(5_000, () => socket.destroy(new Error('no response within 5 s')))
    socket.on('data', (chunk: string) => {
      data += chunk
      const end = data.indexOf('\r\n\r\n')
      if (data.startsWith('HTTP/1.1 101 ') && end >= 0) {
        socket.destroy()
        resolve(data.slice(0, end + 4))
      }
    })
    socket.on('end', () => resolve(data))
    socket.on('error', reject)
  })
}

function upgradeRequest(target: string, headers: Record<string, string> = {}, method = 'GET'): string {
  const all: Record<string, string> = {
    Host: '127.0.0.1',
    Connection: 'Upgrade',
    Upgrade: 'websocket',
    'Sec-WebSocket-Version': '13',
    'Sec-WebSocket-Key': KEY,
    ...headers,
  }
  const lines = Object.entries(all)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}: ${value}\r\n`)
  return `${method} ${target} HTTP/1.1\r\n${lines.join('')}\r\n`
}

async function handshakeMetrics(adminUrl: string): Promise<string[]> {
  const text = await (await fetch(`${adminUrl}/metrics`)).text()
  return text.split('\n').filter((line) => line.startsWith('zerorelay_handshakes_rejected_total{'))
}

let direct: Started
let viaFetch: Started

beforeAll(async () => {
  direct = await start(nodeRuntime)
  viaFetch = await start(fetchOnlyRuntime)
})
afterAll(async () => {
  await Promise.all([direct?.relay.close(), viaFetch?.relay.close()])
})

describe('Node upgrade path', () => {
  const padded = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`X-Pad-${i}`, 'v']))
  const cases: [string, string, RegExp][] = [
    [
      'accepted, protobuf',
      upgradeRequest('/v1/ws', { 'Sec-WebSocket-Protocol': 'zerorelay.v1.proto' }),
      /^HTTP\/1\.1 101 /,
    ],
    ['accepted, no subprotocol (JSON)', upgradeRequest('/v1/ws?x=1'), /^HTTP\/1\.1 101 /],
    ['not a WebSocket upgrade', upgradeRequest('/v1/ws', { Upgrade: 'h2c' }), /^HTTP\/1\.1 426 /],
    ['unsupported version', upgradeRequest('/v1/ws', { 'Sec-WebSocket-Version': '12' }), /^HTTP\/1\.1 426 /],
    ['invalid key', upgradeRequest('/v1/ws', { 'Sec-WebSocket-Key': 'short' }), /^HTTP\/1\.1 400 /],
    ['origin not allowed', upgradeRequest('/v1/ws', { Origin: 'https://evil.example' }), /^HTTP\/1\.1 403 /],
    ['unknown subprotocols', upgradeRequest('/v1/ws', { 'Sec-WebSocket-Protocol': 'mqtt' }), /^HTTP\/1\.1 400 /],
    ['query token while disabled', upgradeRequest('/v1/ws?token=abc'), /^HTTP\/1\.1 400 /],
    ['token not accepted', upgradeRequest('/v1/ws', { Authorization: 'Bearer not.a.token' }), /^HTTP\/1\.1 401 /],
    ['too many headers', upgradeRequest('/v1/ws', padded), /^HTTP\/1\.1 431 /],
    ['health check over an upgrade', upgradeRequest('/healthz'), /^HTTP\/1\.1 200 /],
    ['unknown path', upgradeRequest('/nope'), /^HTTP\/1\.1 404 /],
    ['trailing slash', upgradeRequest('/v1/ws/'), /^HTTP\/1\.1 404 /],
    ['another method', upgradeRequest('/v1/ws', {}, 'POST'), /^HTTP\/1\.1 404 /],
  ]

  it.each(cases)('answers %s exactly as the Fetch path does', async (_name, request, status) => {
    const [a, b] = await Promise.all([rawHttp(direct.port, request), rawHttp(viaFetch.port, request)])
    expect(a).toMatch(status)
    expect(a).toBe(b)
  })

  it('answers percent-encoded and dot-segment paths like the Fetch path (both route them alike)', async () => {
    for (const target of ['/v1/w%73', '/v1/./ws', '/v1//ws', '//relay.invalid/v1/ws']) {
      const request = upgradeRequest(target, { 'Sec-WebSocket-Protocol': 'mqtt' })
      const [a, b] = await Promise.all([rawHttp(direct.port, request), rawHttp(viaFetch.port, request)])
      expect(a).toMatch(/^HTTP\/1\.1 \d{3} /)
      expect(a, target).toBe(b)
    }
  })

  it('verifies a token on the upgrade and counts refusals the same way', async () => {
    const nowS = Math.floor(Date.now() / 1000)
    const token = await new SignJWT({ zr: { pub: ['>'], sub: ['>'] } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setIssuedAt(nowS)
      .setExpirationTime(nowS + 600)
      .sign(new TextEncoder().encode(SECRET))
    const request = upgradeRequest('/v1/ws', { Authorization: `Bearer ${token}` })
    const a = await rawHttp(direct.port, request)
    const b = await rawHttp(viaFetch.port, request)
    expect(a).toMatch(/^HTTP\/1\.1 101 /)
    expect(a).toBe(b)
    const [ma, mb] = await Promise.all([handshakeMetrics(direct.adminUrl), handshakeMetrics(viaFetch.adminUrl)])
    expect(ma.some((line) => line.startsWith('zerorelay_handshakes_rejected_total{reason="unauthenticated"} '))).toBe(
      true,
    )
    expect(ma).toEqual(mb)
  })

  it('answers 503 with Retry-After at capacity, like the Fetch path', async () => {
    const limits = { maxConnections: 1, retryAfterSeconds: 7 }
    const full = await Promise.all([start(nodeRuntime, { limits }), start(fetchOnlyRuntime, { limits })])
    // Hold the one WebSocket each relay allows, then ask for another.
    const open = upgradeRequest('/v1/ws')
    const holders = await Promise.all(
      full.map(
        ({ port }) =>
          new Promise<ReturnType<typeof netConnect>>((resolve, reject) => {
            const socket = netConnect(port, '127.0.0.1', () => socket.write(open))
            socket.once('data', (chunk) =>
              chunk.toString('latin1').startsWith('HTTP/1.1 101 ') ? resolve(socket) : reject(new Error('not 101')),
            )
            socket.on('error', reject)
          }),
      ),
    )
    try {
      const [a, b] = await Promise.all(full.map(({ port }) => rawHttp(port, open)))
      expect(a).toMatch(/^HTTP\/1\.1 503 [^\r]*\r\n(?:[^\r]+\r\n)*retry-after: 7\r\n/)
      expect(a).toBe(b)
    } finally {
      for (const socket of holders) socket.destroy()
      await Promise.all(full.map(({ relay }) => relay.close()))
    }
  })

  it('answers every client ping with a pong carrying the same data', async () => {
    const client = new WebSocket(`ws://127.0.0.1:${direct.port}/v1/ws`, 'zerorelay.v1.proto')
    try {
      await new Promise((resolve, reject) => {
        client.once('open', resolve)
        client.once('error', reject)
      })
      const pongs: string[] = []
      const expected = ['first', '', 'x'.repeat(125)]
      const allAnswered = new Promise<void>((resolve) =>
        client.on('pong', (data: Buffer) => {
          pongs.push(data.toString('utf8'))
          if (pongs.length === expected.length) resolve()
        }),
      )
      for (const data of expected) client.ping(data)
      await allAnswered
      expect(pongs).toEqual(expected)
      expect(client.readyState).toBe(WebSocket.OPEN)
    } finally {
      client.terminate()
    }
  })

  it('builds no Fetch Request for an upgrade on the WebSocket path (the Fetch path does)', async () => {
    const RealRequest = globalThis.Request
    let constructed = 0
    globalThis.Request = new Proxy(RealRequest, {
      construct(target, args, newTarget) {
        constructed++
        return Reflect.construct(target, args, newTarget)
      },
    })
    try {
      const request = upgradeRequest('/v1/ws', { 'Sec-WebSocket-Protocol': 'mqtt' })
      expect(await rawHttp(direct.port, request)).toMatch(/^HTTP\/1\.1 400 /)
      expect(constructed).toBe(0)
      expect(await rawHttp(viaFetch.port, request)).toMatch(/^HTTP\/1\.1 400 /)
      expect(constructed).toBeGreaterThan(0)
    } finally {
      globalThis.Request = RealRequest
    }
  })
})
