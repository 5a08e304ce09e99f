import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, mintToken, openClient, startRelay, type TestRelay } from './helpers.js'

let t: TestRelay

beforeAll(async () => {
  t = await startRelay()
})
afterAll(async () => {
  await t.close()
})

/** Parses Prometheus text into "name{labels}" → value. */
export function parseMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    const i = line.lastIndexOf(' ')
    out.set(line.slice(0, i), Number(line.slice(i + 1)))
  }
  return out
}

async function scrape(): Promise<Map<string, number>> {
  const res = await fetch(`${t.adminUrl}/metrics`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/text\/plain/)
  return parseMetrics(await res.text())
}

describe('/metrics', () => {
  it('moves counters by exactly the number of events and never exposes tokens', async () => {
    const before = await scrape()
    const token = await mintToken()
    const subs = await Promise.all([connectClient(t.url, token), connectClient(t.url, token)])
    const pub = await connectClient(t.url, token)
    for (const s of subs) await s.call({ subscribe: { topic: 'm.x' } })
    for (let i = 0; i < 5; i++) await pub.call({ publish: { topic: 'm.x', payload: new Uint8Array([i]), ack: true } })
    for (const s of subs) for (let i = 0; i < 5; i++) await s.next((f) => f.kind === 'delivery')
    const bad = await openClient(t.url)
    await bad.call({ connect: { token: 'not-a-jwt' } })
    await bad.closed
    const after = await scrape()
    const delta = (k: string) => (after.get(k) ?? 0) - (before.get(k) ?? 0)
    expect(delta('zerorelay_connections_accepted_total')).toBe(4)
    expect(delta('zerorelay_connections_closed_total{code="4501"}')).toBe(1)
    expect(after.get('zerorelay_connections')).toBe(3)
    expect(delta('zerorelay_messages_published_total')).toBe(5)
    expect(delta('zerorelay_messages_delivered_total')).toBe(10)
    expect(delta('zerorelay_auth_failures_total{reason="malformed"}')).toBe(1)
    // frames in: 3 connects + 2 subscribes + 5 publishes + 1 bad connect
    expect(delta('zerorelay_frames_received_total{codec="json"}')).toBe(11)
    // frames out: 3 connected + 2 subscribeAck + 5 publishAck + 10 deliveries + error + disconnect
    expect(delta('zerorelay_frames_sent_total{codec="json"}')).toBe(22)
    expect(delta('zerorelay_fanout_duration_seconds_count')).toBe(5)
    expect(delta('zerorelay_delivery_lag_seconds_count')).toBe(10)
    expect(delta('zerorelay_bytes_received_total{codec="json"}')).toBeGreaterThan(0)
    const text = await fetch(`${t.adminUrl}/metrics`).then((r) => r.text())
    expect(text).not.toContain(token)
    expect(text).not.toContain('m.x')
    expect(text).toContain('zerorelay_event_loop_lag_seconds')
    for (const c of [...subs, pub]) c.close()
  })

  it('is not served on the public listener', async () => {
    const res = await fetch(t.url.replace('ws://', 'http://').replace('/v1/ws', '/metrics'))
    expect(res.status).toBe(404)
  })
})

describe('health', () => {
  it('serves /healthz on both listeners and /readyz on the admin listener', async () => {
    expect((await fetch(`${t.adminUrl}/healthz`)).status).toBe(200)
    expect((await fetch(t.url.replace('ws://', 'http://').replace('/v1/ws', '/healthz'))).status).toBe(200)
    expect((await fetch(`${t.adminUrl}/readyz`)).status).toBe(200)
  })

  it('reports not ready when a registered dependency is down, without internals', async () => {
    const r = await startRelay()
    try {
      let up = false
      r.relay.addReadinessCheck({ name: 'redis', isReady: () => up })
      const down = await fetch(`${r.adminUrl}/readyz`)
      expect(down.status).toBe(503)
      expect(await down.text()).toBe('not ready: redis\n')
      expect((await fetch(`${r.adminUrl}/healthz`)).status).toBe(200)
      up = true
      expect((await fetch(`${r.adminUrl}/readyz`)).status).toBe(200)
    } finally {
      await r.close()
    }
  })

  it('drains: clients get Disconnect 4000 with advice RECONNECT, new upgrades are refused', async () => {
    const r = await startRelay()
    const c = await connectClient(r.url, await mintToken())
    await c.call({ subscribe: { topic: 'd' } })
    const drained = r.relay.drain()
    const closed = await c.closed
    expect(closed.code).toBe(4000)
    const d = c.frames.find((f) => f.kind === 'disconnect')
    expect(d?.disconnect?.code).toBe(4000)
    expect(d?.disconnect?.advice).toBe(1)
    await drained
    await expect(openClient(r.url)).rejects.toThrow()
  })
})
