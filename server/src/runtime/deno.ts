/**
 * The Deno runtime adapter: `Deno.serve` for the public listener (the gateway's Hono app as the
 * handler; on acceptance the `upgrade` binding calls `Deno.upgradeWebSocket` and the route
 * returns its 101 response) and for the admin listener, and the RelaySocket implementation over
 * Deno's server-side `WebSocket`. One of the few files allowed to use runtime APIs (`Deno.*`).
 * Only loaded by `main.deno.ts` (run with `--unstable-sloppy-imports`: imports say `.js`).
 *
 * What Deno lacks, and what this adapter does instead:
 * - No frame size option: messages above maxFrameBytes are refused here with close 1009 (Deno
 *   has already buffered the message, up to its own 64 MiB limit).
 * - `idleTimeout: 0`: Deno's own ping/close-1001 is off; the session's heartbeat decides.
 * - No JS API to send a ping nor a pong event. The adapter drives Deno's own idle-timeout
 *   machinery to send one ping on demand and hooks its activity callback, which Deno calls for
 *   every inbound frame including pongs (see `pingHooks`). A frame the hook saw that no message
 *   event followed in the same task was a pong (Deno dispatches a message synchronously after
 *   the hook; see `settlePong`). If a later Deno changes those
 *   internals, the hooks are not found: pings are then not sent and idle clients that send
 *   nothing are closed with 4012 after pingIntervalMs + pongTimeoutMs (logged once at start).
 * - No cork/batch API (each send is one write), no way to pause reading, no terminate: a
 *   terminated socket is sent a close frame and released at once.
 * - Deno ends a server socket in CLOSING on the next data frame it reads, before its close
 *   frame is written: a client still sending after the relay's close saw 1006. The adapter
 *   keeps Deno reading until the peer's close frame (see `startClose`).
 * - Protocol errors are Deno's and cannot be corrected here: an unmasked client frame is
 *   accepted, and invalid UTF-8, reserved bits/opcodes or bad control frames drop the TCP
 *   connection without a close frame (docs/runtimes.md; `deno-node-ws.ts` has strict handling).
 */
import { utf8Length } from '../backpressure/outbound-queue.js'
import type { UpgradeAcceptance } from '../gateway/handshake.js'
import type {
  RelayRuntime,
  RelaySocket,
  RuntimeServeOptions,
  RuntimeServers,
  SendResult,
  SocketHandler,
} from './socket.js'
import { createTurnScheduler } from './turn-scheduler.js'

/** The parts of Deno's `HttpServer` used here (Deno's types are not a dependency). */
interface DenoHttpServer {
  readonly addr: { readonly port: number }
  readonly finished: Promise<void>
  shutdown(): Promise<void>
}

interface DenoGlobal {
  serve(
    options: { hostname: string; port: number; signal?: AbortSignal; onListen?: () => void },
    handler: (request: Request) => Response | Promise<Response>,
  ): DenoHttpServer
  upgradeWebSocket(
    request: Request,
    options: { protocol?: string; idleTimeout?: number },
  ): { socket: WebSocket; response: Response }
}

const CONNECTING = 0
const OPEN = 1
const CLOSING = 2
/** `bufferedAmount` above which `send` reports 'buffered' (as on Node). */
const HIGH_WATER_BYTES = 1024 * 1024
/** Seconds: the ping-on-demand leaves Deno's close-after-ping timer this far away (≈ 5.8 days). */
const FAR_IDLE_SECONDS = 1_000_000

function denoGlobal(): DenoGlobal {
  const deno = (globalThis as { Deno?: DenoGlobal }).Deno
  if (deno === undefined) throw new Error('the Deno runtime adapter needs Deno (run server/src/main.deno.ts with deno)')
  return deno
}

/** Deno's private WebSocket slots the ping hooks need, found by their descriptions. */
interface PingHooks {
  /** Prototype method Deno calls on every inbound frame (pongs included) and that sends its idle ping. */
  readonly onFrame: symbol
}

/**
 * Finds Deno's idle-timeout internals (Deno 2.x `ext/websocket`): `[[serverHandleIdleTimeout]]`
 * (called for every inbound frame; when `[[idleTimeout]]` > 0 it pings after half of it). Returns
 * undefined when they are not there.
 */
function pingHooks(): PingHooks | undefined {
  const proto = WebSocket.prototype as unknown as Record<symbol, unknown>
  const onFrame = Object.getOwnPropertySymbols(proto).find((s) => s.description === '[[serverHandleIdleTimeout]]')
  if (onFrame === undefined || typeof proto[onFrame] !== 'function') return undefined
  return { onFrame }
}

/** The instance symbol `[[idleTimeout]]` of a socket (instance symbols exist only on instances). */
function idleTimeoutSlot(socket: WebSocket): symbol | undefined {
  return Object.getOwnPropertySymbols(socket).find((s) => s.description === '[[idleTimeout]]')
}

/** Deno's private instance slot `[[readyState]]` (the value the `readyState` getter returns). */
function readyStateSlot(socket: WebSocket): symbol | undefined {
  return Object.getOwnPropertySymbols(socket).find((s) => s.description === '[[readyState]]')
}

/** Sockets whose closing handshake the adapter started (their `readyState` may read OPEN). */
const closing = new WeakSet<WebSocket>()

/**
 * Starts the closing handshake once and keeps reading until the peer's close frame. Deno's
 * event loop (`[[eventLoop]]` in ext/websocket/01_websocket.js) drops a server socket in
 * CLOSING on the next data frame it reads, without waiting for the close frame `close()`
 * queued (`op_ws_close` is a lazy op and then finds the resource gone) and with that frame
 * unread, so the kernel resets the connection: a peer still sending saw 1006. Putting
 * `[[readyState]]` back to OPEN after `close()` keeps Deno reading: data frames are dispatched
 * (and ignored, see `isClosing`) until the peer's close frame, which Deno answers with a
 * no-op (its write half is closed) and reports as a clean close. Without the slot (a later
 * Deno), Deno's own behaviour remains. Returns false when the socket was already closing.
 */
function startClose(socket: WebSocket, code: number, reason: string): boolean {
  if (closing.has(socket) || (socket.readyState !== OPEN && socket.readyState !== CONNECTING)) return false
  closing.add(socket)
  const wasOpen = socket.readyState === OPEN
  socket.close(code, reason)
  const slot = readyStateSlot(socket)
  const slots = socket as unknown as Record<symbol, unknown>
  if (wasOpen && slot !== undefined && slots[slot] === CLOSING) slots[slot] = OPEN
  return true
}

/** Whether the socket is closed or its closing handshake has started (no more sends). */
function isClosing(socket: WebSocket): boolean {
  return closing.has(socket) || socket.readyState !== OPEN
}

/** Per-connection state. */
interface Connection {
  handler?: SocketHandler
  /** Close code the adapter decided (1009), reported instead of the echoed one. */
  closeCode?: number
  isReleased: boolean
  /** A ping went out and no pong was recognised since: only then are frames told apart. */
  isPingOutstanding: boolean
  /** Deno's frame hook ran and no message event has claimed the frame yet (see `settlePong`). */
  isFrameUnclaimed: boolean
}

/**
 * Runs as a microtask after a frame the hook saw while a ping was outstanding. Deno calls the
 * hook for data frames right before it dispatches their message event, in the same task, and
 * for pongs with no event: a frame still unclaimed now was a pong.
 */
function settlePong(conn: Connection): void {
  if (!conn.isFrameUnclaimed) return
  conn.isFrameUnclaimed = false
  conn.isPingOutstanding = false
  conn.handler?.onPong()
}

/** Wraps a Deno server-side WebSocket as a RelaySocket. `release` reports the close once. */
export function wrapDenoSocket(
  socket: WebSocket,
  hooks: PingHooks | undefined,
  release: () => void,
  onPing: () => void = () => {},
): RelaySocket {
  const slots = socket as unknown as Record<symbol, unknown>
  const idleSlot = hooks === undefined ? undefined : idleTimeoutSlot(socket)
  const result = (): SendResult =>
    isClosing(socket) ? 'dropped' : socket.bufferedAmount > HIGH_WATER_BYTES ? 'buffered' : 'sent'
  return {
    send(data) {
      if (isClosing(socket)) return 'dropped'
      socket.send(data)
      return result()
    },
    sendBatch(frames, count) {
      if (isClosing(socket)) return 'dropped'
      for (let i = 0; i < count; i++) socket.send(frames[i] as Uint8Array | string)
      return result()
    },
    close(code, reason) {
      startClose(socket, code, reason)
    },
    terminate() {
      // Deno cannot drop a connection without a closing handshake: send the close, release now.
      try {
        startClose(socket, 1001, 'terminated')
      } catch {
        // already closing
      }
      release()
    },
    ping() {
      if (isClosing(socket) || hooks === undefined || idleSlot === undefined) return
      // Deno's idle handler pings after [[idleTimeout]]/2 s: ask for a ping in ~1 ms, then push
      // its close-after-ping timer far away (the session's own pong timeout decides).
      slots[idleSlot] = 0.002
      ;(WebSocket.prototype as unknown as Record<symbol, () => void>)[hooks.onFrame]?.call(socket)
      slots[idleSlot] = FAR_IDLE_SECONDS
      onPing()
    },
    get bufferedAmount() {
      return socket.bufferedAmount
    },
    pauseReading() {},
    resumeReading() {},
  }
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

/** Starts the public and admin listeners on Deno. */
export async function serveDeno(options: RuntimeServeOptions): Promise<RuntimeServers> {
  const deno = denoGlobal()
  const { logger } = options
  const hooks = pingHooks()
  if (hooks === undefined) {
    logger.warn('deno: WebSocket ping internals not found; server pings are off (idle clients get 4012)')
  }
  const connections = new Map<WebSocket, Connection>()
  const publicAbort = new AbortController()
  let isAccepting = true
  const adminAbort = new AbortController()

  const accept = (request: Request, acceptance: UpgradeAcceptance): Response => {
    let upgraded: { socket: WebSocket; response: Response }
    try {
      // The subprotocol is set on the response here, not with Deno's `protocol` option: Deno
      // splits the offer on ", " only and throws for `a,b` (the gateway parses it correctly).
      upgraded = deno.upgradeWebSocket(request, { idleTimeout: 0 })
      if (acceptance.subprotocol !== undefined) {
        upgraded.response.headers.set('Sec-WebSocket-Protocol', acceptance.subprotocol)
      }
    } catch (err) {
      logger.debug({ err: { message: (err as Error).message } }, 'deno: websocket upgrade failed')
      return new Response('websocket upgrade failed\n', { status: 400 })
    }
    const { socket, response } = upgraded
    socket.binaryType = 'arraybuffer'
    const conn: Connection = { isReleased: false, isPingOutstanding: false, isFrameUnclaimed: false }
    const release = (code: number) => {
      if (conn.isReleased) return
      conn.isReleased = true
      connections.delete(socket)
      conn.handler?.onClose(conn.closeCode ?? code)
    }
    if (hooks !== undefined) {
      // Every inbound data frame and pong passes here; Deno's own idle handling stays off.
      ;(socket as unknown as Record<symbol, () => void>)[hooks.onFrame] = () => {
        const handler = conn.handler
        if (handler === undefined) return
        handler.onActivity()
        if (conn.isPingOutstanding) {
          conn.isFrameUnclaimed = true
          queueMicrotask(() => settlePong(conn))
        }
      }
    }
    socket.onopen = () => {
      connections.set(socket, conn)
      conn.handler = options.open(
        acceptance,
        wrapDenoSocket(
          socket,
          hooks,
          () => release(1006),
          () => {
            conn.isPingOutstanding = true
          },
        ),
      )
    }
    socket.onmessage = (event: MessageEvent) => {
      conn.isFrameUnclaimed = false
      const handler = conn.handler
      // After the relay's close, Deno keeps reading until the peer's close frame (startClose).
      if (handler === undefined || conn.isReleased || closing.has(socket)) return
      const data = event.data as ArrayBuffer | string
      const byteLength = typeof data === 'string' ? utf8Length(data) : data.byteLength
      if (byteLength > options.maxFrameBytes) {
        conn.closeCode ??= 1009
        startClose(socket, 1009, 'message too big')
        return
      }
      handler.onMessage(typeof data === 'string' ? data : new Uint8Array(data), byteLength)
    }
    socket.onerror = () => {}
    socket.onclose = (event: CloseEvent) => release(event.code)
    return response
  }

  const publicServer = deno.serve(
    { hostname: options.host, port: options.port, signal: publicAbort.signal, onListen: () => {} },
    (request) =>
      !isAccepting
        ? new Response('server shutting down\n', { status: 503, headers: { 'Retry-After': '5' } })
        : options.publicApp.fetch(request, {
            upgrade: (acceptance) => accept(request, acceptance),
          }),
  )
  const adminServer = deno.serve(
    { hostname: options.adminHost, port: options.adminPort, signal: adminAbort.signal, onListen: () => {} },
    (request) => options.adminApp.fetch(request),
  )
  const terminateAll = () => {
    for (const [socket, conn] of [...connections]) {
      try {
        startClose(socket, 1001, 'terminated')
      } catch {
        // already closing
      }
      if (!conn.isReleased) {
        conn.isReleased = true
        connections.delete(socket)
        conn.handler?.onClose(1006)
      }
    }
  }
  return {
    publicOrigin: `ws://${formatHost(options.host)}:${publicServer.addr.port}`,
    adminOrigin: `http://${formatHost(options.adminHost)}:${adminServer.addr.port}`,
    async stopAccepting() {
      // Deno's `shutdown()` would also close the upgraded sockets (1001) before the drain's
      // 4000 reaches them, and Deno.serve cannot stop listening alone: refuse instead (503);
      // the listener closes in close().
      isAccepting = false
    },
    terminateAll,
    async close() {
      terminateAll()
      publicAbort.abort()
      adminAbort.abort()
      await Promise.all([publicServer.finished, adminServer.finished]).catch(() => undefined)
    },
  }
}

/** Flush scheduler: every flush requested in a turn runs together, after the turn. */
export const scheduleDeno = createTurnScheduler()

/** The Deno runtime adapter. */
export const denoRuntime: RelayRuntime = { name: 'deno', serve: serveDeno, schedule: scheduleDeno }
