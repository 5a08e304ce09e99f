/** The Broker and HistoryStore contracts against a real redis-server (the memory ones run in server/src). */
import { afterAll, beforeAll } from 'vitest'
import { runBrokerContract } from '../../src/broker/broker.contract.js'
import { createRedisBroker } from '../../src/broker/redis.js'
import { createRedisHistoryStore } from '../../src/history/redis.js'
import { runHistoryStoreContract } from '../../src/history/store.contract.js'
import { connection, type RedisServer, startRedisServer } from './redis-server.js'

let redis: RedisServer
let n = 0
beforeAll(async () => {
  redis = await startRedisServer('none')
})
afterAll(async () => {
  await redis?.dispose()
})

// Each factory call gets its own key prefix, so instances share nothing.
runBrokerContract('redis', async () => {
  const broker = createRedisBroker({ ...connection(redis), keyPrefix: `cb${++n}` })
  await broker.whenReady(5_000)
  return broker
})

runHistoryStoreContract('redis', async (o) => {
  const store = createRedisHistoryStore({ ...connection(redis), keyPrefix: `ch${++n}`, topicTtlMs: 60_000, ...o })
  await store.whenReady(5_000)
  return store
})
