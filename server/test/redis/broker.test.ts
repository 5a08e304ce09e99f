/** Redis-specific behaviour of the Redis broker, against a real redis-server. */
import { Code } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrokerMessage } from '../../src/broker/broker.js'
import { createRedisBroker, type RedisBroker } from '../../src/broker/redis.js'
import { encodeBrokerMessage } from '../../src/broker/redis-codec.js'
import { RelayError } from '../../src/errors.js'
import { createKeyspace } from '../../src/redis/keys.js'
import { connection, type RedisServer, startRedisServer } from './redis-server.js'

let redis: RedisServer
let n = 0
const open: RedisBroker[] = []
beforeAll(async () => {
  redis = await startRedisServer('none')
})
afterAll(async () => {
  await Promise.all(open.map((b) => b.close()))
  await redis?.dispose()
})

async function broker(keyPrefix = `b${++n}`): Promise<RedisBroker> {
  const b = createRedisBroker({ ...connection(redis), keyPrefix })
  open.push(b)
  await b.whenReady(5_000)
  return b
}

const t = (s: string) => s.split('.')

function message(tenant: string, topic: string, offset: number, payload = `${offset}`): BrokerMessage {
  return {
    tenant,
    topic,
    payload: new TextEncoder().encode(payload),
    headers: {},
    epoch: 'e',
    offset: BigInt(offset),
    publishedAtMs: 1,
    origin: { nodeId: 'n', connectionId: 'c' },
  }
}

async function until(predicate: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 5))
  }
}

describe('Redis broker', () => {
  it('fans out across nodes (two brokers on one Redis)', async () => {
    const prefix = `x${++n}`
    const a = await broker(prefix)
    const b = await broker(prefix)
    const got: string[] = []
    b.attach((m) => got.push(m.topic)).addInterest('t', t('room.1'))
    await b.settled() // b's SSUBSCRIBE was answered: a's publishes after this reach it
    for (let i = 1; i <= 20; i++) await a.publish(message('t', 'room.1', i))
    await until(() => got.length === 20)
    expect(got).toHaveLength(20)
  })

  it('keeps glob characters literal: an interest never receives a topic it does not name', async () => {
    const b = await broker()
    const got: string[] = []
    const node = b.attach((m) => got.push(`${m.tenant}/${m.topic}`))
    node.addInterest('t*', t('h[ae]llo'))
    node.addInterest('t*', t('end'))
    for (const [tenant, topic] of [
      ['t*', 'hello'],
      ['t*', 'hallo'],
      ['tx', 'h[ae]llo'],
      ['t?', 'h[ae]llo'],
      ['t*', 'h?llo'],
      ['t*', 'h[ae]llo'],
      ['t*', 'end'],
    ] as const)
      await b.publish(message(tenant, topic, 1))
    await until(() => got.includes('t*/end'))
    expect(got).toEqual(['t*/h[ae]llo', 't*/end'])
    const channels = (await redis.command('PUBSUB', 'SHARDCHANNELS')) as string[]
    for (const c of channels) expect(c).not.toMatch(/[*?[\]\\]/)
  })

  it('hands a publish to a node once when exact and wildcard interests both match, across nodes', async () => {
    const prefix = `d${++n}`
    const pub = await broker(prefix)
    const sub = await broker(prefix)
    const got: bigint[] = []
    const node = sub.attach((m) => got.push(m.offset))
    node.addInterest('t', t('a.b'))
    node.addInterest('t', t('a.*'))
    node.addInterest('t', t('>'))
    await sub.settled()
    for (let i = 1; i <= 30; i++) await pub.publish(message('t', 'a.b', i))
    // Interests change while messages flow: still no duplicate, no loss for a.b.
    node.removeInterest('t', t('>'))
    for (let i = 31; i <= 40; i++) await pub.publish(message('t', 'a.b', i))
    node.removeInterest('t', t('a.*'))
    for (let i = 41; i <= 50; i++) await pub.publish(message('t', 'a.b', i))
    node.addInterest('t', t('marker'))
    await sub.settled()
    await pub.publish(message('t', 'marker', 51))
    await until(() => got.includes(51n))
    expect(got).toEqual(Array.from({ length: 51 }, (_, i) => BigInt(i + 1)))
  })

  it('counts and drops malformed channel messages, and keeps delivering', async () => {
    const prefix = `m${++n}`
    const b = await broker(prefix)
    const got: string[] = []
    b.attach((m) => got.push(new TextDecoder().decode(m.payload))).addInterest('t', t('x'))
    await b.settled()
    const channel = createKeyspace(prefix).topic('t', 'x').channel
    await redis.command('SPUBLISH', channel, 'garbage')
    // A valid message that claims another tenant's topic on this channel is dropped too.
    const foreign = encodeBrokerMessage('id-1', message('other', 'x', 1))
    await redis.command('SPUBLISH', channel, Buffer.from(foreign) as unknown as string)
    await b.publish(message('t', 'x', 2, 'ok'))
    await until(() => got.length === 1)
    expect(got).toEqual(['ok'])
    expect(b.malformed).toBe(2)
  })

  it('resubscribes every channel after CLIENT KILL TYPE pubsub', async () => {
    let resubscribed = 0
    const b = createRedisBroker({ ...connection(redis), keyPrefix: `k${++n}`, onResubscribed: () => resubscribed++ })
    open.push(b)
    await b.whenReady(5_000)
    const got: string[] = []
    const node = b.attach((m) => got.push(m.topic))
    node.addInterest('t', t('k.1'))
    node.addInterest('t', t('k.*'))
    await b.settled()
    const before = resubscribed
    expect(await redis.command('CLIENT', 'KILL', 'TYPE', 'pubsub')).toBeGreaterThanOrEqual(1)
    await until(() => resubscribed > before)
    expect(b.isReady()).toBe(true)
    await b.publish(message('t', 'k.1', 1))
    await b.publish(message('t', 'k.2', 2))
    await until(() => got.length === 2)
    expect(got).toEqual(['k.1', 'k.2'])
  })
})

describe('Redis broker when Redis is down', () => {
  it('rejects publishes with UNAVAILABLE, reports not ready, and recovers (resubscribed) after a restart', async () => {
    const own = await startRedisServer('none')
    try {
      const b = createRedisBroker({ ...connection(own), keyPrefix: 'r' })
      open.push(b)
      await b.whenReady(5_000)
      const got: bigint[] = []
      b.attach((m) => got.push(m.offset)).addInterest('t', t('x'))
      await b.publish(message('t', 'x', 1))
      await until(() => got.length === 1)
      await own.kill()
      await until(() => !b.isReady())
      const started = Date.now()
      const err = await b.publish(message('t', 'x', 2)).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(err).toBeInstanceOf(RelayError)
      expect((err as RelayError).code).toBe(Code.CODE_UNAVAILABLE)
      expect((err as RelayError).retryable).toBe(true)
      expect(Date.now() - started).toBeLessThan(3_000) // bounded: no offline queue, commandTimeoutMs 1 000
      await own.start()
      await b.whenReady(10_000)
      await b.publish(message('t', 'x', 3))
      await until(() => got.length === 2)
      expect(got).toEqual([1n, 3n])
    } finally {
      await own.dispose()
    }
  })
})
