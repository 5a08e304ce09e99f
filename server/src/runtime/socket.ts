/**
 * The contract every runtime adapter (Node `ws`, later Bun and Deno) implements for one
 * accepted WebSocket. The core (gateway, session, queue) only sees this interface.
 */

/** Result of one send: handed to the socket / accepted but buffered beyond the socket's high-water mark / not sent (socket closed). */
export type SendResult = 'sent' | 'buffered' | 'dropped'

/** One accepted WebSocket, normalised across runtimes. */
export interface RelaySocket {
  /** Sends one message: a Uint8Array as binary, a string as text. */
  send(data: Uint8Array | string): SendResult
  /**
   * Sends several messages, in order, in one write burst where the runtime allows it (Node:
   * each frame is framed once per event-loop turn however many sockets it goes to, and the
   * batch leaves in one corked write). The same `Uint8Array`/string may be passed to many
   * sockets in one turn.
   * Returns the result of the last send.
   */
  sendBatch(frames: readonly (Uint8Array | string)[]): SendResult
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
  /** A pong or ping arrived (liveness). */
  onActivity(): void
  /** The socket is closed (by either side); called once. */
  onClose(code: number): void
}
