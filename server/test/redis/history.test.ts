/** Redis-specific behaviour of the Redis history store, against real redis-server processes. */
import { Code } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RelayError } from '../../src/errors.js'
import { createRedisHistoryStore, type RedisHistoryOptions, type RedisHistoryStore } from '../../src/history/redis.js'
import type { StoredMessage } from '../../src/history/store.js'
import { createKeyspace } from '../../src/redis/keys.js'
import { connection, type RedisServer, startRedisServer } from './redis-server.js'

let redis: RedisServer
let n = 0
const open: RedisHistoryStore[] = []
beforeAll(async () => {
  redis = await startRedisServer('none')
})
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()))
  await redis?.dispose()
})

async function store(
  server: RedisServer,
  over: Partial<RedisHistoryOptions> = {},
  keyPrefix = `h${++n}`,
): Promise<RedisHistoryStore> {
  const s = createRedisHistoryStore({
    ...connection(server),
    keyPrefix,
    maxMessagesPerTopic: 100,
    maxAgeMs: 0,
    dedupeWindowMs: 60_000,
    topicTtlMs: 60_000,
    ...over,
  })
  open.push(s)
  await s.whenReady(5_000)
  return s
}

const msg = (text: string, publishedAtMs = Date.now()): StoredMessage => ({
  payload: new TextEncoder().encode(text),
  headers: {},
  publishedAtMs,
})

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (e: unknown) => e,
  )
}

describe('Redis history store', () => {
  it('dedupes an idempotency key across nodes, also for concurrent appends', async () => {
    const prefix = `i${++n}`
    const a = await store(redis, {}, prefix)
    const b = await store(redis, {}, prefix)
    const all = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? a : b).append('t', 'x', msg('same'), { idempotencyKey: 'k' }),
      ),
    )
    expect(all.filter((p) => !p.duplicate)).toHaveLength(1)
    expect(new Set(all.map((p) => `${p.epoch}/${p.offset}`)).size).toBe(1)
    expect(await b.read('t', 'x', 0n, 10)).toHaveLength(1)
    // Offsets are shared too: the next append on either node continues the sequence.
    expect((await a.append('t', 'x', msg('next'))).offset).toBe(2n)
    expect((await b.append('t', 'x', msg('next'))).offset).toBe(3n)
  })

  it('stores binary payloads and tricky topic names as separate histories', async () => {
    const s = await store(redis)
    const payload = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) & 255)
    await s.append('t', 'a*', { payload, headers: { 'x-ü': '✓' }, publishedAtMs: 5 })
    await s.append('t', 'a?', msg('q'))
    await s.append('t*', 'a*', msg('other tenant'))
    const read = await s.read('t', 'a*', 0n, 10)
    expect(read).toHaveLength(1)
    expect([...(read[0]?.payload ?? [])]).toEqual([...payload])
    expect(read[0]?.headers).toEqual({ 'x-ü': '✓' })
    expect(read[0]?.publishedAtMs).toBe(5)
    expect((await s.position('t', 'a?')).offset).toBe(1n)
    expect((await s.position('t*', 'a*')).offset).toBe(1n)
  })

  it('trims by count and age on the server and sets a TTL on the topic keys', async () => {
    let clock = 100_000
    const prefix = `r${++n}`
    const s = await store(redis, { maxMessagesPerTopic: 5, maxAgeMs: 1_000, now: () => clock }, prefix)
    const keys = createKeyspace(prefix).topic('t', 'x')
    for (let i = 0; i < 8; i++) await s.append('t', 'x', msg(`m${i}`, clock))
    expect(await redis.command('XLEN', keys.stream)).toBe(5)
    clock += 2_000
    await s.append('t', 'x', msg('fresh', clock))
    expect(await redis.command('XLEN', keys.stream)).toBe(1)
    expect((await s.read('t', 'x', 0n, 10)).map((m) => m.offset)).toEqual([9n])
    for (const key of [keys.meta, keys.stream]) {
      const ttl = (await redis.command('PTTL', key)) as number
      expect(ttl).toBeGreaterThan(0)
      expect(ttl).toBeLessThanOrEqual(60_000)
    }
  })

  it('keeps the epoch of an unwritten topic stable across nodes (position creates it once)', async () => {
    const prefix = `p${++n}`
    const a = await store(redis, {}, prefix)
    const b = await store(redis, {}, prefix)
    const pa = await a.position('t', 'new')
    expect(pa.offset).toBe(0n)
    expect(await b.position('t', 'new')).toEqual(pa)
    expect((await b.append('t', 'new', msg('1'))).epoch).toBe(pa.epoch)
  })

  it('starts a new epoch after FLUSHALL', async () => {
    const s = await store(redis)
    const before = await s.append('t', 'x', msg('a'))
    await redis.command('FLUSHALL')
    const after = await s.append('t', 'x', msg('b'))
    expect(after.epoch).not.toBe(before.epoch)
    expect(after.offset).toBe(1n)
  })
})

describe('Redis history store across Redis restarts', () => {
  it('starts a new epoch after a restart without persistence', async () => {
    const own = await startRedisServer('none')
    try {
      const s = await store(own)
      const before = await s.append('t', 'x', msg('a'))
      await own.restart()
      await s.whenReady(10_000)
      const position = await s.position('t', 'x')
      expect(position.epoch).not.toBe(before.epoch)
      expect(position.offset).toBe(0n)
    } finally {
      await own.dispose()
    }
  })

  it('keeps epoch, offsets and history after a SIGKILL restart with AOF always', async () => {
    const own = await startRedisServer('aof-always')
    try {
      const s = await store(own)
      let last = await s.append('t', 'x', msg('a'), { idempotencyKey: 'k1' })
      for (let i = 0; i < 9; i++) last = await s.append('t', 'x', msg(`m${i}`))
      await own.restart()
      await s.whenReady(10_000)
      expect(await s.position('t', 'x')).toEqual({ epoch: last.epoch, offset: 10n })
      expect(await s.read('t', 'x', 0n, 100)).toHaveLength(10)
      expect((await s.append('t', 'x', msg('a'), { idempotencyKey: 'k1' })).duplicate).toBe(true)
      expect(await s.append('t', 'x', msg('after'))).toEqual({ epoch: last.epoch, offset: 11n, duplicate: false })
    } finally {
      await own.dispose()
    }
  })

  it('rejects with UNAVAILABLE while Redis is down, reports not ready, then recovers', async () => {
    const own = await startRedisServer('none')
    try {
      const s = await store(own)
      await s.append('t', 'x', msg('a'))
      expect(s.isReady()).toBe(true)
      await own.kill()
      const deadline = Date.now() + 5_000
      while (s.isReady() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10))
      expect(s.isReady()).toBe(false)
      for (const p of [s.append('t', 'x', msg('b')), s.position('t', 'x'), s.read('t', 'x', 0n, 10)]) {
        const err = await rejection(p)
        expect(err).toBeInstanceOf(RelayError)
        expect((err as RelayError).code).toBe(Code.CODE_UNAVAILABLE)
      }
      await own.start()
      await s.whenReady(10_000)
      expect(s.isReady()).toBe(true)
      expect((await s.append('t', 'x', msg('c'))).offset).toBe(1n) // no persistence: a new epoch
    } finally {
      await own.dispose()
    }
  })
})
