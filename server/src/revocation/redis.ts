/**
 * The cluster-wide revocation store on Redis (docs/scaling.md, "Cluster-wide revocation"):
 *
 * - every live revocation is a member of a sorted set (score = `untilMs`) with its JSON in a
 *   hash; a revoke is one script that prunes expired entries, keeps the later `untilMs` of an
 *   existing entry, stores the new one and PUBLISHes it on the revocation channel;
 * - every node subscribes to that channel and adds what it receives to its local cache (the
 *   session's synchronous check), and reloads the whole set at start, after every reconnect of
 *   its subscriber and every `syncIntervalMs` (a revocation missed on the channel is applied at
 *   the next reload at the latest).
 *
 * Names (`p` = `redis.keyPrefix`): `p:{~rv}:z` sorted set, `p:{~rv}:h` hash, `p:{~rv}:c` channel.
 * `~` never occurs in an encoded tenant or topic, so these never collide with topic or tenant keys.
 */
import { Code } from '@zerorelay/protocol'
import type { Redis } from 'ioredis'
import { RelayError } from '../errors.js'
import { openRedisConnection, type RedisConnectionOptions } from '../redis/client.js'
import { createKeyspace, encodePart } from '../redis/keys.js'
import {
  MAX_REVOCATIONS,
  parseRevocation,
  type Revocation,
  RevocationCache,
  type RevocationStore,
  toRevocation,
} from './store.js'

/** KEYS: 1 sorted set, 2 hash. ARGV: 1 member, 2 untilMs, 3 JSON, 4 now, 5 max entries, 6 channel. */
const REVOKE_SCRIPT = `
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[4], 'LIMIT', 0, 1000)
for _, m in ipairs(expired) do
  redis.call('HDEL', KEYS[2], m)
  redis.call('ZREM', KEYS[1], m)
end
local old = redis.call('ZSCORE', KEYS[1], ARGV[1])
if old and tonumber(old) >= tonumber(ARGV[2]) then
  local stored = redis.call('HGET', KEYS[2], ARGV[1])
  if stored then return stored end
end
if not old and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[5]) then
  return redis.error_reply('FULL too many revocations')
end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], math.floor(tonumber(last[2])) + 60000)
redis.call('PEXPIREAT', KEYS[2], math.floor(tonumber(last[2])) + 60000)
redis.call('PUBLISH', ARGV[6], ARGV[3])
return ARGV[3]
`

/** Options of the Redis revocation store. */
export interface RedisRevocationStoreOptions extends RedisConnectionOptions {
  readonly keyPrefix: string
  /** Wall clock, milliseconds. */
  readonly now: () => number
  /** Lifetime of a revocation without `untilMs` (config `auth.maxTokenLifetimeMs`). */
  readonly defaultLifetimeMs: number
  /** Full reload interval (reconciliation), milliseconds: the worst-case propagation delay. */
  readonly syncIntervalMs: number
  /** Called when a reload or a received message fails (for logs). */
  readonly onError?: (err: Error) => void
}

/** The Redis store, plus a way to wait for its first load. */
export interface RedisRevocationStore extends RevocationStore {
  /** Resolves true once subscribed and loaded (false after `timeoutMs`). */
  whenReady(timeoutMs?: number): Promise<boolean>
  /** Reloads every revocation from Redis now. */
  reload(): Promise<void>
}

interface RevokeCommand {
  zrRevoke(z: string, h: string, ...args: (string | number)[]): Promise<string>
}

/** Creates the Redis revocation store; connects in the background. */
export function createRedisRevocationStore(options: RedisRevocationStoreOptions): RedisRevocationStore {
  const prefix = createKeyspace(options.keyPrefix).prefix
  const zsetKey = `${prefix}:{~rv}:z`
  const hashKey = `${prefix}:{~rv}:h`
  const channel = `${prefix}:{~rv}:c`
  const cache = new RevocationCache(options.now)
  let closed = false
  let subscribed = false
  let loaded = false
  let waiters: (() => void)[] = []

  const wake = () => {
    if (!(subscribed && loaded)) return
    const list = waiters
    waiters = []
    for (const w of list) w()
  }

  const commands = openRedisConnection(options, 'zerorelay-revocations', {
    onReady: () => {
      void reload().catch(() => undefined)
    },
  })
  commands
    .whenCreated()
    .then((client: Redis) => client.defineCommand('zrRevoke', { numberOfKeys: 2, lua: REVOKE_SCRIPT }))
    .catch(() => undefined)

  const subscriber = openRedisConnection(options, 'zerorelay-revocations-sub', {
    onReady: (client) => {
      void (async () => {
        try {
          await client.subscribe(channel)
          subscribed = true
          // Anything published while the subscriber was away is picked up by this reload.
          await reload()
        } catch (err) {
          options.onError?.(err as Error)
        }
      })()
    },
    onDown: () => {
      subscribed = false
    },
  })
  subscriber
    .whenCreated()
    .then((client: Redis) => {
      client.on('message', (ch: string, message: string) => {
        if (ch !== channel) return
        const revocation = parseRevocation(message)
        if (revocation === undefined) options.onError?.(new Error('malformed revocation message'))
        else cache.add(revocation)
      })
    })
    .catch(() => undefined)

  async function reload(): Promise<void> {
    const client = commands.client
    if (closed || client === undefined || !commands.isReady()) return
    try {
      const all = await client.hgetall(hashKey)
      const revocations: Revocation[] = []
      for (const text of Object.values(all)) {
        const r = parseRevocation(text)
        if (r !== undefined) revocations.push(r)
      }
      cache.merge(revocations)
      loaded = true
      wake()
    } catch (err) {
      options.onError?.(err as Error)
    }
  }

  const timer = setInterval(() => {
    void reload()
  }, options.syncIntervalMs)
  timer.unref?.()

  return {
    async revoke(request) {
      const revocation = toRevocation(request, options.now(), options.defaultLifetimeMs)
      const client = commands.client as (Redis & RevokeCommand) | undefined
      if (client === undefined || !commands.isReady()) {
        throw new RelayError(Code.CODE_UNAVAILABLE, 'revocation store unavailable')
      }
      const member = `${encodePart(revocation.tenant)}:${revocation.jti !== undefined ? 'j' : 's'}:${encodePart(
        revocation.jti ?? revocation.subject ?? '',
      )}`
      let stored: string
      try {
        stored = await client.zrRevoke(
          zsetKey,
          hashKey,
          member,
          revocation.untilMs,
          JSON.stringify(revocation),
          options.now(),
          MAX_REVOCATIONS,
          channel,
        )
      } catch (err) {
        if ((err as Error).message?.startsWith('FULL')) {
          throw new RelayError(Code.CODE_LIMIT_EXCEEDED, 'too many revocations')
        }
        throw new RelayError(Code.CODE_UNAVAILABLE, 'revocation store unavailable', { cause: err })
      }
      const effective = parseRevocation(stored) ?? revocation
      // Apply at once on this node (the channel echo arrives later and is then a no-op).
      cache.add(effective)
      return effective
    },
    isRevoked: (principal) => cache.isRevoked(principal),
    onRevoked: (listener) => cache.onRevoked(listener),
    list: (tenant) => cache.list(tenant),
    isReady: () => !closed && subscribed && loaded && commands.isReady(),
    whenReady(timeoutMs = 5_000) {
      if (subscribed && loaded) return Promise.resolve(true)
      return new Promise<boolean>((resolve) => {
        const t = setTimeout(() => resolve(false), timeoutMs)
        waiters.push(() => {
          clearTimeout(t)
          resolve(true)
        })
      })
    },
    reload,
    async close() {
      if (closed) return
      closed = true
      clearInterval(timer)
      await Promise.all([commands.close(), subscriber.close()])
    },
  }
}
