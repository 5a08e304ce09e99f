/**
 * Writes conformance/vectors/frames.json: shared test vectors for every codec.
 *
 * Each valid vector pairs a hand-written proto3-JSON form with its protobuf bytes
 * (hex). The bytes are produced here by the TypeScript encoder; the Go and Python
 * test suites decode both forms independently and compare the decoded messages
 * (never bytes: map order is unspecified). Binary-only vectors are hand-assembled
 * bytes (unknown fields, unknown oneof members) with the message they must decode
 * to. Invalid vectors must be rejected by every decoder.
 *
 * Run: npm run gen (deterministic; CI fails if the committed file differs).
 */
import { writeFileSync } from 'node:fs'
import { ClientFrame, jsonCodec, protoCodec, ServerFrame } from '../packages/protocol/src/index.js'

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString('base64')
const U64_MAX = '18446744073709551615'
const UNICODE_HEADERS = {
  'content-type': 'application/json',
  'x-emoji': '🚀✨',
  'x-cjk': '中文字符',
  'x-rtl': 'עברית',
  'x-combining': 'e\u0301',
  ключ: 'значение',
}

type Json = Record<string, unknown>
interface Valid {
  name: string
  message: 'zerorelay.v1.ClientFrame' | 'zerorelay.v1.ServerFrame'
  json: Json
}

const client = (name: string, json: Json): Valid => ({ name, message: 'zerorelay.v1.ClientFrame', json })
const server = (name: string, json: Json): Valid => ({ name, message: 'zerorelay.v1.ServerFrame', json })

const valid: Valid[] = [
  client('client/connect', {
    id: 1,
    connect: {
      token: 'eyJhbGciOiJIUzI1NiJ9.e30.sig',
      clientName: 'zerorelay-ts',
      clientVersion: '0.1.0',
      resume: { previousSessionId: 'sess-1', attempt: 3 },
    },
  }),
  client('client/subscribe-at-least-once-resume-max-offset', {
    id: 2,
    subscribe: {
      topic: 'orders.eu',
      mode: 'DELIVERY_MODE_AT_LEAST_ONCE',
      resumeAfter: { epoch: 'e-7f3a', offset: U64_MAX },
      maxInFlight: 64,
    },
  }),
  client('client/subscribe-wildcard', { id: 3, subscribe: { topic: 'chat.>' } }),
  client('client/unsubscribe', { id: 4, unsubscribe: { topic: 'chat.>' } }),
  client('client/publish-empty-payload', { id: 5, publish: { topic: 'a.b', ack: true } }),
  client('client/publish-all-bytes-unicode-headers', {
    id: 6,
    publish: {
      topic: 'chat.room.42',
      payload: ALL_BYTES,
      headers: UNICODE_HEADERS,
      idempotencyKey: 'pub-1:000042',
      ack: true,
    },
  }),
  client('client/ack-max-offset', { ack: { topic: 'orders.eu', epoch: 'e-7f3a', offset: U64_MAX } }),
  client('client/refresh', { id: 8, refresh: { token: 'eyJhbGciOiJIUzI1NiJ9.e30.new' } }),
  client('client/ping', { id: 9, ping: { clientTimeMs: '1764172800000' } }),
  client('client/no-kind', { id: 10 }),
  client('client/max-request-id', { id: 4294967295, ping: {} }),
  server('server/connected', {
    id: 1,
    connected: {
      sessionId: 'sess-2',
      serverVersion: '0.1.0',
      limits: {
        maxFrameBytes: 1048576,
        pingIntervalMs: 25000,
        pongTimeoutMs: 10000,
        messagesPerSecond: 100,
        messagesBurst: 200,
        bytesPerSecond: 1048576,
        bytesBurst: 2097152,
        maxSubscriptions: 128,
        maxInFlight: 1024,
        ackWaitMs: 30000,
        maxDeliver: 5,
      },
      subject: 'alice',
      tokenExpiresAtMs: '1764176400000',
      features: ['at-least-once', 'resume', 'wildcards', 'refresh'],
    },
  }),
  server('server/subscribe-ack', {
    id: 2,
    subscribeAck: {
      topic: 'orders.eu',
      position: { epoch: 'e-7f3a', offset: '41' },
      maxInFlight: 64,
      mode: 'DELIVERY_MODE_AT_LEAST_ONCE',
    },
  }),
  server('server/unsubscribe-ack', { id: 4, unsubscribeAck: { topic: 'chat.>', position: {} } }),
  server('server/delivery-all-bytes-max-offset', {
    delivery: {
      topic: 'chat.room.42',
      payload: ALL_BYTES,
      headers: UNICODE_HEADERS,
      epoch: 'e-7f3a',
      offset: U64_MAX,
      publishedAtMs: '1764172800123',
      deliveryCount: 1,
    },
  }),
  server('server/delivery-empty-payload', { delivery: { topic: 'a.b', deliveryCount: 1 } }),
  server('server/redelivery', {
    delivery: { topic: 'orders.eu', payload: 'aGVsbG8=', epoch: 'e-7f3a', offset: '42', deliveryCount: 3 },
  }),
  server('server/publish-ack-duplicate', {
    id: 6,
    publishAck: { topic: 'chat.room.42', epoch: 'e-7f3a', offset: '42', duplicate: true },
  }),
  server('server/error-unrecoverable-position', {
    id: 2,
    error: {
      code: 'CODE_UNRECOVERABLE_POSITION',
      message: 'position is older than the retained history',
      position: { epoch: 'e-8000', offset: '1000' },
    },
  }),
  server('server/error-rate-limited', {
    id: 5,
    error: { code: 'CODE_RATE_LIMITED', message: 'publish rate exceeded', retryable: true, retryAfterMs: 250 },
  }),
  server('server/error-unknown-code-open-enum', { id: 5, error: { code: 999, message: 'from the future' } }),
  server('server/pong', { id: 9, pong: { clientTimeMs: '1764172800000', serverTimeMs: '1764172800004' } }),
  server('server/disconnect-slow-consumer', {
    disconnect: {
      code: 'CLOSE_CODE_SLOW_CONSUMER',
      reason: 'outbound queue over 4194304 bytes',
      advice: 'RECONNECT_ADVICE_RECONNECT',
    },
  }),
  server('server/disconnect-rate-limited', {
    disconnect: {
      code: 'CLOSE_CODE_RATE_LIMITED',
      reason: 'rate limit exceeded repeatedly',
      advice: 'RECONNECT_ADVICE_BACKOFF',
      retryAfterMs: 5000,
    },
  }),
  server('server/refreshed', { id: 8, refreshed: { tokenExpiresAtMs: '1764180000000' } }),
  server('server/gap-max', { gap: { topic: 'ticker.btc', dropped: U64_MAX } }),
]

const binaryOnly = [
  {
    name: 'client/unknown-field-is-ignored',
    message: 'zerorelay.v1.ClientFrame',
    // id=1, ping={}, then field 15 (varint 5), unknown to v1.
    binary: '080142007805',
    json: { id: 1, ping: {} },
  },
  {
    name: 'client/unknown-oneof-member-decodes-without-kind',
    message: 'zerorelay.v1.ClientFrame',
    // id=1, then field 99 (length-delimited, empty): a command from a future version.
    binary: '08019a0600',
    json: { id: 1 },
  },
  {
    name: 'server/unknown-field-in-delivery-is-ignored',
    message: 'zerorelay.v1.ServerFrame',
    // delivery={topic:"a"} with field 20 (varint 1) inside the Delivery.
    binary: '2a060a0161a00101',
    json: { delivery: { topic: 'a' } },
  },
]

const invalidBinary = [
  { name: 'truncated-varint', message: 'zerorelay.v1.ClientFrame', binary: '08' },
  { name: 'length-beyond-end', message: 'zerorelay.v1.ClientFrame', binary: '2a050a01' },
  { name: 'varint-overflow', message: 'zerorelay.v1.ClientFrame', binary: '08ffffffffffffffffffff01' },
  { name: 'field-number-zero', message: 'zerorelay.v1.ClientFrame', binary: '0001' },
  { name: 'invalid-utf8-in-topic', message: 'zerorelay.v1.ClientFrame', binary: '2a030a01ff' },
  { name: 'invalid-utf8-in-header-value', message: 'zerorelay.v1.ServerFrame', binary: '2a081a060a01611201c3' },
]

const invalidJson = [
  { name: 'unknown-field', message: 'zerorelay.v1.ClientFrame', text: '{"id":1,"publsh":{"topic":"a"}}' },
  { name: 'two-oneof-members', message: 'zerorelay.v1.ClientFrame', text: '{"id":1,"ping":{},"refresh":{}}' },
  {
    name: 'unknown-enum-name',
    message: 'zerorelay.v1.ClientFrame',
    text: '{"id":1,"subscribe":{"topic":"a","mode":"DELIVERY_MODE_EXACTLY_ONCE"}}',
  },
  {
    name: 'string-for-bool',
    message: 'zerorelay.v1.ClientFrame',
    text: '{"id":1,"publish":{"topic":"a","ack":"yes"}}',
  },
  { name: 'number-for-string', message: 'zerorelay.v1.ClientFrame', text: '{"id":1,"publish":{"topic":5}}' },
  {
    name: 'invalid-base64',
    message: 'zerorelay.v1.ClientFrame',
    text: '{"id":1,"publish":{"topic":"a","payload":"a"}}',
  },
  {
    name: 'uint64-out-of-range',
    message: 'zerorelay.v1.ClientFrame',
    text: '{"ack":{"topic":"a","offset":"18446744073709551616"}}',
  },
  { name: 'uint32-out-of-range', message: 'zerorelay.v1.ClientFrame', text: '{"id":4294967296}' },
  { name: 'negative-uint32', message: 'zerorelay.v1.ClientFrame', text: '{"id":-1}' },
  { name: 'not-an-object', message: 'zerorelay.v1.ClientFrame', text: '[1,2,3]' },
  { name: 'trailing-garbage', message: 'zerorelay.v1.ClientFrame', text: '{"id":1} x' },
]

const types = { 'zerorelay.v1.ClientFrame': ClientFrame, 'zerorelay.v1.ServerFrame': ServerFrame } as const

function toHex(message: Valid['message'], json: Json): string {
  const text = JSON.stringify(json)
  const bytes =
    message === 'zerorelay.v1.ClientFrame'
      ? (protoCodec.encodeClient(jsonCodec.decodeClient(text)) as Uint8Array)
      : (protoCodec.encodeServer(jsonCodec.decodeServer(text)) as Uint8Array)
  return Buffer.from(bytes).toString('hex')
}

const out = {
  $comment:
    'Generated by scripts/gen-vectors.ts (npm run gen). Compare decoded messages, never bytes. ' +
    'valid: json and binary decode to equal messages. binaryOnly: binary decodes to json. ' +
    'invalidBinary / invalidJson: every decoder must reject.',
  valid: valid.map((v) => ({ ...v, binary: toHex(v.message, v.json) })),
  binaryOnly,
  invalidBinary,
  invalidJson,
}
// Fail loudly here rather than write vectors the TS codec itself cannot read.
for (const v of out.binaryOnly) types[v.message as Valid['message']].decode(Buffer.from(v.binary, 'hex'))

writeFileSync(new URL('../conformance/vectors/frames.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`)
