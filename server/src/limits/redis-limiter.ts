/**
 * Cluster-wide per-tenant limits on one shared Redis (docs/scaling.md, "Cluster-wide limits"):
 * the `TenantLimiter` of a relay node when `redis.url` is set.
 *
 * - Publish rate: one token bucket per tenant in Redis (a Lua script refills it by Redis time
 *   and hands out up to N tokens). Each node spends a local *lease* of tokens, so
 *   `takePublish` stays synchronous: a lease holds at most `leaseTokens` (10 % of the burst,
 *   at least 1) and is topped up in the background once it falls to half. Every token spent
 *   was taken from the shared bucket, so over any window of T seconds the whole cluster spends
 *   at most `burst + rate × T + nodes × leaseTokens` (the tokens leased before the window).
 * - Connections and subscriptions: each node writes its own absolute count into a per-tenant
 *   hash (field = node id); an acquire is one script that sums the other nodes' counts and
 *   refuses when the sum plus this node's would pass the limit. Commands of one connection run
 *   in send order, so concurrent acquires of one node are checked exactly.
 * - Topics: distinct topics (and patterns) with subscribers, cluster-wide: a hash topic → the
 *   number of nodes holding it, and a set per node of the topics it holds.
 * - Liveness: every script call and a heartbeat (every `nodeTtlMs / 3`) refresh the node's
 *   deadline in a per-tenant sorted set; any script removes the contributions of nodes whose
 *   deadline passed, so the units of a crashed node come back after at most `nodeTtlMs`.
 * - Fallback: when Redis is unreachable, or a script fails or times out (`commandTimeoutMs`),
 *   the node enforces a local share of every limit, `limit / fallbackNodes` (rounded down, at
 *   least 1; never unlimited), until Redis answers again. Then it rewrites its whole
 *   contribution from its local counts (nothing released meanwhile leaks) and leaves fallback.
 *
 * Every key of a tenant shares the hash tag `{T}` (one Redis Cluster slot per tenant).
 */
import type { Redis } from 'ioredis'
import { openRedisConnection, type RedisConnectionOptions } from '../redis/client.js'
import { createKeyspace, encodePart } from '../redis/keys.js'
import type { QuotaKind, TenantLimiter, TenantLimits } from './tenant-limiter.js'
import { TokenBucket } from './token-bucket.js'

/**
 * The quota script. KEYS: 1 connections hash, 2 subscriptions hash, 3 topic → holder-node count
 * hash, 4 node deadlines (sorted set), 5 this node's topic set. ARGV: 1 node id, 2 op,
 * 3 node TTL (ms), 4 prefix of per-node topic sets, 5.. op arguments.
 * Returns {granted (0/1), rejoined (1 when this node had been removed as dead)}.
 */
const QUOTA_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local node, op, ttl, setPrefix = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
local dead = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now, 'LIMIT', 0, 16)
for _, d in ipairs(dead) do
  if d ~= node then
    redis.call('HDEL', KEYS[1], d)
    redis.call('HDEL', KEYS[2], d)
    local set = setPrefix .. d
    for _, topic in ipairs(redis.call('SMEMBERS', set)) do
      if redis.call('HINCRBY', KEYS[3], topic, -1) <= 0 then redis.call('HDEL', KEYS[3], topic) end
    end
    redis.call('DEL', set)
    redis.call('ZREM', KEYS[4], d)
  end
end
local rejoined = redis.call('ZADD', KEYS[4], now + ttl, node)
local keyTtl = ttl * 20
for i = 1, 5 do redis.call('PEXPIRE', KEYS[i], keyTtl) end
local function total(key)
  local sum = 0
  local values = redis.call('HGETALL', key)
  for i = 1, #values, 2 do
    if values[i] ~= node then sum = sum + tonumber(values[i + 1]) end
  end
  return sum
end
local function put(key, n)
  if n > 0 then redis.call('HSET', key, node, n) else redis.call('HDEL', key, node) end
end
if op == 'c' or op == 's' then
  local key = op == 'c' and KEYS[1] or KEYS[2]
  local n, limit = tonumber(ARGV[5]), tonumber(ARGV[6])
  if total(key) + n > limit then return {0, rejoined} end
  put(key, n)
  return {1, rejoined}
elseif op == 'set' then
  put(KEYS[1], tonumber(ARGV[5]))
  put(KEYS[2], tonumber(ARGV[6]))
elseif op == 't+' then
  local topic, limit = ARGV[5], tonumber(ARGV[6])
  if redis.call('SISMEMBER', KEYS[5], topic) == 1 then return {1, rejoined} end
  if redis.call('HEXISTS', KEYS[3], topic) == 0 and redis.call('HLEN', KEYS[3]) >= limit then return {0, rejoined} end
  redis.call('HINCRBY', KEYS[3], topic, 1)
  redis.call('SADD', KEYS[5], topic)
elseif op == 't-' then
  if redis.call('SREM', KEYS[5], ARGV[5]) == 1 then
    if redis.call('HINCRBY', KEYS[3], ARGV[5], -1) <= 0 then redis.call('HDEL', KEYS[3], ARGV[5]) end
  end
elseif op == 'tclear' or op == 'leave' then
  for _, topic in ipairs(redis.call('SMEMBERS', KEYS[5])) do
    if redis.call('HINCRBY', KEYS[3], topic, -1) <= 0 then redis.call('HDEL', KEYS[3], topic) end
  end
  redis.call('DEL', KEYS[5])
  if op == 'leave' then
    redis.call('HDEL', KEYS[1], node)
    redis.call('HDEL', KEYS[2], node)
    redis.call('ZREM', KEYS[4], node)
  end
elseif op == 'tadd' then
  for i = 5, #ARGV do
    if redis.call('SADD', KEYS[5], ARGV[i]) == 1 then redis.call('HINCRBY', KEYS[3], ARGV[i], 1) end
  end
end
return {1, rejoined}
`

/**
 * The publish bucket script. KEYS: 1 the bucket hash (`v` tokens, `t` last refill ms).
 * ARGV: 1 rate per second, 2 burst, 3 tokens wanted. Returns {granted, ms until the next token}.
 */
const BUCKET_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local rate, burst, want = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'v', 't')
local tokens, ts = tonumber(b[1]), tonumber(b[2])
if tokens == nil or ts == nil then tokens = burst; ts = now end
if now > ts then
  tokens = math.min(burst, tokens + (now - ts) * rate / 1000)
  ts = now
end
local grant = math.min(want, math.floor(tokens))
if grant < 0 then grant = 0 end
tokens = tokens - grant
redis.call('HSET', KEYS[1], 'v', tostring(tokens), 't', tostring(ts))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 60000)
local wait = 0
if grant < want then wait = math.max(1, math.ceil((1 - tokens) * 1000 / rate)) end
return {grant, wait}
`

/** Topics per `tadd` call when a node rewrites its topic set. */
const RECONCILE_BATCH = 500

type ScriptReply = [number, number]

interface LimiterCommands {
  zrQuota(...args: (string | number)[]): Promise<ScriptReply>
  zrBucket(key: string, rate: number, burst: number, want: number): Promise<ScriptReply>
}

/** Options of the Redis limiter (the `redis` config section plus the node's identity). */
export interface RedisTenantLimiterOptions extends RedisConnectionOptions {
  readonly keyPrefix: string
  /** This node's id (unique per process). */
  readonly nodeId: string
  /** The limits of a tenant (called once per tenant, on first use). */
  readonly limitsFor: (tenant: string) => TenantLimits
  /** Clock of the local (fallback) buckets, milliseconds. */
  readonly now: () => number
  /** While Redis is unreachable, each node enforces `limit / fallbackNodes` of every limit. */
  readonly fallbackNodes: number
  /** A node without a heartbeat for this long counts as dead; its units are freed. Milliseconds. */
  readonly nodeTtlMs: number
  /** Lease size as a fraction of the publish burst (default 0.1). */
  readonly leaseFraction?: number
  /** Called when the node enters (true) or leaves (false) fallback mode. */
  readonly onFallback?: (active: boolean) => void
  /** Called for every failed Redis command (the node is then in fallback mode). */
  readonly onRedisError?: (err: Error) => void
}

/** The Redis limiter: a `TenantLimiter` plus lifecycle and diagnostics. */
export interface RedisTenantLimiter extends TenantLimiter {
  /** Whether the node currently enforces the local fallback share. */
  isFallback(): boolean
  /** Resolves once connected and every known tenant's contribution is written (bounded by `timeoutMs`). */
  whenSynced(timeoutMs?: number): Promise<boolean>
  /** Sends one heartbeat for every known tenant now (normally on a timer). */
  heartbeat(): Promise<void>
  /**
   * Stops heartbeats and disconnects. `leave` (default true) first removes this node's
   * contribution; `leave: false` leaves it to expire after `nodeTtlMs` (as a crash would).
   */
  close(options?: { leave?: boolean }): Promise<void>
}

interface TenantState {
  readonly tenant: string
  readonly limits: TenantLimits
  readonly keys: readonly [string, string, string, string, string]
  readonly setPrefix: string
  readonly bucketKey: string
  /** Connections granted or being acquired on this node. */
  connections: number
  /** Subscriptions granted or being acquired on this node. */
  subscriptions: number
  /** Holders per topic key on this node (granted). */
  readonly topics: Map<string, number>
  /** Topic keys whose first acquire is waiting for Redis. */
  readonly topicWaits: Map<string, Promise<boolean>>
  /** Whether Redis has seen this node's contribution for the tenant. */
  joined: boolean
  /** Publish tokens leased from the shared bucket. */
  lease: number
  isRefilling: boolean
  /** No lease request before this time (the shared bucket was empty). */
  refillAfterMs: number
  /** The local bucket used in fallback mode. */
  fallbackBucket: TokenBucket | undefined
}

/** The local share of `limit` in fallback mode: rounded down, at least 1. */
export function fallbackShare(limit: number, fallbackNodes: number): number {
  return Math.max(1, Math.floor(limit / Math.max(1, fallbackNodes)))
}

/** Creates the cluster-wide limiter; connects in the background (fallback share until connected). */
export function createRedisTenantLimiter(options: RedisTenantLimiterOptions): RedisTenantLimiter {
  const keys = createKeyspace(options.keyPrefix)
  const node = encodePart(options.nodeId)
  const leaseFraction = options.leaseFraction ?? 0.1
  const tenants = new Map<string, TenantState>()
  let closed = false
  /** In fallback mode (Redis unreachable or a command failed); starts true until the first sync. */
  let fallback = true
  let syncing: Promise<void> | undefined
  let syncWaiters: ((synced: boolean) => void)[] = []
  let commands: LimiterCommands | undefined

  const conn = openRedisConnection(options, 'zerorelay-limiter', {
    onReady: () => {
      void sync()
    },
    onDown: () => enterFallback(undefined),
  })
  conn
    .whenCreated()
    .then((client: Redis) => {
      client.defineCommand('zrQuota', { numberOfKeys: 5, lua: QUOTA_SCRIPT })
      client.defineCommand('zrBucket', { numberOfKeys: 1, lua: BUCKET_SCRIPT })
      commands = client as unknown as LimiterCommands
    })
    .catch(() => undefined)

  const heartbeatTimer = setInterval(
    () => {
      if (fallback) void sync()
      else void heartbeat()
    },
    Math.max(50, Math.floor(options.nodeTtlMs / 3)),
  )
  heartbeatTimer.unref?.()

  function enterFallback(err: Error | undefined): void {
    if (err !== undefined) options.onRedisError?.(err)
    if (closed || fallback) return
    fallback = true
    options.onFallback?.(true)
  }

  function stateOf(tenant: string): TenantState {
    let state = tenants.get(tenant)
    if (state === undefined) {
      const base = `${keys.prefix}:{${encodePart(tenant)}}:lim`
      const setPrefix = `${base}:tn:`
      state = {
        tenant,
        limits: options.limitsFor(tenant),
        keys: [`${base}:c`, `${base}:s`, `${base}:t`, `${base}:n`, `${setPrefix}${node}`],
        setPrefix,
        bucketKey: `${base}:b`,
        connections: 0,
        subscriptions: 0,
        topics: new Map(),
        topicWaits: new Map(),
        joined: false,
        lease: 0,
        isRefilling: false,
        refillAfterMs: 0,
        fallbackBucket: undefined,
      }
      tenants.set(tenant, state)
    }
    return state
  }

  /** Runs the quota script for a tenant; rejects when not connected (the caller falls back). */
  function quota(state: TenantState, op: string, ...args: (string | number)[]): Promise<ScriptReply> {
    if (commands === undefined || !conn.isReady()) return Promise.reject(new Error('redis limiter not connected'))
    return commands.zrQuota(...state.keys, node, op, options.nodeTtlMs, state.setPrefix, ...args)
  }

  /** Runs `quota` and reacts to its outcome: failures enter fallback, a rejoin rewrites the tenant. */
  async function run(state: TenantState, op: string, ...args: (string | number)[]): Promise<boolean> {
    const [granted, rejoined] = await quota(state, op, ...args)
    // Removed as dead meanwhile (e.g. a long pause): write everything again.
    if (rejoined === 1 && state.joined && op !== 'leave' && !fallback) void rewrite(state).catch(enterFallback)
    state.joined = true
    return granted === 1
  }

  /** Rewrites this node's whole contribution for a tenant from its local counts. */
  async function rewrite(state: TenantState): Promise<unknown> {
    // Topic acquires already sent settle first, so the snapshot below includes their outcome.
    for (let i = 0; i < 3 && state.topicWaits.size > 0; i++) await Promise.all(state.topicWaits.values())
    const pending: Promise<unknown>[] = [
      quota(state, 'set', state.connections, state.subscriptions),
      quota(state, 'tclear'),
    ]
    const topics = [...state.topics.keys()]
    for (let i = 0; i < topics.length; i += RECONCILE_BATCH) {
      pending.push(quota(state, 'tadd', ...topics.slice(i, i + RECONCILE_BATCH)))
    }
    return Promise.all(pending)
  }

  /** Connects state to Redis again: rewrites every tenant, then leaves fallback mode. */
  function sync(): Promise<void> {
    syncing ??= (async () => {
      try {
        if (closed || commands === undefined || !conn.isReady()) return
        await Promise.all([...tenants.values()].map((state) => rewrite(state)))
        if (closed || !conn.isReady()) return
        for (const state of tenants.values()) state.fallbackBucket = undefined
        if (fallback) {
          fallback = false
          options.onFallback?.(false)
        }
        const waiters = syncWaiters
        syncWaiters = []
        for (const w of waiters) w(true)
      } catch (err) {
        enterFallback(err as Error)
      } finally {
        syncing = undefined
      }
    })()
    return syncing
  }

  async function heartbeat(): Promise<void> {
    if (closed || fallback) return
    try {
      await Promise.all([...tenants.values()].map((state) => run(state, 'hb')))
    } catch (err) {
      enterFallback(err as Error)
    }
  }

  /** Sends this node's absolute counts of a tenant (after a release or a refusal). */
  function writeCounts(state: TenantState): void {
    if (fallback) return // rewritten on sync
    run(state, 'set', state.connections, state.subscriptions).catch(enterFallback)
  }

  async function acquireCount(state: TenantState, kind: 'connections' | 'subscriptions'): Promise<boolean> {
    const limit = kind === 'connections' ? state.limits.maxConnections : state.limits.maxSubscriptions
    const n = ++state[kind]
    let granted: boolean
    if (fallback) {
      granted = n <= fallbackShare(limit, options.fallbackNodes)
    } else {
      try {
        granted = await run(state, kind === 'connections' ? 'c' : 's', n, limit)
      } catch (err) {
        enterFallback(err as Error)
        granted = state[kind] <= fallbackShare(limit, options.fallbackNodes)
      }
    }
    if (!granted) {
      state[kind]--
      writeCounts(state) // the refused unit was part of the count just sent
    }
    return granted
  }

  async function acquireTopic(state: TenantState, key: string): Promise<boolean> {
    // A key that another subscribe of this node is acquiring: share its outcome (bounded retries).
    for (let attempt = 0; attempt < 3; attempt++) {
      const holders = state.topics.get(key)
      if (holders !== undefined) {
        state.topics.set(key, holders + 1)
        return true
      }
      const pending = state.topicWaits.get(key)
      if (pending === undefined) break
      if (!(await pending)) return false
    }
    const holders = state.topics.get(key)
    if (holders !== undefined) {
      state.topics.set(key, holders + 1)
      return true
    }
    const limit = state.limits.maxTopics
    const localGrant = () =>
      state.topics.size + state.topicWaits.size - (state.topicWaits.has(key) ? 1 : 0) <
      fallbackShare(limit, options.fallbackNodes)
    const attempt = (async () => {
      if (fallback) return localGrant()
      try {
        return await run(state, 't+', key, limit)
      } catch (err) {
        enterFallback(err as Error)
        return localGrant()
      }
    })()
    state.topicWaits.set(key, attempt)
    const granted = await attempt
    state.topicWaits.delete(key)
    if (granted) state.topics.set(key, (state.topics.get(key) ?? 0) + 1)
    return granted
  }

  /** Tops the publish lease up in the background (one request at a time per tenant). */
  function refill(state: TenantState, nowMs: number, leaseTokens: number): void {
    if (state.isRefilling || fallback || nowMs < state.refillAfterMs || commands === undefined || !conn.isReady()) {
      return
    }
    const want = leaseTokens - state.lease
    if (want <= 0) return
    state.isRefilling = true
    const { publishesPerSecond, publishesBurst } = state.limits
    commands
      .zrBucket(state.bucketKey, publishesPerSecond, publishesBurst, want)
      .then(([granted, waitMs]) => {
        state.lease += granted
        if (granted < want) state.refillAfterMs = options.now() + waitMs
      })
      .catch(enterFallback)
      .finally(() => {
        state.isRefilling = false
      })
  }

  function takePublish(tenant: string, nowMs: number): number {
    const state = stateOf(tenant)
    const { publishesPerSecond: rate, publishesBurst: burst } = state.limits
    if (rate === 0) return 0
    if (fallback) {
      state.fallbackBucket ??= new TokenBucket(
        rate / Math.max(1, options.fallbackNodes),
        fallbackShare(burst, options.fallbackNodes),
        nowMs,
      )
      return state.fallbackBucket.take(1, nowMs)
    }
    const leaseTokens = Math.max(1, Math.ceil(burst * leaseFraction))
    if (state.lease >= 1) {
      state.lease--
      if (state.lease <= leaseTokens / 2) refill(state, nowMs, leaseTokens)
      return 0
    }
    refill(state, nowMs, leaseTokens)
    // The lease is empty: retry once the shared bucket has a token again (or the lease arrived).
    return Math.max(1, state.refillAfterMs - nowMs, Math.min(1000, Math.ceil(1000 / rate)))
  }

  return {
    limitsFor: (tenant) => stateOf(tenant).limits,
    takePublish,
    acquire(tenant, kind, key = '') {
      const state = stateOf(tenant)
      if (kind === 'connections') {
        // Lease publish tokens ahead of the first publish of this tenant on this node.
        if (state.limits.publishesPerSecond > 0 && state.lease === 0) {
          refill(state, options.now(), Math.max(1, Math.ceil(state.limits.publishesBurst * leaseFraction)))
        }
        return acquireCount(state, kind)
      }
      if (kind === 'subscriptions') return acquireCount(state, kind)
      return acquireTopic(state, key)
    },
    release(tenant: string, kind: QuotaKind, key = '') {
      const state = tenants.get(tenant)
      if (state === undefined) return
      if (kind === 'topics') {
        const holders = state.topics.get(key) ?? 0
        if (holders > 1) {
          state.topics.set(key, holders - 1)
          return
        }
        if (holders === 0) return
        state.topics.delete(key)
        if (!fallback) run(state, 't-', key).catch(enterFallback)
        return
      }
      if (state[kind] === 0) return
      state[kind]--
      writeCounts(state)
    },
    usage(tenant) {
      const state = tenants.get(tenant)
      return {
        connections: state?.connections ?? 0,
        subscriptions: state?.subscriptions ?? 0,
        topics: state?.topics.size ?? 0,
      }
    },
    isFallback: () => fallback,
    whenSynced(timeoutMs = 5_000) {
      if (!fallback) return Promise.resolve(true)
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs)
        syncWaiters.push((synced) => {
          clearTimeout(timer)
          resolve(synced)
        })
        if (conn.isReady()) void sync()
      })
    },
    heartbeat,
    async close(closeOptions = {}) {
      if (closed) return
      if (closeOptions.leave !== false && !fallback) {
        await Promise.all([...tenants.values()].map((state) => quota(state, 'leave').catch(() => undefined)))
      }
      closed = true
      clearInterval(heartbeatTimer)
      const waiters = syncWaiters
      syncWaiters = []
      for (const w of waiters) w(false)
      await conn.close()
    },
  }
}
