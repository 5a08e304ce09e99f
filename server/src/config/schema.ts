/**
 * The relay's configuration: one typed zod schema with documented defaults; units are in
 * the names. Resolved once at startup (config/load.ts) into a frozen `RelayConfig`.
 * docs/configuration.md documents every key; a test keeps the two in step.
 */
import { z } from 'zod'
import { authConfigSchema } from '../auth/authenticator.js'

const port = z.number().int().min(0).max(65_535)
const positiveInt = z.number().int().positive()
const nonNegativeInt = z.number().int().min(0)

/** Per-connection and per-node limits. */
export const limitsSchema = z
  .object({
    /** Largest accepted inbound WebSocket message (after reassembly), in bytes. Larger → close 1009. */
    maxFrameBytes: positiveInt.max(64 * 1024 * 1024).default(1024 * 1024),
    /** Most open WebSocket connections on this node (authenticated or not). */
    maxConnections: positiveInt.default(10_000),
    /** Most upgraded connections that have not authenticated yet. */
    maxPendingHandshakes: positiveInt.default(1_000),
    /** Most subscriptions one connection may hold. */
    maxSubscriptions: positiveInt.default(128),
    /** Outbound bytes queued per connection (server queue + socket buffer) before it is closed as slow (4008). */
    maxQueuedBytes: positiveInt.default(4 * 1024 * 1024),
    /** Outbound frames queued per connection (server queue) before it is closed as slow (4008). */
    maxQueuedMessages: positiveInt.default(10_000),
    /**
     * Age of the oldest outbound frame not yet written to the network (server queue + socket
     * buffer) at which a connection counts as slow, in milliseconds: catches a reader that keeps
     * up at 80 % long before the byte cap. 0: no age limit.
     */
    maxQueueAgeMs: nonNegativeInt.default(5_000),
    /**
     * Age of the oldest byte written to a connection and not yet read by the client, in
     * milliseconds: the relay pings busy connections every half of it and counts a connection
     * whose pong is later than this as slow. Covers the kernel's socket buffers, which
     * `maxQueueAgeMs` cannot see. 0: no probes.
     */
    maxUnreadAgeMs: nonNegativeInt.default(5_000),
    /** Malformed frames or bad requests tolerated on one connection before it is closed with 4500. */
    maxBadFrames: positiveInt.default(10),
    /** Publishes of one connection in flight (waiting for the store) before the server stops reading its socket. */
    maxPendingPublishes: positiveInt.default(256),
    /**
     * Commands of one connection waiting for their reply. Beyond it a command is answered
     * RATE_LIMITED at once (runtimes that cannot stop reading a socket rely on this cap).
     */
    maxPendingCommands: positiveInt.default(1_024),
    /** Sustained inbound messages per second per connection (acks excepted). 0: unlimited. */
    messagesPerSecond: nonNegativeInt.default(10_000),
    /** Inbound messages a connection may send at once (the message bucket's size). */
    messagesBurst: positiveInt.default(20_000),
    /** Sustained inbound bytes per second per connection. 0: unlimited. */
    bytesPerSecond: nonNegativeInt.default(16 * 1024 * 1024),
    /** Inbound bytes a connection may send at once (the byte bucket's size); at least maxFrameBytes. */
    bytesBurst: positiveInt.default(32 * 1024 * 1024),
    /** RATE_LIMITED strikes (docs/flow-control.md) before the connection is closed with 4329. */
    maxRateViolations: positiveInt.default(10),
    /** Seconds a client should wait after a 503 for capacity (`Retry-After`). */
    retryAfterSeconds: positiveInt.default(5),
  })
  .strict()
  .refine((l) => l.bytesPerSecond === 0 || l.bytesBurst >= l.maxFrameBytes, {
    message: 'limits.bytesBurst must be at least limits.maxFrameBytes (a largest frame must be able to pass)',
    path: ['bytesBurst'],
  })

/** Per-tenant limits (node-wide defaults in `tenantLimits`, overrides in `tenants.<id>.limits`). */
export const tenantLimitsSchema = z
  .object({
    /** Sustained publishes per second across all connections of a tenant. 0: unlimited. */
    publishesPerSecond: nonNegativeInt.default(50_000),
    /** Publishes a tenant may make at once (its publish bucket's size). */
    publishesBurst: positiveInt.default(100_000),
    /** Open authenticated connections per tenant; beyond it Connect fails with LIMIT_EXCEEDED and close 4303. */
    maxConnections: positiveInt.default(10_000),
    /** Subscriptions held by all connections of a tenant. */
    maxSubscriptions: positiveInt.default(1_000_000),
    /** Distinct topics and patterns with at least one subscriber in a tenant. */
    maxTopics: positiveInt.default(100_000),
    /** Largest publish (payload + headers) of a tenant, in bytes; capped by limits.maxFrameBytes. 0: limits.maxFrameBytes. */
    maxFrameBytes: nonNegativeInt.default(0),
  })
  .strict()

/** One tenant's settings beyond its keys. */
export const tenantSettingsSchema = z
  .object({
    /** Overrides of `tenantLimits` for this tenant (keys as in `tenantLimits`; absent keys keep those defaults). */
    limits: z
      .object({
        publishesPerSecond: nonNegativeInt.optional(),
        publishesBurst: positiveInt.optional(),
        maxConnections: positiveInt.optional(),
        maxSubscriptions: positiveInt.optional(),
        maxTopics: positiveInt.optional(),
        maxFrameBytes: nonNegativeInt.optional(),
      })
      .strict()
      .default({}),
  })
  .strict()

/** What a slow subscriber gets: closed with 4008 (and resumes), or dropped deliveries with a Gap notice. */
export const slowConsumerPolicySchema = z.enum(['disconnect', 'drop'])
export type SlowConsumerPolicy = z.infer<typeof slowConsumerPolicySchema>

/** Slow-consumer handling (docs/flow-control.md). */
export const slowConsumerSchema = z
  .object({
    /** Policy for topics outside every namespace. */
    policy: slowConsumerPolicySchema.default('disconnect'),
    /**
     * Policies per namespace: `prefix` is a topic (one or more tokens, no wildcards) and covers
     * itself and every topic below it; the longest matching prefix wins.
     */
    namespaces: z
      .array(
        z
          .object({
            prefix: z
              .string()
              .regex(
                /^[A-Za-z0-9_\-:=@~$]{1,64}(\.[A-Za-z0-9_\-:=@~]{1,64}){0,15}$/,
                'a concrete topic (no wildcards)',
              ),
            policy: slowConsumerPolicySchema,
          })
          .strict(),
      )
      .max(1_000)
      .default([]),
  })
  .strict()

/** Timers. */
export const timeoutsSchema = z
  .object({
    /** Close sockets that send no valid Connect within this time (4300), in milliseconds. */
    authTimeoutMs: positiveInt.default(10_000),
    /** Send a WebSocket ping after this much inbound silence, in milliseconds. */
    pingIntervalMs: positiveInt.default(25_000),
    /** Close with 4012 when nothing arrives within this time after a ping, in milliseconds. */
    pongTimeoutMs: positiveInt.default(10_000),
    /** Longest graceful drain on SIGTERM/SIGINT before remaining sockets are cut, in milliseconds. */
    drainTimeoutMs: positiveInt.default(10_000),
  })
  .strict()

/** The in-memory history store. */
export const historySchema = z
  .object({
    /** Messages kept per topic (oldest dropped first). */
    maxMessagesPerTopic: nonNegativeInt.default(1_000),
    /** Messages older than this are dropped, in milliseconds. 0: no age limit. */
    maxAgeMs: nonNegativeInt.default(3_600_000),
    /** Distinct topics with history kept per node; the least recently written topic is evicted. */
    maxTopics: positiveInt.default(100_000),
  })
  .strict()

/** At-least-once delivery, resume and idempotent publishing (docs/delivery.md). */
export const deliverySchema = z
  .object({
    /** An unacknowledged at-least-once delivery is redelivered after this long, in milliseconds. */
    ackWaitMs: positiveInt.max(3_600_000).default(30_000),
    /** Deliveries of one message to one at-least-once subscription before it goes to `$dlq.<topic>`. */
    maxDeliver: positiveInt.max(1_000).default(5),
    /** Cap (and default) of Subscribe.maxInFlight: unacknowledged deliveries per at-least-once subscription. */
    maxInFlight: positiveInt.max(10_000).default(256),
    /** How long an idempotency key is remembered per topic, in milliseconds. 0: keys are ignored. */
    dedupeWindowMs: nonNegativeInt.max(86_400_000).default(120_000),
    /** Most messages a replay (resume or catch-up) queues per event-loop turn to one subscription. */
    replayPageSize: positiveInt.max(10_000).default(100),
  })
  .strict()

/** Redis for running several nodes (docs/scaling.md). An empty `url` keeps the in-memory single-node mode. */
export const redisSchema = z
  .object({
    /** `redis://[user:password@]host:port[/db]` (or `rediss://`). Empty: no Redis (in-memory broker and history). */
    url: z.string().default(''),
    /** Prefix of every Redis key and channel of this relay cluster. */
    keyPrefix: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/)
      .default('zr'),
    /** A Redis command without a reply after this long fails (publish → UNAVAILABLE), in milliseconds. */
    commandTimeoutMs: positiveInt.max(60_000).default(2_000),
    /** A connection attempt without an answer after this long fails and is retried, in milliseconds. */
    connectTimeoutMs: positiveInt.max(60_000).default(5_000),
    /** First reconnect delay (doubled per failed attempt), in milliseconds. */
    reconnectMinDelayMs: positiveInt.max(60_000).default(100),
    /** Largest reconnect delay, in milliseconds. */
    reconnectMaxDelayMs: positiveInt.max(300_000).default(5_000),
    /** Keys of a topic not written for this long expire (it restarts in a new epoch), in milliseconds. 0: never. */
    topicTtlMs: nonNegativeInt.default(604_800_000),
    /** While Redis is unreachable, each node enforces 1/fallbackNodes of every tenant limit (never unlimited). */
    fallbackNodes: positiveInt.max(1_000).default(3),
    /** A node without a limiter heartbeat for this long counts as dead and its quota units are freed, in milliseconds. */
    nodeTtlMs: positiveInt.min(300).max(600_000).default(15_000),
    /** Full reload of the revocations from Redis (the worst-case propagation delay), in milliseconds. */
    revocationSyncMs: positiveInt.min(100).max(3_600_000).default(10_000),
  })
  .strict()

/** The admin listener's API (docs/operations.md). */
export const adminSchema = z
  .object({
    /** Bearer token of the admin API (`/v1/revocations`), at least 32 characters. Unset: the API answers 404. */
    token: z.string().min(32).max(1_024).optional(),
  })
  .strict()

/** The full relay configuration. */
export const relayConfigSchema = z
  .object({
    /** Interface the public WebSocket listener binds to. */
    host: z.string().min(1).default('127.0.0.1'),
    /** Port of the public listener. 0: any free port. */
    port: port.default(8080),
    /** Path of the WebSocket endpoint. */
    path: z.string().startsWith('/').default('/v1/ws'),
    /** Interface of the admin listener (/healthz, /readyz, /metrics). */
    adminHost: z.string().min(1).default('127.0.0.1'),
    /** Port of the admin listener. 0: any free port. */
    adminPort: port.default(9090),
    /** Origins (scheme://host[:port]) browsers may connect from. Empty: every request with an Origin header is refused. */
    allowedOrigins: z.array(z.string().min(1)).default([]),
    /** Accept the token in the `?token=` query string (it is redacted from logs). */
    allowQueryToken: z.boolean().default(false),
    /** Whether a publisher receives its own messages on its matching subscriptions. */
    echoPublishes: z.boolean().default(true),
    /** pino log level. */
    logLevel: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
    limits: limitsSchema.default(limitsSchema.parse({})),
    timeouts: timeoutsSchema.default(timeoutsSchema.parse({})),
    history: historySchema.default(historySchema.parse({})),
    delivery: deliverySchema.default(deliverySchema.parse({})),
    /** Per-tenant limits every tenant gets unless `tenants.<id>.limits` overrides them. */
    tenantLimits: tenantLimitsSchema.default(tenantLimitsSchema.parse({})),
    /** Per-tenant settings by tenant id (the ids of auth.tenants). */
    tenants: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), tenantSettingsSchema).default({}),
    slowConsumer: slowConsumerSchema.default(slowConsumerSchema.parse({})),
    /** Token verification (server/src/auth/authenticator.ts). No tenant with keys: dev mode with an ephemeral secret. */
    auth: authConfigSchema.default(authConfigSchema.parse({})),
    redis: redisSchema.default(redisSchema.parse({})),
    admin: adminSchema.default(adminSchema.parse({})),
  })
  .strict()

/** The input shape (every key optional). */
export type RelayConfigInput = z.input<typeof relayConfigSchema>
/** The resolved configuration, frozen after validation. */
export type RelayConfig = z.output<typeof relayConfigSchema>
/** The resolved `delivery` section. */
export type DeliveryConfig = z.output<typeof deliverySchema>
