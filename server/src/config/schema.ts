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
    /** Malformed frames or bad requests tolerated on one connection before it is closed with 4500. */
    maxBadFrames: positiveInt.default(10),
    /** Publishes of one connection in flight (waiting for the store) before the server stops reading its socket. */
    maxPendingPublishes: positiveInt.default(256),
    /** Seconds a client should wait after a 503 for capacity (`Retry-After`). */
    retryAfterSeconds: positiveInt.default(5),
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
    maxInFlight: positiveInt.max(10_000).default(100),
    /** How long an idempotency key is remembered per topic, in milliseconds. 0: keys are ignored. */
    dedupeWindowMs: nonNegativeInt.max(86_400_000).default(120_000),
    /** Most messages a replay (resume or catch-up) queues per event-loop turn to one subscription. */
    replayPageSize: positiveInt.max(10_000).default(100),
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
    /** Token verification (server/src/auth/authenticator.ts). No tenant with keys: dev mode with an ephemeral secret. */
    auth: authConfigSchema.default(authConfigSchema.parse({})),
  })
  .strict()

/** The input shape (every key optional). */
export type RelayConfigInput = z.input<typeof relayConfigSchema>
/** The resolved configuration, frozen after validation. */
export type RelayConfig = z.output<typeof relayConfigSchema>
/** The resolved `delivery` section. */
export type DeliveryConfig = z.output<typeof deliverySchema>
