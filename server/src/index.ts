/**
 * `@zerorelay/server`: the zerorelay relay. Public API: `createRelay()`, the config schema and
 * loader, `RelayError`, the protocol enums, and the broker / history-store interfaces that
 * other backends (Redis, a later issue) implement.
 *
 * ```ts
 * const relay = createRelay({ port: 0, adminPort: 0, auth: { tenants: { default: { keys: [...] } } } })
 * const { url, adminUrl } = await relay.start()
 * // ... on SIGTERM:
 * await relay.drain()
 * ```
 */
import { CloseCode, Code } from '@zerorelay/protocol'
import type { DestinationStream } from 'pino'
import { createAdminApp, type ReadinessCheck } from './admin/admin-app.js'
import { type AuthConfig, AuthError, type Authenticator } from './auth/authenticator.js'
import { hmacVerifyNode } from './auth/hmac.node.js'
import { createJwtAuthenticator } from './auth/jwt.js'
import { readFileUtf8 } from './auth/read-file.node.js'
import type { Broker } from './broker/broker.js'
import { createMemoryBroker } from './broker/memory.js'
import { createRedisBroker } from './broker/redis.js'
import { resolveConfig } from './config/load.js'
import type { RelayConfig, RelayConfigInput } from './config/schema.js'
import { createGateway, type Gateway } from './gateway/gateway.js'
import { createMemoryHistoryStore } from './history/memory.js'
import { createRedisHistoryStore } from './history/redis.js'
import type { HistoryStore } from './history/store.js'
import { tenantLimitsOf } from './limits/policy.js'
import { createRedisTenantLimiter, type RedisTenantLimiter } from './limits/redis-limiter.js'
import { createLocalTenantLimiter, type TenantLimiter } from './limits/tenant-limiter.js'
import { createLogger, type Logger } from './log/logger.js'
import { startEventLoopLagSampler } from './metrics/event-loop.js'
import { createRelayMetrics, type RelayMetrics } from './metrics/metrics.js'
import { createMemoryRevocationStore } from './revocation/memory.js'
import { createRedisRevocationStore } from './revocation/redis.js'
import type { RevocationStore } from './revocation/store.js'
import { createRouter } from './router/router.js'
import { nodeRuntime } from './runtime/node.js'
import type { RelayRuntime, RuntimeServers } from './runtime/socket.js'
import type { Timers } from './session/session.js'
import { randomHex } from './util/random.js'

export type { ReadinessCheck } from './admin/admin-app.js'
export type { AuthConfig, Authenticator, Principal } from './auth/authenticator.js'
export type { Broker, BrokerMessage, BrokerNode } from './broker/broker.js'
export { createMemoryBroker } from './broker/memory.js'
export { ConfigError, configHelp, loadConfig, redactConfig, resolveConfig } from './config/load.js'
export { type RelayConfig, type RelayConfigInput, relayConfigSchema } from './config/schema.js'
export { RelayError } from './errors.js'
export { createMemoryHistoryStore } from './history/memory.js'
export type { HistoryStore, Position, StoredMessage } from './history/store.js'
export type { QuotaKind, TenantLimiter, TenantLimits } from './limits/tenant-limiter.js'
export { createLocalTenantLimiter } from './limits/tenant-limiter.js'
export { createMemoryRevocationStore } from './revocation/memory.js'
export type { Revocation, RevocationRequest, RevocationStore } from './revocation/store.js'
export type { RelayRuntime, RuntimeServeOptions, RuntimeServers } from './runtime/socket.js'
export { SERVER_VERSION } from './version.js'
export { AuthError, CloseCode, Code }

/** Injected parts of a relay; every one has a default. */
export interface RelayOptions {
  /** Token verifier. Default: the JWT authenticator over `config.auth`. An injected one is not closed by the relay. */
  readonly authenticator?: Authenticator
  /** Default: a new in-memory broker. An injected broker is not closed by the relay. */
  readonly broker?: Broker
  /** Default: a new in-memory history store (random epoch). An injected store is not closed by the relay. */
  readonly history?: HistoryStore
  /** Default: a pino logger at `config.logLevel` writing to `logDestination` (default stdout). */
  readonly logger?: Logger
  readonly logDestination?: DestinationStream
  /** Wall clock in milliseconds. Default: Date.now. */
  readonly now?: () => number
  /** Default: the global setTimeout/clearTimeout. */
  readonly timers?: Timers
  /** Node id used in session ids and echo suppression. Default: random. */
  readonly nodeId?: string
  /** Listeners and flush scheduler. Default: Node (`ws`); Bun and Deno entries pass theirs. */
  readonly runtime?: RelayRuntime
  /**
   * Per-tenant limits and quotas. Default: cluster-wide through Redis when `redis.url` is set,
   * else enforced on this node alone (`tenantLimits`, `tenants`). An injected one is not closed.
   */
  readonly limiter?: TenantLimiter
  /**
   * Token revocations. Default: shared through Redis when `redis.url` is set, else in memory.
   * An injected store is not closed by the relay.
   */
  readonly revocations?: RevocationStore
}

/** Where a started relay listens. */
export interface RelayAddress {
  /** The WebSocket endpoint, e.g. `ws://127.0.0.1:8080/v1/ws`. */
  readonly url: string
  /** The admin listener, e.g. `http://127.0.0.1:9090`. */
  readonly adminUrl: string
}

/** A relay node. */
export interface Relay {
  readonly config: RelayConfig
  readonly metrics: RelayMetrics
  readonly logger: Logger
  /** Waits for the authenticator's keys, then listens. */
  start(): Promise<RelayAddress>
  /**
   * Graceful drain: readiness false, stop accepting, send every client
   * `Disconnect{4000 SHUTDOWN, advice RECONNECT}` and close after flushing its queue; sockets
   * still open after `drainTimeoutMs` are cut. Then releases everything (as `close()`).
   */
  drain(): Promise<void>
  /** Closes immediately (sockets are cut) and releases every resource. Idempotent. */
  close(): Promise<void>
  /** Registers a dependency that /readyz must see ready (e.g. a Redis connection). */
  addReadinessCheck(check: ReadinessCheck): void
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
}

/** Creates a relay from a config (validated here if it is not already a resolved config). */
export function createRelay(configInput: RelayConfig | RelayConfigInput = {}, options: RelayOptions = {}): Relay {
  const config = Object.isFrozen(configInput) ? (configInput as RelayConfig) : resolveConfig(configInput)
  const logger = options.logger ?? createLogger(config.logLevel, options.logDestination)
  const metrics = createRelayMetrics()
  const now = options.now ?? Date.now
  const timers = options.timers ?? defaultTimers
  const nodeId = options.nodeId ?? randomHex(4)
  const runtime = options.runtime ?? nodeRuntime
  const auth =
    options.authenticator ??
    createJwtAuthenticator(config.auth as AuthConfig, {
      now,
      readFile: readFileUtf8,
      hmacVerify: hmacVerifyNode,
      logger: { warn: (obj, msg) => logger.warn(obj, msg) },
    })
  // With redis.url set, broker and history live in Redis (docs/scaling.md); ioredis is loaded lazily.
  const redis = config.redis.url === '' ? undefined : config.redis
  const broker =
    options.broker ??
    (redis === undefined
      ? createMemoryBroker()
      : createRedisBroker({
          ...redis,
          onMalformed: (err) => {
            metrics.brokerMalformed.inc()
            logger.warn({ err: err.message }, 'dropped a malformed broker message')
          },
          onResubscribed: (channels) => {
            metrics.brokerResubscribes.inc()
            logger.info({ channels }, 'redis broker (re)subscribed')
          },
        }))
  const history =
    options.history ??
    (redis !== undefined
      ? createRedisHistoryStore({
          ...redis,
          maxMessagesPerTopic: config.history.maxMessagesPerTopic,
          maxAgeMs: config.history.maxAgeMs,
          dedupeWindowMs: config.delivery.dedupeWindowMs,
          now,
        })
      : undefined) ??
    createMemoryHistoryStore({
      maxMessagesPerTopic: config.history.maxMessagesPerTopic,
      maxAgeMs: config.history.maxAgeMs,
      maxTopics: config.history.maxTopics,
      dedupeWindowMs: config.delivery.dedupeWindowMs,
      now,
    })
  // Cluster-wide limits and revocation through Redis (docs/scaling.md), else on this node alone.
  let redisLimiter: RedisTenantLimiter | undefined
  if (options.limiter === undefined && redis !== undefined) {
    redisLimiter = createRedisTenantLimiter({
      ...redis,
      nodeId,
      limitsFor: tenantLimitsOf(config),
      now,
      onFallback: (active) => {
        metrics.limiterFallback.set(active ? 1 : 0)
        if (active)
          logger.warn({ fallbackNodes: redis.fallbackNodes }, 'tenant limiter: Redis unreachable, local share')
        else logger.info('tenant limiter: Redis reachable again, cluster-wide limits')
      },
      onRedisError: () => metrics.limiterRedisErrors.inc(),
    })
    metrics.limiterFallback.set(1) // until the first sync
  }
  const limiter =
    options.limiter ?? redisLimiter ?? createLocalTenantLimiter({ limitsFor: tenantLimitsOf(config), now })
  const defaultLifetimeMs = config.auth.maxTokenLifetimeMs + config.auth.leewayMs
  const revocations =
    options.revocations ??
    (redis !== undefined
      ? createRedisRevocationStore({
          ...redis,
          now,
          defaultLifetimeMs,
          syncIntervalMs: redis.revocationSyncMs,
          onError: (err) => logger.warn({ err: err.message }, 'revocation store'),
        })
      : createMemoryRevocationStore({ now, defaultLifetimeMs }))
  revocations.onRevoked((r) => {
    metrics.revocations.inc({ kind: r.jti !== undefined ? 'jti' : 'subject' })
    logger.info({ tenant: r.tenant, kind: r.jti !== undefined ? 'jti' : 'subject', untilMs: r.untilMs }, 'revocation')
  })
  const router = createRouter({
    broker,
    nodeId,
    echoPublishes: config.echoPublishes,
    metrics,
    delivery: config.delivery,
  })
  const gateway: Gateway = createGateway({
    config,
    auth,
    router,
    history,
    logger,
    metrics,
    nodeId,
    now,
    timers,
    schedule: runtime.schedule,
    limiter,
    revocations,
  })
  const checks: ReadinessCheck[] = [
    { name: 'broker', isReady: () => broker.isReady() },
    { name: 'history', isReady: () => history.isReady() },
  ]
  const adminApp = createAdminApp({
    registry: metrics.registry,
    isDraining: () => gateway.isDraining,
    checks: () => checks,
    revocations,
    adminToken: config.admin.token,
  })
  let servers: RuntimeServers | undefined
  let stopSampler: (() => void) | undefined
  let closing: Promise<void> | undefined

  const release = async () => {
    stopSampler?.()
    await servers?.close()
    router.close()
    // Injected parts belong to the caller (they may be shared between relays); close only our own.
    if (options.authenticator === undefined) auth.close()
    await Promise.all([
      options.broker === undefined ? broker.close() : undefined,
      options.history === undefined ? history.close() : undefined,
      redisLimiter?.close(),
      options.revocations === undefined ? revocations.close() : undefined,
    ])
  }

  return {
    config,
    metrics,
    logger,
    async start() {
      if (servers !== undefined) throw new Error('relay already started')
      const ready = (auth as { ready?: () => Promise<void> }).ready
      if (ready !== undefined) await ready.call(auth)
      servers = await runtime.serve({
        publicApp: gateway.app,
        webSocket: gateway.webSocket,
        adminApp,
        open: gateway.open,
        host: config.host,
        port: config.port,
        adminHost: config.adminHost,
        adminPort: config.adminPort,
        maxFrameBytes: config.limits.maxFrameBytes,
        maxQueuedBytes: config.limits.maxQueuedBytes,
        logger,
      })
      stopSampler = startEventLoopLagSampler(metrics.eventLoopLag, timers)
      const address = { url: `${servers.publicOrigin}${config.path}`, adminUrl: servers.adminOrigin }
      logger.info(
        { url: address.url, adminUrl: address.adminUrl, nodeId, runtime: runtime.name },
        redis === undefined
          ? 'zerorelay listening (in-memory store: history survives client disconnects, not server restarts)'
          : 'zerorelay listening (redis broker and history store)',
      )
      return address
    },
    drain() {
      closing ??= (async () => {
        logger.info({ sessions: gateway.sessions.size, drainTimeoutMs: config.timeouts.drainTimeoutMs }, 'draining')
        gateway.startDraining()
        // Stop accepting; its promise settles only once every socket is gone, so it is not awaited here.
        void servers?.stopAccepting()
        for (const session of [...gateway.sessions]) {
          session.disconnect(CloseCode.CLOSE_CODE_SHUTDOWN, 'server shutting down', { flush: true })
        }
        let timer: ReturnType<typeof setTimeout> | undefined
        const timedOut = new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), config.timeouts.drainTimeoutMs)
        })
        const isTimeout = await Promise.race([gateway.whenEmpty().then(() => false), timedOut])
        clearTimeout(timer)
        if (isTimeout) {
          logger.warn({ sessions: gateway.sessions.size }, 'drain timeout: cutting remaining connections')
          servers?.terminateAll()
        }
        await release()
        logger.info('drained')
      })()
      return closing
    },
    close() {
      closing ??= (async () => {
        gateway.startDraining()
        await release()
      })()
      return closing
    },
    addReadinessCheck(check) {
      checks.push(check)
    },
  }
}
