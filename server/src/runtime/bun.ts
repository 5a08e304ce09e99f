/**
 * The Bun runtime adapter: `Bun.serve` for the public listener (the gateway's Hono app as
 * `fetch`, the upgrade through `server.upgrade()`) and for the admin listener, and the
 * RelaySocket implementation over Bun's `ServerWebSocket`. One of the few files allowed to use
 * runtime APIs (`Bun.*`). Only loaded by `main.bun.ts` (and tests run under Bun).
 *
 * Bun defaults that would bypass the relay's own policies are switched off:
 * - `sendPings: false` and `idleTimeout` at its maximum (960 s): the session's heartbeat (ping
 *   after `pingIntervalMs`, close 4012 after `pongTimeoutMs`) decides liveness, as on Node; its
 *   pings keep every live connection well inside Bun's timeout. Not `idleTimeout: 0`: with 0,
 *   uWebSockets gives a closing socket only a short timeout, so a slow consumer that resumes
 *   reading a few seconds after its 4008 loses the buffered tail and the close frame (1006).
 * - `closeOnBackpressureLimit: false` with a `backpressureLimit` above anything the outbound
 *   queue lets through: the queue (`maxQueuedBytes`, counting `getBufferedAmount()`) decides
 *   slow consumers (4008). Should Bun still drop a message (`send` returns 0 on an open
 *   socket), the connection is closed with 4008 at once: never a silent drop.
 * - `maxPayloadLength` = maxFrameBytes (Bun closes bigger messages with 1009),
 *   `perMessageDeflate: false`.
 *
 * Per-connection state lives in `ws.data` of the raw ServerWebSocket (a stable identity; Hono's
 * per-event WSContext is not used at all).
 */

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

/** The parts of Bun's `ServerWebSocket` used here (Bun's types are not a dependency). */
export interface BunWebSocket {
  readonly data: ConnectionData
  readonly readyState: number
  send(data: Uint8Array | string, compress?: boolean): number
  close(code?: number, reason?: string): void
  terminate(): void
  ping(data?: Uint8Array | string): number
  cork<T>(fn: (ws: BunWebSocket) => T): T
  getBufferedAmount(): number
}

/** The parts of Bun's `Server` used here. */
interface BunServer {
  readonly port: number
  upgrade(request: Request, options: { headers?: Record<string, string>; data: ConnectionData }): boolean
  stop(closeActiveConnections?: boolean): Promise<void> | void
}

interface BunServeOptions {
  hostname: string
  port: number
  fetch(request: Request, server: BunServer): Response | undefined | Promise<Response | undefined>
  websocket?: {
    maxPayloadLength: number
    idleTimeout: number
    sendPings: boolean
    backpressureLimit: number
    closeOnBackpressureLimit: boolean
    perMessageDeflate: boolean
    publishToSelf: boolean
    open(ws: BunWebSocket): void
    message(ws: BunWebSocket, message: string | Uint8Array): void
    close(ws: BunWebSocket, code: number, reason: string): void
    ping(ws: BunWebSocket): void
    pong(ws: BunWebSocket): void
  }
}

interface BunGlobal {
  serve(options: BunServeOptions): BunServer
}

/** Per-connection state, stored on the raw socket (`ws.data`). */
export interface ConnectionData {
  /** The upgrade's acceptance, until `open` handed it to the gateway (then dropped, with its token). */
  acceptance: UpgradeAcceptance | undefined
  handler?: SocketHandler
  /** The RelaySocket over this ServerWebSocket (set at `open`). */
  socket?: BunRelaySocket
  /** Close code the adapter itself decided (e.g. 4008 after a Bun drop), reported instead of the echoed one. */
  closeCode?: number
}

const OPEN = 1
/** `getBufferedAmount()` above which `send` reports 'buffered' (as on Node). */
const HIGH_WATER_BYTES = 1024 * 1024
const SLOW_CONSUMER = 4008
/** Bun's largest `idleTimeout`, in seconds (see the module comment for why not 0). */
const BUN_MAX_IDLE_TIMEOUT_S = 960

function bunGlobal(): BunGlobal {
  const bun = (globalThis as { Bun?: BunGlobal }).Bun
  if (bun === undefined) throw new Error('the Bun runtime adapter needs Bun (run server/src/main.bun.ts with bun)')
  return bun
}

/** Closes an open socket whose message Bun dropped (over its backpressure limit): never silently. */
function closeDropped(ws: BunWebSocket): void {
  if (ws.readyState !== OPEN) return
  ws.data.closeCode = SLOW_CONSUMER
  ws.close(SLOW_CONSUMER, 'outbound queue full')
}

const NO_FRAMES: readonly (Uint8Array | string)[] = Object.freeze([])
/** The batch `sendCorked` writes (module state instead of a closure per batch; see `sendBatch`). */
let corkedFrames = NO_FRAMES
/**
 * Writes `corkedFrames` inside `ws.cork()`, stopping at the first frame Bun drops: 'sent',
 * 'buffered' (Bun queued a frame: its buffer was not empty) or 'dropped'. Calls nothing that
 * could run JavaScript (a drop is handled by the caller after the cork), so the module state
 * cannot be reused while it runs.
 */
function sendCorked(ws: BunWebSocket): SendResult {
  const frames = corkedFrames
  let result: SendResult = 'sent'
  for (let i = 0; i < frames.length; i++) {
    const sent = ws.send(frames[i] as Uint8Array | string, false)
    if (sent > 0) continue
    if (sent === -1) {
      result = 'buffered'
      continue
    }
    result = 'dropped'
    break
  }
  return result
}

/**
 * A Bun ServerWebSocket as a RelaySocket. A class (methods on the prototype) rather than an
 * object of closures: an idle connection holds one small object here, not a function per method.
 *
 * Native calls per delivery are kept few, since each costs as much as a small JS function:
 * - Bun's buffer (`getBufferedAmount()`) is read at most once per batch. A send Bun reports as
 *   written (> 0) left the buffer empty: uWS only writes into the cork buffer, or straight to the
 *   kernel, when nothing is buffered, and a send that had to buffer returns -1. Only the write at
 *   the end of a `cork` can leave bytes buffered unseen, so that is read once after it.
 * - While the buffer is known to be empty, `bufferedAmount` answers 0 without asking Bun: the
 *   buffer only grows when something writes to the socket, i.e. this class's sends and pings,
 *   and uWS's automatic pong to a client's ping (the `ping` handler marks that, see `wrote`).
 */
export class BunRelaySocket implements RelaySocket {
  readonly #ws: BunWebSocket
  /** Bun's buffer is known to be empty (no native read needed); false when unknown. */
  #isDrained = false

  constructor(ws: BunWebSocket) {
    this.#ws = ws
  }

  send(data: Uint8Array | string): SendResult {
    const ws = this.#ws
    if (ws.readyState !== OPEN) return 'dropped'
    return this.#sendOne(ws, data)
  }

  sendBatch(frames: readonly (Uint8Array | string)[]): SendResult {
    const ws = this.#ws
    if (ws.readyState !== OPEN) return 'dropped'
    if (frames.length === 1) return this.#sendOne(ws, frames[0] as Uint8Array | string)
    corkedFrames = frames
    const result = ws.cork(sendCorked)
    corkedFrames = NO_FRAMES
    if (result === 'dropped') {
      this.#isDrained = false
      closeDropped(ws)
      return result
    }
    // The end of the cork wrote the batch; whatever the kernel did not take is buffered now.
    const buffered = ws.getBufferedAmount()
    this.#isDrained = buffered === 0
    return buffered > HIGH_WATER_BYTES ? 'buffered' : result
  }

  /** One uncorked send (Bun corks and writes it at once). */
  #sendOne(ws: BunWebSocket, data: Uint8Array | string): SendResult {
    const sent = ws.send(data, false)
    if (sent > 0) {
      this.#isDrained = true
      return 'sent'
    }
    this.#isDrained = false
    if (sent === -1) return 'buffered'
    closeDropped(ws)
    return 'dropped'
  }

  /** Something outside `send` may have written to the socket (uWS's pong to a ping): Bun's buffer is unknown. */
  wrote(): void {
    this.#isDrained = false
  }

  close(code: number, reason: string): void {
    const ws = this.#ws
    if (ws.readyState === OPEN) ws.close(code, reason)
  }

  terminate(): void {
    this.#ws.terminate()
  }

  ping(): void {
    const ws = this.#ws
    if (ws.readyState !== OPEN) return
    this.#isDrained = false
    ws.ping()
  }

  get bufferedAmount(): number {
    if (this.#isDrained) return 0
    const ws = this.#ws
    if (ws.readyState !== OPEN) return 0
    const buffered = ws.getBufferedAmount()
    // Empty now means empty until the next write (which updates the flag).
    this.#isDrained = buffered === 0
    return buffered
  }

  // Bun's ServerWebSocket cannot pause reading; the session's pending-publish limit still
  // holds (it answers over-limit publishes), only TCP backpressure towards the client is absent.
  pauseReading(): void {}
  resumeReading(): void {}
}

/** Wraps a Bun ServerWebSocket as a RelaySocket. */
export function wrapBunSocket(ws: BunWebSocket): RelaySocket {
  return new BunRelaySocket(ws)
}

/** A client's ping: uWS answers it with a pong (a write), and it counts as activity. */
function onPing(ws: BunWebSocket): void {
  const data = ws.data
  data.socket?.wrote()
  data.handler?.onActivity()
}

/** A client's pong (to the session's heartbeat ping). */
function onPong(ws: BunWebSocket): void {
  ws.data.handler?.onActivity()
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

/** Starts the public and admin listeners on Bun. */
export async function serveBun(options: RuntimeServeOptions): Promise<RuntimeServers> {
  const bun = bunGlobal()
  const { logger } = options
  const sockets = new Set<BunWebSocket>()
  // Above anything the outbound queue admits (its cap plus one batch and a forced frame).
  const queueCap = options.maxQueuedBytes ?? 16 * 1024 * 1024
  const backpressureLimit = Math.max(16 * 1024 * 1024, 2 * queueCap + 2 * options.maxFrameBytes)

  const publicServer = bun.serve({
    hostname: options.host,
    port: options.port,
    async fetch(request, server) {
      let upgraded: boolean | undefined
      const response = await options.publicApp.fetch(request, {
        upgrade(acceptance) {
          const headers: Record<string, string> = {}
          if (acceptance.subprotocol !== undefined) headers['Sec-WebSocket-Protocol'] = acceptance.subprotocol
          upgraded = server.upgrade(request, { headers, data: { acceptance } })
          return undefined
        },
      })
      if (upgraded === true) return undefined
      if (upgraded === false) return new Response('websocket upgrade failed\n', { status: 400 })
      return response
    },
    websocket: {
      maxPayloadLength: options.maxFrameBytes,
      idleTimeout: BUN_MAX_IDLE_TIMEOUT_S,
      sendPings: false,
      backpressureLimit,
      closeOnBackpressureLimit: false,
      perMessageDeflate: false,
      publishToSelf: false,
      open(ws) {
        sockets.add(ws)
        const data = ws.data
        const acceptance = data.acceptance as UpgradeAcceptance
        data.acceptance = undefined
        const socket = new BunRelaySocket(ws)
        data.socket = socket
        data.handler = options.open(acceptance, socket)
      },
      message(ws, message) {
        const handler = ws.data.handler
        if (handler === undefined) return
        if (typeof message === 'string') handler.onMessage(message, Buffer.byteLength(message, 'utf8'))
        else handler.onMessage(message, message.byteLength)
      },
      ping: onPing,
      pong: onPong,
      close(ws, code) {
        sockets.delete(ws)
        const handler = ws.data.handler
        ws.data.handler = undefined
        handler?.onClose(ws.data.closeCode ?? code)
      },
    },
  })
  let adminServer: BunServer
  try {
    adminServer = bun.serve({ hostname: options.adminHost, port: options.adminPort, fetch: options.adminApp.fetch })
  } catch (err) {
    await publicServer.stop(true)
    throw err
  }
  logger.debug({ backpressureLimit }, 'bun listeners started')
  let isAccepting = true
  return {
    publicOrigin: `ws://${formatHost(options.host)}:${publicServer.port}`,
    adminOrigin: `http://${formatHost(options.adminHost)}:${adminServer.port}`,
    async stopAccepting() {
      if (!isAccepting) return
      isAccepting = false
      await publicServer.stop(false)
    },
    terminateAll() {
      for (const ws of [...sockets]) ws.terminate()
    },
    async close() {
      for (const ws of [...sockets]) ws.terminate()
      isAccepting = false
      await Promise.all([publicServer.stop(true), adminServer.stop(true)])
    },
  }
}

/** Flush scheduler: every flush requested in a turn runs together, after the turn. */
export const scheduleBun = createTurnScheduler()

/** The Bun runtime adapter. */
export const bunRuntime: RelayRuntime = { name: 'bun', serve: serveBun, schedule: scheduleBun }
