/**
 * The cluster-wide tenant limiter against a real redis-server: two limiter instances are two
 * nodes. Quotas hold in aggregate, the publish rate holds within the documented slack, the
 * fallback share applies while Redis is down (and nothing leaks across the outage), and the
 * units of a node that stops heartbeating come back. Every loop is bounded.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createRedisTenantLimiter, type RedisTenantLimiter } from '../../src/limits/redis-limiter.js'
import type { TenantLimits } from '../../src/limits/tenant-limiter.js'
import { connection, type RedisServer, startRedisServer } from './redis-server.js'

let server: RedisServer
const limiters: RedisTenantLimiter[] = []
let prefixCounter = 0

beforeAll(async () => {
  server = await startRedisServer('none')
})
afterEach(async () => {
  await Promise.all(limiters.splice(0).map((l) => l.close({ leave: false })))
})
afterAll(async () => {
  await server.dispose()
})

const LIMITS: TenantLimits = {
  publishesPerSecond: 0,
  publishesBurst: 1,
  maxConnections: 5,
  maxSubscriptions: 6,
  maxTopics: 3,
  maxFrameBytes: 0,
}

/** Nodes sharing one key prefix (a fresh one per test). */
function cluster(limits: Partial<TenantLimits> = {}, extra: { nodeTtlMs?: number; fallbackNodes?: number } = {}) {
  const keyPrefix = `t${++prefixCounter}`
  return (nodeId: string) => {
    const limiter = createRedisTenantLimiter({
      ...connection(server),
      keyPrefix,
      nodeId,
      limitsFor: () => ({ ...LIMITS, ...limits }),
      now: Date.now,
      fallbackNodes: extra.fallbackNodes ?? 3,
      nodeTtlMs: extra.nodeTtlMs ?? 15_000,
    })
    limiters.push(limiter)
    return { limiter, keyPrefix }
  }
}

async function synced(...ls: RedisTenantLimiter[]): Promise<void> {
  for (const l of ls) expect(await l.whenSynced(5_000)).toBe(true)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('createRedisTenantLimiter()', () => {
  it('holds maxConnections in aggregate across nodes, also for concurrent acquires', async () => {
    const node = cluster()
    const a = node('a').limiter
    const b = node('b').limiter
    await synced(a, b)
    const results = await Promise.all([
      ...Array.from({ length: 6 }, () => a.acquire('acme', 'connections')),
      ...Array.from({ length: 6 }, () => b.acquire('acme', 'connections')),
    ])
    expect(results.filter(Boolean)).toHaveLength(5)
    expect(a.usage('acme').connections + b.usage('acme').connections).toBe(5)
    // Another tenant has its own quota.
    expect(await b.acquire('other', 'connections')).toBe(true)
    // A release on one node frees a unit for the other.
    const holder = a.usage('acme').connections > 0 ? a : b
    const other = holder === a ? b : a
    holder.release('acme', 'connections')
    expect(await other.acquire('acme', 'connections')).toBe(true)
    expect(await holder.acquire('acme', 'connections')).toBe(false)
  })

  it('holds maxSubscriptions and distinct topics in aggregate', async () => {
    const node = cluster()
    const a = node('a').limiter
    const b = node('b').limiter
    await synced(a, b)
    for (let i = 0; i < 4; i++) expect(await a.acquire('acme', 'subscriptions')).toBe(true)
    expect(await b.acquire('acme', 'subscriptions')).toBe(true)
    expect(await b.acquire('acme', 'subscriptions')).toBe(true)
    expect(await b.acquire('acme', 'subscriptions')).toBe(false)
    // Topics count distinct keys over the cluster: a holds x, y; b holds y, z.
    expect(await a.acquire('acme', 'topics', 'x')).toBe(true)
    expect(await a.acquire('acme', 'topics', 'y')).toBe(true)
    expect(await b.acquire('acme', 'topics', 'y')).toBe(true)
    expect(await b.acquire('acme', 'topics', 'z')).toBe(true)
    expect(await b.acquire('acme', 'topics', 'w')).toBe(false)
    expect(await a.acquire('acme', 'topics', 'z')).toBe(true) // not a new distinct topic
    // y stays held by b after a releases it; x freed on a makes room for w on b.
    a.release('acme', 'topics', 'y')
    expect(await b.acquire('acme', 'topics', 'w')).toBe(false)
    a.release('acme', 'topics', 'x')
    expect(await b.acquire('acme', 'topics', 'w')).toBe(true)
  })

  it('keeps the aggregate publish rate within burst + rate × time + one lease per node', async () => {
    const rate = 200
    const burst = 100
    const node = cluster({ publishesPerSecond: rate, publishesBurst: burst })
    const nodes = [node('a').limiter, node('b').limiter]
    await synced(...nodes)
    // Connects lease ahead of the first publish.
    for (const l of nodes) expect(await l.acquire('acme', 'connections')).toBe(true)
    const startMs = Date.now()
    let granted = 0
    let refused = 0
    // Bounded: 600 ms of offered load far above the rate, from both nodes.
    while (Date.now() - startMs < 600) {
      for (const l of nodes) {
        for (let i = 0; i < 20; i++) {
          if (l.takePublish('acme', Date.now()) === 0) granted++
          else refused++
        }
      }
      await sleep(2)
    }
    const elapsedS = (Date.now() - startMs) / 1000
    const lease = Math.ceil(burst * 0.1)
    expect(refused).toBeGreaterThan(0)
    expect(granted).toBeLessThanOrEqual(burst + rate * elapsedS + nodes.length * lease)
    // The limiter does hand out tokens: at least the burst was spent.
    expect(granted).toBeGreaterThanOrEqual(burst)
  })

  it('enforces limit / fallbackNodes while Redis is down and rewrites its counts afterwards', async () => {
    const node = cluster({ maxConnections: 9, publishesPerSecond: 30, publishesBurst: 30 }, { fallbackNodes: 3 })
    const { limiter: a, keyPrefix } = node('a')
    await synced(a)
    expect(await a.acquire('acme', 'connections')).toBe(true)
    await server.kill()
    try {
      for (let i = 0; i < 200 && !a.isFallback(); i++) await sleep(10)
      expect(a.isFallback()).toBe(true)
      // Share: 9 / 3 = 3 connections, one already held.
      const results: boolean[] = []
      for (let i = 0; i < 4; i++) results.push(await a.acquire('acme', 'connections'))
      expect(results).toEqual([true, true, false, false])
      // Publish share: burst 30 / 3 = 10 at once.
      let published = 0
      for (let i = 0; i < 20; i++) if (a.takePublish('acme', Date.now()) === 0) published++
      expect(published).toBe(10)
      // Topics: 3 / 3 = 1.
      expect(await a.acquire('acme', 'topics', 'x')).toBe(true)
      expect(await a.acquire('acme', 'topics', 'y')).toBe(false)
      // A release while down must not leak a unit.
      a.release('acme', 'connections')
    } finally {
      await server.start()
    }
    // Restarted without persistence: the node writes its contribution again.
    expect(await a.whenSynced(10_000)).toBe(true)
    expect(a.isFallback()).toBe(false)
    expect(await server.command('HGET', `${keyPrefix}:{acme}:lim:c`, 'a')).toBe('2')
    expect(await server.command('HGET', `${keyPrefix}:{acme}:lim:t`, 'x')).toBe('1')
    // Back to the cluster-wide limit (9): 7 more.
    const more: boolean[] = []
    for (let i = 0; i < 8; i++) more.push(await a.acquire('acme', 'connections'))
    expect(more.filter(Boolean)).toHaveLength(7)
  })

  it('frees the units of a node that stops heartbeating', async () => {
    const node = cluster({ maxConnections: 3, maxTopics: 1 }, { nodeTtlMs: 600 })
    const a = node('a').limiter
    const b = node('b').limiter
    await synced(a, b)
    for (let i = 0; i < 3; i++) expect(await a.acquire('acme', 'connections')).toBe(true)
    expect(await a.acquire('acme', 'topics', 'x')).toBe(true)
    expect(await b.acquire('acme', 'connections')).toBe(false)
    // a "crashes": no heartbeat, nothing released.
    await a.close({ leave: false })
    expect(await b.acquire('acme', 'connections')).toBe(false)
    let freed = false
    for (let i = 0; i < 100 && !freed; i++) {
      await sleep(50)
      freed = await b.acquire('acme', 'connections')
    }
    expect(freed).toBe(true)
    expect(await b.acquire('acme', 'topics', 'y')).toBe(true)
  })

  it('leaves no contribution behind on a graceful close', async () => {
    const node = cluster({ maxConnections: 2 })
    const a = node('a').limiter
    const b = node('b').limiter
    await synced(a, b)
    expect(await a.acquire('acme', 'connections')).toBe(true)
    expect(await a.acquire('acme', 'connections')).toBe(true)
    expect(await b.acquire('acme', 'connections')).toBe(false)
    await a.close()
    expect(await b.acquire('acme', 'connections')).toBe(true)
  })
})
