/**
 * The WebSocket adapter: the only module that touches a WebSocket implementation.
 * Browsers, Deno and Bun have a global `WebSocket`; Node 20 does not, so the client takes
 * an injected constructor or, on Node only, lazily imports the optional peer `ws`.
 */

/** The subset of the WHATWG WebSocket API the SDK uses. */
export interface WebSocketLike {
  binaryType: string
  readonly protocol: string
  readonly readyState: number
  readonly bufferedAmount: number
  send(data: string | ArrayBufferView | ArrayBuffer): void
  close(code?: number, reason?: string): void
  onopen: ((ev: unknown) => void) | null
  onmessage: ((ev: { data: unknown }) => void) | null
  onclose: ((ev: { code: number; reason: string }) => void) | null
  onerror: ((ev: unknown) => void) | null
}

/** A WebSocket constructor: the global one, `ws`'s, or any compatible implementation. */
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike

/** What a transport reports to its owner. Called at most once each for open and close. */
export interface TransportHandlers {
  /** The upgrade succeeded; `protocol` is the subprotocol the server chose. */
  onOpen(protocol: string): void
  /** One WebSocket message: bytes for binary messages, a string for text ones. */
  onMessage(data: Uint8Array | string): void
  /**
   * The connection ended. `httpStatus` and `retryAfter` are set when the upgrade was refused
   * and the runtime exposes the response (Node with `ws`); browsers report a refusal as 1006.
   */
  onClose(info: TransportCloseInfo): void
}

/** How a transport ended. */
export interface TransportCloseInfo {
  readonly code: number
  readonly reason: string
  readonly httpStatus?: number
  /** The raw `Retry-After` header of a refused upgrade. */
  readonly retryAfter?: string
}

/** One open (or opening) WebSocket connection. */
export interface Transport {
  /** Sends one frame; false when the socket is not open. */
  send(data: Uint8Array | string): boolean
  /**
   * Closes with `code` (1000 or 3000-4999) and stops reporting: `onClose` is called at once
   * with that code. With `abrupt`, the socket is also torn down without waiting for the
   * close handshake where the runtime allows it (a dead peer never answers it).
   */
  close(code: number, reason: string, abrupt?: boolean): void
  /** Bytes queued in the socket but not yet sent. */
  readonly bufferedAmount: number
}

const OPEN = 1

/** Opens a WebSocket and adapts its events to TransportHandlers. */
export function openTransport(
  WebSocketImpl: WebSocketConstructor,
  url: string,
  protocols: string[],
  handlers: TransportHandlers,
): Transport {
  let done = false
  let refused: { httpStatus: number; retryAfter?: string } | undefined
  const finish = (info: TransportCloseInfo): void => {
    if (done) return
    done = true
    ws.onopen = null
    ws.onmessage = null
    ws.onclose = null
    ws.onerror = null
    handlers.onClose(info)
  }
  let ws: WebSocketLike
  try {
    ws = new WebSocketImpl(url, protocols)
  } catch (err) {
    // An invalid URL throws synchronously (SyntaxError); report it like a refused upgrade.
    queueMicrotask(() =>
      handlers.onClose({ code: 1002, reason: err instanceof Error ? err.message : String(err), httpStatus: 400 }),
    )
    return { send: () => false, close: () => {}, bufferedAmount: 0 }
  }
  ws.binaryType = 'arraybuffer'
  // Node's `ws` exposes the HTTP response of a refused upgrade; the WHATWG API does not.
  const emitter = ws as unknown as { on?: (ev: string, fn: (...args: never[]) => void) => void }
  if (typeof emitter.on === 'function') {
    emitter.on(
      'unexpected-response',
      (_req: unknown, res: { statusCode?: number; headers?: Record<string, string | string[] | undefined> }) => {
        const header = res.headers?.['retry-after']
        refused = { httpStatus: res.statusCode ?? 0, retryAfter: Array.isArray(header) ? header[0] : header }
        // Closing a CONNECTING ws aborts the request and emits close 1006.
        ws.close()
      },
    )
    // Without an 'error' listener an EventEmitter-based socket would throw on errors.
    emitter.on('error', () => {})
  }
  ws.onopen = () => {
    if (!done) handlers.onOpen(ws.protocol)
  }
  ws.onmessage = (ev) => {
    if (done) return
    const data = ev.data
    if (typeof data === 'string') handlers.onMessage(data)
    else if (data instanceof ArrayBuffer) handlers.onMessage(new Uint8Array(data))
    else if (ArrayBuffer.isView(data)) handlers.onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    // Blobs cannot arrive: binaryType is 'arraybuffer'.
  }
  ws.onerror = () => {
    // An error is always followed by a close event; the close carries the information.
  }
  ws.onclose = (ev) => {
    finish(
      refused
        ? { code: 1006, reason: `upgrade refused with HTTP ${refused.httpStatus}`, ...refused }
        : { code: ev.code || 1005, reason: ev.reason ?? '' },
    )
  }
  return {
    send(data) {
      if (done || ws.readyState !== OPEN) return false
      ws.send(data)
      return true
    },
    close(code, reason, abrupt = false) {
      if (done) return
      try {
        ws.close(code, reason)
      } catch {
        // An invalid state or code: the socket is gone anyway.
      }
      const terminate = (ws as unknown as { terminate?: () => void }).terminate
      if (abrupt && typeof terminate === 'function') terminate.call(ws)
      finish({ code, reason })
    },
    get bufferedAmount() {
      return ws.bufferedAmount
    },
  }
}

/**
 * Finds a WebSocket implementation: the injected one, else the global `WebSocket`, else
 * (Node only) the optional peer dependency `ws`, imported lazily.
 */
export async function resolveWebSocket(injected?: WebSocketConstructor): Promise<WebSocketConstructor> {
  if (injected) return injected
  const global = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket
  if (typeof global === 'function') return global
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process
  if (proc?.versions?.node) {
    // A variable specifier keeps bundlers from trying to resolve 'ws' for browsers.
    const specifier = 'ws'
    try {
      const mod = (await import(/* @vite-ignore */ specifier)) as {
        default?: WebSocketConstructor
        WebSocket?: WebSocketConstructor
      }
      const ctor = mod.WebSocket ?? mod.default
      if (ctor) return ctor
    } catch (err) {
      throw new Error('no WebSocket implementation: install the "ws" package or pass the WebSocket option', {
        cause: err,
      })
    }
  }
  throw new Error('no WebSocket implementation: pass the WebSocket option')
}
