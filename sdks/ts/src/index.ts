/**
 * `@zerorelay/client`: the zerorelay client for browsers, Node ≥ 20, Bun and Deno.
 *
 * ```ts
 * await using client = await connect('wss://relay.example/v1/ws', { getToken })
 * const sub = client.subscribe('chat.room.42', { mode: 'at-least-once' })
 * await client.publish('chat.room.42', 'hello')
 * for await (const msg of sub) handle(msg.topic, msg.data, msg.offset) // auto-acked after the body
 * ```
 *
 * Behaviour follows docs/sdk-spec.md; the wire protocol is docs/protocol.md.
 */

export { type CloseAction, CloseCode, closeAction } from '@zerorelay/protocol'
export { type BackoffOptions, createBackoff, DEFAULT_BACKOFF, parseRetryAfterMs } from './backoff.js'
export {
  type CallOptions,
  CLIENT_NAME,
  CLIENT_VERSION,
  type Client,
  type ConnectionState,
  type ConnectOptions,
  connect,
  type PingResult,
  type PublishOptions,
  type PublishResult,
  type SessionInfo,
  type SessionLimits,
  type StatusEvent,
  type TokenReason,
} from './client.js'
export { Code, type Position, RelayError, type RelayErrorOptions } from './errors.js'
export type {
  Delivery,
  DeliveryModeName,
  GapEvent,
  SubscribeInfo,
  SubscribeOptions,
  Subscription,
  SubscriptionState,
} from './subscription.js'
export type { WebSocketConstructor, WebSocketLike } from './transport.js'
