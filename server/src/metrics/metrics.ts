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

/**
 * Frames and bytes sent on connections of one codec, counted in plain numbers (the outbound
 * path adds to them once per flushed batch, and a prom-client `inc` costs a label hash); they
 * are moved into `zerorelay_frames_sent_total` / `zerorelay_bytes_sent_total` when scraped.
 */
export interface OutboundTally {
  frames: number
  bytes: number
}

/** The metrics a relay records; one instance per relay. */
export interface RelayMetrics {
  readonly registry: Registry
  readonly connections: Gauge
  readonly connectionsAccepted: Counter
  readonly connectionsClosed: Counter<'code'>
  readonly handshakesRejected: Counter<'reason'>
  readonly framesIn: Counter<'codec'>
  /** Read it through the registry (scrape) or `get()`: recent sends sit in `outbound` until then. */
  readonly framesOut: Counter<'codec'>
  readonly bytesIn: Counter<'codec'>
  readonly bytesOut: Counter<'codec'>
  readonly messagesPublished: Counter
  readonly messagesDelivered: Counter
  readonly slowConsumers: Counter
  readonly fanoutDuration: Histogram
  /** Observed once per flushed batch (its oldest delivery), so a FastHistogram. */
  readonly deliveryLag: FastHistogram
  readonly authFailures: Counter<'reason'>
  readonly frameErrors: Counter<'reason'>
  readonly eventLoopLag: Gauge
  /** At-least-once deliveries sent again after the ack wait. */
  readonly redeliveries: Counter
  /** Messages moved to a `$dlq.<topic>` after maxDeliver attempts. */
  readonly deadLettered: Counter
  /** Unacknowledged at-least-once deliveries outstanding on this node. */
  readonly acksPending: Gauge
  /** Time from the first delivery of a message to its ack, in seconds. */
  readonly ackLatency: Histogram
  /** Subscribes with resumeAfter, by outcome. */
  readonly resumes: Counter<'outcome'>
  /** Publishes not stored again because their idempotency key was seen within the dedupe window. */
  readonly duplicatesSuppressed: Counter
  /** Where the outbound path counts frames and bytes sent, per codec. */
  readonly outbound: Readonly<Record<CodecLabel, OutboundTally>>
}

/** Close codes are a fixed set; anything else is reported as "other". */
const KNOWN_CLOSE_CODES = new Set([
  1000, 1001, 1002, 1003, 1005, 1006, 1007, 1008, 1009, 1011, 1012, 1013, 4000, 4001, 4008, 4012, 4300, 4303, 4329,
  4500, 4501, 4503, 4504,
])

/** The label value for a close code (bounded). */
export function closeCodeLabel(code: number): string {
  return KNOWN_CLOSE_CODES.has(code) ? String(code) : 'other'
}

/** Creates the relay's metrics on a fresh Registry. */
export function createRelayMetrics(): RelayMetrics {
  const registry = new Registry()
  const registers = [registry]
  const outbound: Record<CodecLabel, OutboundTally> = { proto: { frames: 0, bytes: 0 }, json: { frames: 0, bytes: 0 } }
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
    framesIn: new Counter({
      name: 'zerorelay_frames_received_total',
      help: 'WebSocket messages received.',
      labelNames: ['codec'],
      registers,
    }),
    framesOut: new Counter({
      name: 'zerorelay_frames_sent_total',
      help: 'WebSocket messages sent.',
      labelNames: ['codec'],
      registers,
      collect() {
        for (const codec of CODECS) {
          const tally = outbound[codec]
          if (tally.frames === 0) continue
          this.inc({ codec }, tally.frames)
          tally.frames = 0
        }
      },
    }),
    bytesIn: new Counter({
      name: 'zerorelay_bytes_received_total',
      help: 'Bytes of WebSocket messages received (payload length).',
      labelNames: ['codec'],
      registers,
    }),
    bytesOut: new Counter({
      name: 'zerorelay_bytes_sent_total',
      help: 'Bytes of WebSocket messages sent (payload length; text counted in UTF-8 bytes).',
      labelNames: ['codec'],
      registers,
      collect() {
        for (const codec of CODECS) {
          const tally = outbound[codec]
          if (tally.bytes === 0) continue
          this.inc({ codec }, tally.bytes)
          tally.bytes = 0
        }
      },
    }),
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
    fanoutDuration: new Histogram({
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
    acksPending: new Gauge({
      name: 'zerorelay_acks_pending',
      help: 'Unacknowledged at-least-once deliveries outstanding on this node.',
      registers,
    }),
    ackLatency: new Histogram({
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
  }
  // Initialise every label value so dashboards and rate() see zeros rather than gaps.
  for (const reason of AUTH_FAILURES) metrics.authFailures.inc({ reason }, 0)
  for (const reason of FRAME_ERRORS) metrics.frameErrors.inc({ reason }, 0)
  for (const reason of HANDSHAKE_REJECTIONS) metrics.handshakesRejected.inc({ reason }, 0)
  for (const code of KNOWN_CLOSE_CODES) metrics.connectionsClosed.inc({ code: String(code) }, 0)
  for (const outcome of RESUME_OUTCOMES) metrics.resumes.inc({ outcome }, 0)
  for (const codec of CODECS) {
    metrics.framesIn.inc({ codec }, 0)
    metrics.framesOut.inc({ codec }, 0)
    metrics.bytesIn.inc({ codec }, 0)
    metrics.bytesOut.inc({ codec }, 0)
  }
  return metrics
}
