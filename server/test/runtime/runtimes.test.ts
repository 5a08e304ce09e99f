/**
 * Runtime smoke tests: the real Bun and Deno entries (`server/src/main.bun.ts`,
 * `server/src/main.deno.ts`) are spawned on port 0 and driven over real sockets: connect,
 * subscribe, publish, the frame size limit (1009), the heartbeat (ping answered keeps an idle
 * client, no pong → 4012), a slow consumer (4008, nothing dropped silently), the admin
 * listener, and a graceful drain on SIGTERM (exit 0). A runtime whose binary is missing from
 * node_modules/.bin is skipped with a message.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CloseCode, SUBPROTOCOL_PROTO } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, mintToken, rawUpgrade, SECRET } from '../helpers.js'
import { expectNonReadersClosed, PROBE_UNREAD_AGE_MS } from '../unread-probe.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const SRC = join(ROOT, 'server', 'src')
const QUEUE_BYTES = 1024 * 1024
const PAYLOAD_BYTES = 32 * 1024
const MAX_FRAME_BYTES = 64 * 1024

interface Runtime {
  readonly name: 'bun' | 'deno'
  readonly binary: string
  readonly args: (configPath: string) => string[]
}

const RUNTIMES: readonly Runtime[] = [
  {
    name: 'bun',
    binary: join(ROOT, 'node_modules', '.bin', 'bun'),
    args: (conf) => [join(SRC, 'main.bun.ts'), '--config', conf],
  },
  {
    name: 'deno',
    binary: join(ROOT, 'node_modules', '.bin', 'deno'),
    args: (conf) => ['run', '-A', '--quiet', '--unstable-sloppy-imports', join(SRC, 'main.deno.ts'), '--config', conf],
  },
]

/** One spawned relay process. */
interface Spawned {
  readonly child: ChildProcess
  readonly url: string
  readonly adminUrl: string
  readonly output: () => string
  /** SIGTERM, then the exit code (SIGKILL after 10 s). */
  stop(): Promise<number | null>
}

function configFor(
  timeouts: { pingIntervalMs: number; pongTimeoutMs: number },
  limits: Record<string, number> = {},
): Record<string, unknown> {
  return {
    host: '127.0.0.1',
    port: 0,
    adminHost: '127.0.0.1',
    adminPort: 0,
    logLevel: 'warn',
    limits: { maxFrameBytes: MAX_FRAME_BYTES, maxQueuedBytes: QUEUE_BYTES, maxQueuedMessages: 1_000, ...limits },
    timeouts: { authTimeoutMs: 5_000, drainTimeoutMs: 2_000, ...timeouts },
    auth: { leewayMs: 0, tenants: { default: { keys: [{ alg: 'HS256', secret: SECRET }] } } },
  }
}

async function spawnRelay(runtime: Runtime, dir: string, config: Record<string, unknown>): Promise<Spawned> {
  const conf = join(dir, `relay-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(conf, JSON.stringify(config))
  const child = spawn(runtime.binary, runtime.args(conf), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout?.setEncoding('utf8').on('data', (s: string) => {
    out += s
  })
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    out += s
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const address = await new Promise<{ url: string; adminUrl: string }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${runtime.name} relay did not start within 30 s:\n${out}`)),
      30_000,
    )
    const onData = () => {
      const m = /zerorelay is running: (\S+)\s+\(admin: (http:\/\/[^/\s]+)/.exec(out)
      if (m === null) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      resolve({ url: m[1] as string, adminUrl: m[2] as string })
    }
    child.stdout?.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`${runtime.name} relay exited (${code}) before listening:\n${out}`))
    })
  })
  return {
    child,
    ...address,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
      child.kill('SIGTERM')
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
      const code = await exited
      clearTimeout(kill)
      return code
    },
  }
}

for (const runtime of RUNTIMES) {
  const isAvailable = existsSync(runtime.binary)
  if (!isAvailable) {
    // Visible in the test output: a missing binary is a skip, not a pass.
    describe.skip(`runtime ${runtime.name}: ${runtime.binary} not found (npm install installs it)`, () => {
      it('is skipped', () => {})
    })
    continue
  }

  describe(`runtime ${runtime.name}`, () => {
    let dir: string
    let relay: Spawned
    let heartbeatRelay: Spawned
    let probeRelay: Spawned

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), `zr-runtime-${runtime.name}-`))
      ;[relay, heartbeatRelay, probeRelay] = await Promise.all([
        spawnRelay(runtime, dir, configFor({ pingIntervalMs: 10_000, pongTimeoutMs: 10_000 })),
        spawnRelay(runtime, dir, configFor({ pingIntervalMs: 300, pongTimeoutMs: 300 })),
        spawnRelay(
          runtime,
          dir,
          configFor(
            { pingIntervalMs: 10_000, pongTimeoutMs: 10_000 },
            { maxUnreadAgeMs: PROBE_UNREAD_AGE_MS, maxQueuedBytes: 64 * 1024 * 1024, maxQueueAgeMs: 0 },
          ),
        ),
      ])
    }, 60_000)

    afterAll(async () => {
      await Promise.all([relay?.stop(), heartbeatRelay?.stop(), probeRelay?.stop()])
      rmSync(dir, { recursive: true, force: true })
    }, 30_000)

    it('connects, subscribes and delivers a publication with both codecs', async () => {
      const token = await mintToken()
      for (const protocols of [undefined, [SUBPROTOCOL_PROTO]]) {
        const opts = protocols === undefined ? {} : { protocols }
        const sub = await connectClient(relay.url, token, opts)
        const pub = await connectClient(relay.url, token, opts)
        expect(sub.ws.protocol).toBe(protocols?.[0] ?? 'zerorelay.v1.json')
        const ack = await sub.call({ subscribe: { topic: 'smoke.topic' } })
        expect(ack.kind).toBe('subscribeAck')
        const payload = new TextEncoder().encode(`hello from ${runtime.name}`)
        const published = await pub.call({ publish: { topic: 'smoke.topic', payload, ack: true } })
        expect(published.kind).toBe('publishAck')
        const delivery = await sub.next((f) => f.kind === 'delivery')
        expect(delivery.delivery?.topic).toBe('smoke.topic')
        expect(new TextDecoder().decode(delivery.delivery?.payload ?? new Uint8Array())).toBe(
          `hello from ${runtime.name}`,
        )
        sub.close()
        pub.close()
        await Promise.all([sub.closed, pub.closed])
      }
    }, 20_000)

    it('refuses an unknown subprotocol over HTTP and negotiates a known one', async () => {
      const refused = await rawUpgrade(relay.url, { 'Sec-WebSocket-Protocol': 'chat.v9' })
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
      const accepted = await rawUpgrade(relay.url, { 'Sec-WebSocket-Protocol': `chat.v9,${SUBPROTOCOL_PROTO}` })
      expect(accepted.status).toBe(101)
      expect(accepted.headers['sec-websocket-protocol']).toBe(SUBPROTOCOL_PROTO)
    }, 10_000)

    // Bun answers upgrades to the exact WebSocket path without Hono (as Node does); anything
    // else goes through the public app. Both must answer a refusal the same way.
    it('answers refusals on the WebSocket path as the public app does, with or without a query', async () => {
      const u = new URL(relay.url)
      for (const path of [u.pathname, `${u.pathname}?x=1`]) {
        const refused = await rawUpgrade(relay.url, { 'Sec-WebSocket-Protocol': 'chat.v9' }, { path })
        expect(refused.status, path).toBe(400)
        expect(refused.headers['content-type'], path).toBe('text/plain; charset=UTF-8')
      }
      const notFound = await rawUpgrade(
        relay.url,
        { 'Sec-WebSocket-Protocol': SUBPROTOCOL_PROTO },
        { path: `${u.pathname}/` },
      )
      expect(notFound.status).toBe(404)
      const accepted = await rawUpgrade(
        relay.url,
        { 'Sec-WebSocket-Protocol': SUBPROTOCOL_PROTO },
        { path: `${u.pathname}?x=1` },
      )
      expect(accepted.status).toBe(101)
    }, 10_000)

    it('closes a message above maxFrameBytes with 1009 and keeps serving', async () => {
      const client = await connectClient(relay.url, await mintToken())
      client.sendRaw(new Uint8Array(MAX_FRAME_BYTES + 1))
      const closed = await client.closed
      expect(closed.code).toBe(1009)
      const again = await connectClient(relay.url, await mintToken())
      expect((await again.call({ ping: { clientTimeMs: 1 } })).kind).toBe('pong')
      again.close()
      await again.closed
    }, 20_000)

    it('pings idle clients: one that answers stays, one that does not is closed with 4012', async () => {
      const token = await mintToken()
      const answering = await connectClient(heartbeatRelay.url, token)
      const silent = await connectClient(heartbeatRelay.url, token, { autoPong: false })
      let pings = 0
      answering.ws.on('ping', () => pings++)
      const closed = await silent.closed
      expect(closed.code).toBe(4012)
      // The silent client was given pingIntervalMs + pongTimeoutMs; the answering one saw the
      // same pings and answered them, so it is still open.
      expect(pings).toBeGreaterThan(0)
      expect(answering.ws.readyState).toBe(answering.ws.OPEN)
      expect((await answering.call({ ping: { clientTimeMs: 2 } })).kind).toBe('pong')
      answering.close()
      await answering.closed
    }, 20_000)

    it('closes a subscriber that stops reading with 4008, after an unbroken prefix', async () => {
      const token = await mintToken()
      const opts = { protocols: [SUBPROTOCOL_PROTO] }
      const slow = await connectClient(relay.url, token, opts)
      const fast = await connectClient(relay.url, token, opts)
      const pub = await connectClient(relay.url, token, opts)
      await slow.call({ subscribe: { topic: 'firehose' } })
      await fast.call({ subscribe: { topic: 'firehose' } })
      ;(slow.ws as unknown as { _socket: Socket })._socket.pause()
      // 10 × the queue cap, bounded in count: more than loopback buffers hold.
      const total = Math.ceil((10 * QUEUE_BYTES) / PAYLOAD_BYTES)
      const payload = new Uint8Array(PAYLOAD_BYTES).fill(7)
      for (let i = 0; i < total; i++) {
        payload[0] = i & 0xff
        const r = await pub.call({ publish: { topic: 'firehose', payload, ack: true } })
        expect(r.kind).toBe('publishAck')
      }
      const deliveries = []
      for (let i = 0; i < total; i++) deliveries.push(await fast.next((f) => f.kind === 'delivery'))
      expect(deliveries.map((d) => d.delivery?.payload?.[0])).toEqual(Array.from({ length: total }, (_, i) => i & 0xff))

      const metrics = await (await fetch(`${relay.adminUrl}/metrics`)).text()
      expect(metrics).toMatch(/^zerorelay_slow_consumers_total(\{[^}]*\})? 1$/m)
      ;(slow.ws as unknown as { _socket: Socket })._socket.resume()
      const closed = await slow.closed
      expect(closed.code).toBe(4008)
      const disconnect = slow.frames.find((f) => f.kind === 'disconnect')
      expect(disconnect?.disconnect?.code).toBe(CloseCode.CLOSE_CODE_SLOW_CONSUMER)
      // What did arrive is a gap-free prefix (nothing dropped silently), and not everything.
      const got = slow.frames.filter((f) => f.kind === 'delivery').map((d) => d.delivery?.payload?.[0])
      expect(got).toEqual(Array.from({ length: got.length }, (_, i) => i & 0xff))
      expect(got.length).toBeLessThan(total)
      fast.close()
      pub.close()
      await Promise.all([fast.closed, pub.closed])
    }, 30_000)

    it('closes subscribers that stop reading by the unread-age probe (a pong, not a ping, clears it)', async () => {
      await expectNonReadersClosed(probeRelay.url)
      const metrics = await (await fetch(`${probeRelay.adminUrl}/metrics`)).text()
      expect(metrics).toMatch(/^zerorelay_slow_consumer_actions_total\{policy="disconnect",reason="unread"\} 2$/m)
    }, 30_000)

    it('serves the admin listener', async () => {
      expect((await fetch(`${relay.adminUrl}/healthz`)).status).toBe(200)
      expect((await fetch(`${relay.adminUrl}/readyz`)).status).toBe(200)
      const metrics = await (await fetch(`${relay.adminUrl}/metrics`)).text()
      expect(metrics).toMatch(/^zerorelay_connections_accepted_total \d+$/m)
    }, 10_000)

    it('drains on SIGTERM: open clients get 4000, the process exits 0', async () => {
      const client = await connectClient(heartbeatRelay.url, await mintToken())
      const code = heartbeatRelay.stop()
      const closed = await client.closed
      expect(closed.code).toBe(CloseCode.CLOSE_CODE_SHUTDOWN)
      expect(await code).toBe(0)
    }, 20_000)
  })
}
