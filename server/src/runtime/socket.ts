/**
 * The contract every runtime adapter (Node `ws`, Bun, Deno) implements: `RelaySocket` for one
 * accepted WebSocket, and `RelayRuntime` for the listeners. The core (gateway, session, queue)
 * only sees these interfaces.
 */
import type { Hono } from 'hono'
import type { GatewayBindings, WebSocketEndpoint } from '../gateway/gateway.js'
import type { UpgradeAcceptance } from '../gateway/handshake.js'
import type { Logger } from '../log/logger.js'

/** Result of one send: handed to the socket / accepted but buffered beyond the socket's high-water mark / not sent (socket closed). */
export type SendResult = 'sent' | 'buffered' | 'dropped'

/** One accepted WebSocket, normalised across runtimes. */
export interface RelaySocket {
  /** Sends one message: a Uint8Array as binary, a string as text. */
  send(data: Uint8Array | string): SendResult
  /**
   * Sends the messages `frames[0..count)`, in order, in one write burst where the runtime allows
   * it (Node: each frame is framed once per event-loop turn however many sockets it goes to, and
   * the batch leaves in one write). The same `Uint8Array`/string may be passed to many sockets in
   * one turn. The array is the caller's again when this returns (the outbound queue reuses it),
   * so an implementation copies whatever it keeps.
   * Returns the result of the last send.
   */
  sendBatch(frames: readonly (Uint8Array | string)[], count: number): SendResult
  /** Starts the closing handshake. `reason` must be at most 123 bytes. */
  close(code: number, reason: string): void
  /** Drops the connection without a closing handshake. */
  terminate(): void
  /** Sends a WebSocket ping. */
  ping(): void
  /** Bytes handed to the socket and not yet written to the network. */
  readonly bufferedAmount: number
  /** Stops reading from the socket (TCP backpressure), where available. */
  pauseReading(): void
  /** Resumes reading. */
  resumeReading(): void
}

/** Events a runtime adapter feeds into the core for one socket. */
export interface SocketHandler {
  /** One complete message: Uint8Array for binary messages, string for text. */
  onMessage(data: Uint8Array | string, byteLength: number): void
  /** A ping arrived, or anything else that shows the client is alive but is not a message or a pong. */
  onActivity(): void
  /**
   * A pong arrived: the client is alive and has read everything written before the ping it
   * answers (the outbound queue's unread-age probe). Not to be reported for a client's ping.
   */
  onPong(): void
  /** The socket is closed (by either side); called once. */
  onClose(code: number): void
}

/** What a runtime adapter's `serve` needs (the same for Node, Bun and Deno). */
export interface RuntimeServeOptions {
  /** The gateway's public app; its WebSocket route calls the `upgrade` binding on acceptance. */
  readonly publicApp: Hono<{ Bindings: GatewayBindings }>
  /**
   * The WebSocket route's logic without Fetch or Hono (the gateway's `webSocket`). Optional: an
   * adapter may answer upgrades to its path with it directly (Node does: no Fetch `Request` per
   * upgrade; Bun does: no Hono context, route match or discarded `Response` per upgrade) and must
   * still send every other request to `publicApp`; Deno uses `publicApp` only.
   */
  readonly webSocket?: WebSocketEndpoint
  readonly adminApp: Hono
  /** Wires an accepted socket to a session (the gateway's `open`). */
  readonly open: (acceptance: UpgradeAcceptance, socket: RelaySocket) => SocketHandler
  readonly host: string
  readonly port: number
  readonly adminHost: string
  readonly adminPort: number
  /** Largest inbound message; bigger ones close the socket with 1009. */
  readonly maxFrameBytes: number
  /** Outbound byte cap per connection (the queue's `maxQueuedBytes`); adapters size runtime buffers from it. */
  readonly maxQueuedBytes?: number
  readonly logger: Logger
}

/** The running listeners of one relay, whatever the runtime. */
export interface RuntimeServers {
  /** `ws://host:port` of the public listener (without the path). */
  readonly publicOrigin: string
  /** `http://host:port` of the admin listener. */
  readonly adminOrigin: string
  /** Stops accepting new connections on the public listener (open sockets stay). */
  stopAccepting(): Promise<void>
  /** Drops every open WebSocket without a closing handshake. */
  terminateAll(): void
  /** Closes both listeners and every socket. */
  close(): Promise<void>
}

/** A runtime adapter: listeners plus the flush scheduler the outbound queues share. */
export interface RelayRuntime {
  /** `node`, `bun` or `deno` (logged at start). */
  readonly name: string
  serve(options: RuntimeServeOptions): Promise<RuntimeServers>
  /** Schedules an outbound flush later in this event-loop turn (see GatewayDeps.schedule). */
  readonly schedule: (fn: () => void) => void
}
