/**
 * The relay's Prometheus metrics (prefix `zerorelay_`), on a per-relay Registry so several
 * relays in one process never collide. Labels come only from fixed enums (close codes,
 * failure reasons, codecs): never a topic, tenant, subject or token.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client'
import { AUTH_FAILURES } from '../auth/authenticator.js'
import { FastHistogram } from './fast-histogram.js'

/** Reasons a frame is refused (label values of `zerorelay_frame_errors_total`). */
export const FRAME_ERRORS = [
  'malformed',
  'schema',
  'wrong_type',
  'too_big',
  'invalid_utf8',
  'no_command',
  'unknown_command',
] as const
export type FrameErrorReason = (typeof FRAME_ERRORS)[number]

/** Reasons an upgrade is refused before the WebSocket exists (`zerorelay_handshakes_rejected_total`). */
export const HANDSHAKE_REJECTIONS = [
  'bad_request',
  'subprotocol',
  'origin',
  'capacity',
  'pending_handshakes',
  'query_token',
  'unauthenticated',
  'draining',
] as const
export type HandshakeRejection = (typeof HANDSHAKE_REJECTIONS)[number]

/** Outcomes of a Subscribe with resumeAfter (`zerorelay_resumes_total`). */
export const RESUME_OUTCOMES = ['replayed', 'unrecoverable'] as const
export type ResumeOutcome = (typeof RESUME_OUTCOMES)[number]

/** Codec label values. */
export const CODECS = ['proto', 'json'] as const
export type CodecLabel = (typeof CODECS)[number]

/** Why a connection was treated as a slow consumer (which queue cap it hit). */
export const SLOW_CONSUMER_REASONS = ['bytes', 'messages', 'age', 'unread'] as const
/** What was done to a slow consumer (the namespace's policy). */
export const SLOW_CONSUMER_POLICIES = ['disconnect', 'drop'] as const
/** Rate-limit scopes: the connection's own buckets, or its tenant's publish bucket. */
export const RATE_LIMIT_SCOPES = ['connection', 'tenant'] as const
/** Which limit refused a frame: message rate, byte rate, tenant publish rate, pending-command cap. */
export const RATE_LIMIT_REASONS = ['messages', 'bytes', 'publishes', 'pending'] as const
/** Quotas that refuse a command with LIMIT_EXCEEDED (or, for tenant connections, close 4303). */
export const QUOTA_KINDS = [
  'connection_subscriptions',
  'tenant_connections',
  'tenant_subscriptions',
  'tenant_topics',
  'tenant_frame_bytes',
] as const
export type QuotaKindLabel = (typeof QUOTA_KINDS)[number]

/** Outbound queue totals over every open connection, sampled at scrape time. */
export interface QueueSample {
  /** Bytes queued plus bytes the sockets still buffer. */
  readonly bytes: number
  /** The largest single connection's bytes. */
  readonly maxBytes: number
  readonly messages: number
  /** Age of the oldest unwritten byte on any connection, in milliseconds. */
  readonly maxAgeMs: number
}

/**
 * Frames and bytes sent on connections of one codec, counted in plain numbers (the outbound
 * path adds to them once per flushed batch, and a prom-client `inc` costs a label hash); they
 * are moved into `zerorelay_frames_sent_total` / `zerorelay_bytes_sent_total` when scraped.
 */
export interface OutboundTally {
  frames: number
  bytes: number
}

/**
 * A gauge for hot paths: `inc`/`dec` add to a plain number (a prom-client `Gauge.inc` hashes
 * its labels on every call); the registered prom-client Gauge reads it when scraped.
 */
export interface CountingGauge {
  inc(n?: number): void
  dec(n?: number): void
  /** The gauge as prom-client reports it (tests). */
  get(): ReturnType<Gauge['get']>
}

function countingGauge(config: { name: string; help: string; registers: Registry[] }): CountingGauge {
  let count = 0
  const gauge = new Gauge({
    ...config,
    collect() {
      this.set(count)
    },
  })
  return {
    inc(n = 1) {
      count += n
    },
    dec(n = 1) {
      count -= n
    },
    get: () => gauge.get(),
  }
}

/** The metrics a relay records; one instance per relay. */
export interface RelayMetrics {
  readonly registry: Registry
  readonly connections: Gauge
  readonly connectionsAccepted: Counter
  readonly connectionsClosed: Counter<'code'>
  readonly handshakesRejected: Counter<'reason'>
  /** Read it through the registry (scrape) or `get()`: recent frames sit in `inbound` until then. */
  readonly framesIn: Counter<'codec'>
  /** Read it through the registry (scrape) or `get()`: recent sends sit in `outbound` until then. */
  readonly framesOut: Counter<'codec'>
  readonly bytesIn: Counter<'codec'>
  readonly bytesOut: Counter<'codec'>
  readonly messagesPublished: Counter
  readonly messagesDelivered: Counter
  readonly slowConsumers: Counter
  /** Observed once per fanned-out message, so a FastHistogram. */
  readonly fanoutDuration: FastHistogram
  /** Observed once per flushed batch (its oldest delivery), so a FastHistogram. */
  readonly deliveryLag: FastHistogram
  readonly authFailures: Counter<'reason'>
  readonly frameErrors: Counter<'reason'>
  readonly eventLoopLag: Gauge
  /** At-least-once deliveries sent again after the ack wait. */
  readonly redeliveries: Counter
  /** Messages moved to a `$dlq.<topic>` after maxDeliver attempts. */
  readonly deadLettered: Counter
  /** Unacknowledged at-least-once deliveries outstanding on this node (changed per delivery: a plain count, read at scrape). */
  readonly acksPending: CountingGauge
  /** Time from the first delivery of a message to its ack, in seconds (observed per acked delivery, so a FastHistogram). */
  readonly ackLatency: FastHistogram
  /** Subscribes with resumeAfter, by outcome. */
  readonly resumes: Counter<'outcome'>
  /** Publishes not stored again because their idempotency key was seen within the dedupe window. */
  readonly duplicatesSuppressed: Counter
  /** Where the outbound path counts frames and bytes sent, per codec. */
  readonly outbound: Readonly<Record<CodecLabel, OutboundTally>>
  /** Where sessions count frames and bytes received, per codec (moved into framesIn/bytesIn at scrape). */
  readonly inbound: Readonly<Record<CodecLabel, OutboundTally>>
  /** Slow-consumer actions: a close (disconnect) or the start of a drop episode (drop). */
  readonly slowConsumerActions: Counter<'policy' | 'reason'>
  /** At-most-once deliveries dropped for slow subscribers (policy drop). */
  readonly deliveriesDropped: Counter
  /** Gap notices sent to subscribers that had deliveries dropped. */
  readonly gapsSent: Counter
  /** Broker messages from Redis that could not be decoded (dropped). */
  readonly brokerMalformed: Counter
  /** Times the Redis broker re-subscribed its channels after a reconnect. */
  readonly brokerResubscribes: Counter
  /** Frames refused with RATE_LIMITED; fatal "true" is the refusal that closed the connection (4329). */
  readonly rateLimited: Counter<'scope' | 'reason' | 'fatal'>
  /** Commands refused by a quota (LIMIT_EXCEEDED / 4303). */
  readonly quotaRejections: Counter<'kind'>
  /** Sets what the outbound-queue gauges read at scrape time (the gateway sums its sessions). */
  setQueueSampler(sampler: () => QueueSample): void
  // --- Cluster-wide limits and revocation (docs/scaling.md) ---
  /** Revocations this node learned of (from its admin API, another node, or a reload), by kind. */
  readonly revocations: Counter<'kind'>
  /** Connections closed with 4504 because a revocation matched their token. */
  readonly revokedDisconnects: Counter
  /** 1 while the Redis limiter enforces the local fallback share, else 0. */
  readonly limiterFallback: Gauge
  /** Failed Redis commands of the limiter (each puts the node in fallback mode). */
  readonly limiterRedisErrors: Counter
}

/** Revocation kinds (label values of `zerorelay_revocations_total`). */
export const REVOCATION_KINDS = ['jti', 'subject'] as const

/** Close codes are a fixed set; anything else is reported as "other". */
const KNOWN_CLOSE_CODES = new Set([
  1000, 1001, 1002, 1003, 1005, 1006, 1007, 1008, 1009, 1011, 1012, 1013, 4000, 4001, 4008, 4012, 4300, 4303, 4329,
  4500, 4501, 4503, 4504,
])

/** The label value for a close code (bounded). */
export function closeCodeLabel(code: number): string {
  return KNOWN_CLOSE_CODES.has(code) ? String(code) : 'other'
}

/**
 * A per-codec counter fed from plain-number tallies (`inbound` / `outbound`): hot paths add to
 * the tally, and the counter takes it over (and zeroes it) when scraped or read with `get()`.
 */
function tallyCounter(
  name: string,
  help: string,
  tallies: Record<CodecLabel, OutboundTally>,
  field: keyof OutboundTally,
  registers: Registry[],
): Counter<'codec'> {
  return new Counter({
    name,
    help,
    labelNames: ['codec'],
    registers,
    collect() {
      for (const codec of CODECS) {
        const tally = tallies[codec]
        if (tally[field] === 0) continue
        this.inc({ codec }, tally[field])
        tally[field] = 0
      }
    },
  })
}

/** Creates the relay's metrics on a fresh Registry. */
export function createRelayMetrics(): RelayMetrics {
  const registry = new Registry()
  const registers = [registry]
  const outbound: Record<CodecLabel, OutboundTally> = { proto: { frames: 0, bytes: 0 }, json: { frames: 0, bytes: 0 } }
  const inbound: Record<CodecLabel, OutboundTally> = { proto: { frames: 0, bytes: 0 }, json: { frames: 0, bytes: 0 } }
  const metrics: RelayMetrics = {
    registry,
    connections: new Gauge({ name: 'zerorelay_connections', help: 'Open WebSocket connections.', registers }),
    connectionsAccepted: new Counter({
      name: 'zerorelay_connections_accepted_total',
      help: 'WebSocket upgrades accepted.',
      registers,
    }),
    connectionsClosed: new Counter({
      name: 'zerorelay_connections_closed_total',
      help: 'WebSocket connections closed, by close code.',
      labelNames: ['code'],
      registers,
    }),
    handshakesRejected: new Counter({
      name: 'zerorelay_handshakes_rejected_total',
      help: 'Upgrade requests refused before the upgrade, by reason.',
      labelNames: ['reason'],
      registers,
    }),
    framesIn: tallyCounter(
      'zerorelay_frames_received_total',
      'WebSocket messages received.',
      inbound,
      'frames',
      registers,
    ),
    framesOut: tallyCounter('zerorelay_frames_sent_total', 'WebSocket messages sent.', outbound, 'frames', registers),
    bytesIn: tallyCounter(
      'zerorelay_bytes_received_total',
      'Bytes of WebSocket messages received (payload length).',
      inbound,
      'bytes',
      registers,
    ),
    bytesOut: tallyCounter(
      'zerorelay_bytes_sent_total',
      'Bytes of WebSocket messages sent (payload length; text counted in UTF-8 bytes).',
      outbound,
      'bytes',
      registers,
    ),
    messagesPublished: new Counter({
      name: 'zerorelay_messages_published_total',
      help: 'Messages stored and handed to the broker.',
      registers,
    }),
    messagesDelivered: new Counter({
      name: 'zerorelay_messages_delivered_total',
      help: 'Deliveries queued to subscribers (one per message per subscribing connection).',
      registers,
    }),
    slowConsumers: new Counter({
      name: 'zerorelay_slow_consumers_total',
      help: 'Connections closed because their outbound queue was full (4008).',
      registers,
    }),
    fanoutDuration: new FastHistogram({
      name: 'zerorelay_fanout_duration_seconds',
      help: 'Time to match and enqueue one message to every local subscriber.',
      buckets: [0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5],
      registers,
    }),
    deliveryLag: new FastHistogram({
      name: 'zerorelay_delivery_lag_seconds',
      help: 'Time from accepting a publish to writing its delivery to a subscriber socket (the oldest delivery of each batch written to a connection).',
      buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
      registers,
    }),
    authFailures: new Counter({
      name: 'zerorelay_auth_failures_total',
      help: 'Refused tokens, by reason.',
      labelNames: ['reason'],
      registers,
    }),
    frameErrors: new Counter({
      name: 'zerorelay_frame_errors_total',
      help: 'Refused inbound frames, by reason.',
      labelNames: ['reason'],
      registers,
    }),
    eventLoopLag: new Gauge({
      name: 'zerorelay_event_loop_lag_seconds',
      help: 'Latest measured event-loop lag (timer drift).',
      registers,
    }),
    redeliveries: new Counter({
      name: 'zerorelay_redeliveries_total',
      help: 'At-least-once deliveries sent again after the ack wait expired.',
      registers,
    }),
    deadLettered: new Counter({
      name: 'zerorelay_dead_lettered_total',
      help: 'Messages published to their $dlq.<topic> after maxDeliver unacknowledged deliveries.',
      registers,
    }),
    acksPending: countingGauge({
      name: 'zerorelay_acks_pending',
      help: 'Unacknowledged at-least-once deliveries outstanding on this node.',
      registers,
    }),
    ackLatency: new FastHistogram({
      name: 'zerorelay_ack_latency_seconds',
      help: 'Time from the first delivery of a message to an at-least-once subscriber until its ack.',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
      registers,
    }),
    resumes: new Counter({
      name: 'zerorelay_resumes_total',
      help: 'Subscribes with resumeAfter, by outcome (replayed, unrecoverable).',
      labelNames: ['outcome'],
      registers,
    }),
    duplicatesSuppressed: new Counter({
      name: 'zerorelay_publish_duplicates_total',
      help: 'Publishes not stored again because their idempotency key was seen within the dedupe window.',
      registers,
    }),
    outbound,
    inbound,
    slowConsumerActions: new Counter({
      name: 'zerorelay_slow_consumer_actions_total',
      help: 'Slow-consumer actions by policy (disconnect: closed with 4008; drop: a drop episode began) and the cap that was hit.',
      labelNames: ['policy', 'reason'],
      registers,
    }),
    deliveriesDropped: new Counter({
      name: 'zerorelay_deliveries_dropped_total',
      help: 'At-most-once deliveries dropped for slow subscribers under the drop policy (each announced by a Gap).',
      registers,
    }),
    gapsSent: new Counter({
      name: 'zerorelay_gaps_sent_total',
      help: 'Gap notices sent to subscribers whose deliveries were dropped.',
      registers,
    }),
    brokerMalformed: new Counter({
      name: 'zerorelay_broker_malformed_total',
      help: 'Broker messages received from Redis that could not be decoded and were dropped.',
      registers,
    }),
    brokerResubscribes: new Counter({
      name: 'zerorelay_broker_resubscribes_total',
      help: 'Times the Redis broker re-subscribed every active channel after (re)connecting.',
      registers,
    }),
    rateLimited: new Counter({
      name: 'zerorelay_rate_limited_total',
      help: 'Inbound frames refused with RATE_LIMITED, by scope and limit; fatal="true": the refusal that closed the connection with 4329.',
      labelNames: ['scope', 'reason', 'fatal'],
      registers,
    }),
    quotaRejections: new Counter({
      name: 'zerorelay_quota_rejections_total',
      help: 'Commands refused by a quota (LIMIT_EXCEEDED; tenant connections also close with 4303).',
      labelNames: ['kind'],
      registers,
    }),
    setQueueSampler(next) {
      sampler = next
    },
    // --- Cluster-wide limits and revocation (docs/scaling.md) ---
    revocations: new Counter({
      name: 'zerorelay_revocations_total',
      help: 'Revocations this node learned of (its admin API, another node via Redis, or a reload), by kind (jti or subject).',
      labelNames: ['kind'],
      registers,
    }),
    revokedDisconnects: new Counter({
      name: 'zerorelay_revoked_disconnects_total',
      help: 'Connections closed with 4504 TOKEN_REVOKED because a revocation matched their token.',
      registers,
    }),
    limiterFallback: new Gauge({
      name: 'zerorelay_limiter_fallback',
      help: '1 while the Redis tenant limiter enforces the local fallback share (Redis unreachable), else 0.',
      registers,
    }),
    limiterRedisErrors: new Counter({
      name: 'zerorelay_limiter_redis_errors_total',
      help: 'Failed Redis commands of the tenant limiter (each puts the node in fallback mode until Redis answers).',
      registers,
    }),
  }
  let sampler = (): QueueSample => ({ bytes: 0, maxBytes: 0, messages: 0, maxAgeMs: 0 })
  let sample: QueueSample | undefined
  // The four gauges share one pass over the sessions per scrape: the first collect samples.
  const sampled = (): QueueSample => {
    if (sample === undefined) {
      sample = sampler()
      queueMicrotask(() => {
        sample = undefined
      })
    }
    return sample
  }
  const queueGauge = (name: string, help: string, read: (s: QueueSample) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(read(sampled()))
      },
    })
  queueGauge(
    'zerorelay_outbound_queued_bytes',
    'Outbound bytes waiting on all connections (server queues plus socket buffers).',
    (s) => s.bytes,
  )
  queueGauge(
    'zerorelay_outbound_queued_bytes_max',
    'Outbound bytes waiting on the most backed-up connection.',
    (s) => s.maxBytes,
  )
  queueGauge(
    'zerorelay_outbound_queued_messages',
    'Outbound frames in the server queues of all connections.',
    (s) => s.messages,
  )
  queueGauge(
    'zerorelay_outbound_oldest_age_seconds',
    'Age of the oldest outbound byte not yet written to the network, over all connections.',
    (s) => s.maxAgeMs / 1000,
  )
  // Initialise every label value so dashboards and rate() see zeros rather than gaps.
  for (const reason of AUTH_FAILURES) metrics.authFailures.inc({ reason }, 0)
  for (const reason of FRAME_ERRORS) metrics.frameErrors.inc({ reason }, 0)
  for (const reason of HANDSHAKE_REJECTIONS) metrics.handshakesRejected.inc({ reason }, 0)
  for (const code of KNOWN_CLOSE_CODES) metrics.connectionsClosed.inc({ code: String(code) }, 0)
  for (const outcome of RESUME_OUTCOMES) metrics.resumes.inc({ outcome }, 0)
  for (const kind of REVOCATION_KINDS) metrics.revocations.inc({ kind }, 0)
  for (const policy of SLOW_CONSUMER_POLICIES) {
    for (const reason of SLOW_CONSUMER_REASONS) metrics.slowConsumerActions.inc({ policy, reason }, 0)
  }
  for (const scope of RATE_LIMIT_SCOPES) {
    for (const reason of RATE_LIMIT_REASONS) {
      for (const fatal of ['true', 'false']) metrics.rateLimited.inc({ scope, reason, fatal }, 0)
    }
  }
  for (const kind of QUOTA_KINDS) metrics.quotaRejections.inc({ kind }, 0)
  for (const codec of CODECS) {
    metrics.framesIn.inc({ codec }, 0)
    metrics.framesOut.inc({ codec }, 0)
    metrics.bytesIn.inc({ codec }, 0)
    metrics.bytesOut.inc({ codec }, 0)
  }
  return metrics
}
