/**
 * The Bun runtime adapter: `Bun.serve` for the public listener (the gateway's Hono app as
 * `fetch`, except upgrades to the WebSocket path, which run the gateway's endpoint logic
 * directly as on Node; the upgrade through `server.upgrade()`) and for the admin listener, and the
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
 * per-event WSContext is not used at all): the connection's BunRelaySocket, which is also its
 * link in the list of open sockets. On Bun every object, and every Set entry, per idle
 * connection counts (scenario C): one object here, no Set.
 */

import { countHeaders, type UpgradeOutcome, type WebSocketEndpoint } from '../gateway/gateway.js'
import { isRefusal, type UpgradeAcceptance, type UpgradeRefusal, type UpgradeRequest } from '../gateway/handshake.js'
import type { Logger } from '../log/logger.js'
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

/**
 * Per-connection state, stored on the raw socket (`ws.data`): the connection's BunRelaySocket
 * itself (one object per connection for both).
 */
export interface ConnectionData {
  /** The upgrade's acceptance, until `open` handed it to the gateway (then dropped, with its token). */
  acceptance: UpgradeAcceptance | undefined
  /** The gateway's handler (set at `open`, dropped at `close`). */
  handler: SocketHandler | undefined
  /** Close code the adapter itself decided (e.g. 4008 after a Bun drop), reported instead of the echoed one. */
  closeCode: number | undefined
  /** Neighbours in the adapter's list of open sockets (see `OpenSockets`). */
  prev: BunWebSocket | undefined
  next: BunWebSocket | undefined
  /** Something outside the RelaySocket wrote to the socket (uWS's pong to a ping): Bun's buffer is unknown. */
  wrote(): void
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

/** The socket of a BunRelaySocket not attached yet: closed, so nothing is ever sent through it. */
const NOT_ATTACHED: BunWebSocket = Object.freeze({
  data: undefined as unknown as ConnectionData,
  readyState: 3,
  send: () => 0,
  close() {},
  terminate() {},
  ping: () => 0,
  cork<T>(fn: (ws: BunWebSocket) => T): T {
    return fn(NOT_ATTACHED)
  },
  getBufferedAmount: () => 0,
})

const NO_FRAMES: readonly (Uint8Array | string)[] = Object.freeze([])
/** The batch `sendCorked` writes, `corkedFrames[0..corkedCount)` (module state instead of a closure per batch; see `sendBatch`). */
let corkedFrames = NO_FRAMES
let corkedCount = 0
/**
 * Writes `corkedFrames` inside `ws.cork()`, stopping at the first frame Bun drops: 'sent',
 * 'buffered' (Bun queued a frame: its buffer was not empty) or 'dropped'. Calls nothing that
 * could run JavaScript (a drop is handled by the caller after the cork), so the module state
 * cannot be reused while it runs.
 */
function sendCorked(ws: BunWebSocket): SendResult {
  const frames = corkedFrames
  const count = corkedCount
  let result: SendResult = 'sent'
  for (let i = 0; i < count; i++) {
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
export class BunRelaySocket implements RelaySocket, ConnectionData {
  acceptance: UpgradeAcceptance | undefined
  handler: SocketHandler | undefined = undefined
  closeCode: number | undefined = undefined
  prev: BunWebSocket | undefined = undefined
  next: BunWebSocket | undefined = undefined
  /** The socket whose `data` this is: set by `attach` at `open`, before the gateway sees this RelaySocket. */
  #ws: BunWebSocket = NOT_ATTACHED
  /** Bun's buffer is known to be empty (no native read needed); false when unknown. */
  #isDrained = false

  constructor(acceptance: UpgradeAcceptance | undefined) {
    this.acceptance = acceptance
  }

  /** Binds this state to its socket (at `open`). */
  attach(ws: BunWebSocket): void {
    this.#ws = ws
  }

  send(data: Uint8Array | string): SendResult {
    const ws = this.#ws
    if (ws.readyState !== OPEN) return 'dropped'
    return this.#sendOne(ws, data)
  }

  sendBatch(frames: readonly (Uint8Array | string)[], count: number): SendResult {
    const ws = this.#ws
    if (ws.readyState !== OPEN) return 'dropped'
    if (count === 1) return this.#sendOne(ws, frames[0] as Uint8Array | string)
    corkedFrames = frames
    corkedCount = count
    const result = ws.cork(sendCorked)
    corkedFrames = NO_FRAMES
    corkedCount = 0
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
  const socket = new BunRelaySocket(undefined)
  socket.attach(ws)
  return socket
}

/** A client's ping: uWS answers it with a pong (a write), and it counts as activity. */
function onPing(ws: BunWebSocket): void {
  const data = ws.data
  data.wrote()
  data.handler?.onActivity()
}

/** A client's pong (to the heartbeat's or the outbound queue's ping). */
function onPong(ws: BunWebSocket): void {
  ws.data.handler?.onPong()
}

/** Hono's `c.text` content type, which the gateway's route answers refusals with. */
const TEXT_PLAIN = 'text/plain; charset=UTF-8'
const QUESTION_MARK = 0x3f

/**
 * Whether the request URL's path is exactly `path` (a query may follow), found as Hono finds it
 * (the first `/` after the scheme and authority). Anything else, percent-encoded paths included,
 * is left to the public app, whose route decides as before.
 */
function isEndpointUrl(url: string, path: string): boolean {
  const start = url.indexOf('/', url.indexOf(':') + 4)
  if (start < 0 || !url.startsWith(path, start)) return false
  const end = start + path.length
  if (end !== url.length && url.charCodeAt(end) !== QUESTION_MARK) return false
  return url.indexOf('#', end) < 0
}

/** A path the fast path may compare as is: Hono would match it literally too (no parameters, wildcards or escapes). */
function isLiteralPath(path: string): boolean {
  return /^\/[A-Za-z0-9._~\/-]*$/.test(path)
}

/** An upgrade request as the gateway's checks read it: the values the Hono route passes (`c.req.header`, `countHeaders`). */
class BunUpgradeRequest implements UpgradeRequest {
  readonly url: string
  readonly #headers: Headers

  constructor(request: Request) {
    this.url = request.url
    this.#headers = request.headers
  }

  header(name: string): string | undefined {
    return this.#headers.get(name) ?? undefined
  }

  get headerCount(): number {
    return countHeaders(this.#headers)
  }
}

/** The response headers of an accepted upgrade. */
function upgradeHeaders(acceptance: UpgradeAcceptance): Record<string, string> {
  const headers: Record<string, string> = {}
  if (acceptance.subprotocol !== undefined) headers['Sec-WebSocket-Protocol'] = acceptance.subprotocol
  return headers
}

/** Completes an accepted upgrade with its subprotocol; the connection's state is its `ws.data`. */
function upgrade(server: BunServer, request: Request, acceptance: UpgradeAcceptance): boolean {
  return server.upgrade(request, { headers: upgradeHeaders(acceptance), data: new BunRelaySocket(acceptance) })
}

/** Bun's answer to an upgrade it could not complete. */
function upgradeFailedResponse(): Response {
  return new Response('websocket upgrade failed\n', { status: 400 })
}

/** Upgrades an accepted request; a failed upgrade is answered 400. */
function upgradeAccepted(server: BunServer, request: Request, acceptance: UpgradeAcceptance): Response | undefined {
  return upgrade(server, request, acceptance) ? undefined : upgradeFailedResponse()
}

/** The refusal as the gateway's Hono route writes it (`c.text(message, status, headers)`). */
function refusalResponse(refusal: UpgradeRefusal): Response {
  return new Response(`${refusal.message}\n`, {
    status: refusal.status,
    headers: { 'Content-Type': TEXT_PLAIN, ...refusal.headers },
  })
}

/** An unexpected failure while checking an upgrade: answered 500, as the public app answers a throwing route. */
function upgradeFailed(logger: Logger, err: unknown): Response {
  logger.error({ err }, 'upgrade failed')
  return new Response('Internal Server Error', { status: 500, headers: { 'Content-Type': TEXT_PLAIN } })
}

/** Answers an upgrade request to the WebSocket endpoint without Hono (no Context, route match or Response per upgrade). */
function answerEndpoint(
  endpoint: WebSocketEndpoint,
  request: Request,
  server: BunServer,
  logger: Logger,
): Response | undefined | Promise<Response | undefined> {
  const complete = (outcome: UpgradeOutcome): Response | undefined => {
    try {
      return isRefusal(outcome) ? refusalResponse(outcome) : upgradeAccepted(server, request, outcome)
    } catch (err) {
      return upgradeFailed(logger, err)
    }
  }
  let outcome: UpgradeOutcome | Promise<UpgradeOutcome>
  try {
    outcome = endpoint.accept(new BunUpgradeRequest(request))
  } catch (err) {
    return upgradeFailed(logger, err)
  }
  if (!(outcome instanceof Promise)) return complete(outcome)
  return outcome.then(complete, (err: unknown) => upgradeFailed(logger, err))
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

/**
 * The open sockets in the order they opened, as a list linked through their `ws.data`
 * (`prev`/`next`) rather than a Set: on Bun (JavaScriptCore) a Set costs 50-100 bytes per entry
 * at 5 000-10 000 entries, the two link fields 16 bytes.
 */
class OpenSockets {
  #head: BunWebSocket | undefined = undefined
  #tail: BunWebSocket | undefined = undefined

  add(ws: BunWebSocket): void {
    const data = ws.data
    const tail = this.#tail
    data.prev = tail
    data.next = undefined
    if (tail === undefined) this.#head = ws
    else tail.data.next = ws
    this.#tail = ws
  }

  delete(ws: BunWebSocket): void {
    const data = ws.data
    const { prev, next } = data
    if (prev === undefined && this.#head !== ws) return // not in the list
    if (prev === undefined) this.#head = next
    else prev.data.next = next
    if (next === undefined) this.#tail = prev
    else next.data.prev = prev
    data.prev = undefined
    data.next = undefined
  }

  /** A copy, in opening order (terminating a socket runs its close handler, which unlinks it). */
  toArray(): BunWebSocket[] {
    const out: BunWebSocket[] = []
    for (let ws = this.#head; ws !== undefined; ws = ws.data.next) out.push(ws)
    return out
  }
}

/** Starts the public and admin listeners on Bun. */
export async function serveBun(options: RuntimeServeOptions): Promise<RuntimeServers> {
  const bun = bunGlobal()
  const { logger } = options
  const sockets = new OpenSockets()
  // Above anything the outbound queue admits (its cap plus one batch and a forced frame).
  const queueCap = options.maxQueuedBytes ?? 16 * 1024 * 1024
  const backpressureLimit = Math.max(16 * 1024 * 1024, 2 * queueCap + 2 * options.maxFrameBytes)

  /** Any other request, and upgrades the fast path leaves alone: through the public app (its route upgrades via the binding). */
  const viaPublicApp = async (request: Request, server: BunServer): Promise<Response | undefined> => {
    let upgraded: boolean | undefined
    const response = await options.publicApp.fetch(request, {
      upgrade(acceptance) {
        upgraded = upgrade(server, request, acceptance)
        return undefined
      },
    })
    if (upgraded === true) return undefined
    if (upgraded === false) return upgradeFailedResponse()
    return response
  }
  // Upgrades to the WebSocket endpoint skip Hono (as on Node) when Hono would match its path literally.
  const endpoint =
    options.webSocket !== undefined && isLiteralPath(options.webSocket.path) ? options.webSocket : undefined

  const publicServer = bun.serve({
    hostname: options.host,
    port: options.port,
    fetch(request, server) {
      if (endpoint !== undefined && request.method === 'GET' && isEndpointUrl(request.url, endpoint.path)) {
        return answerEndpoint(endpoint, request, server, logger)
      }
      return viaPublicApp(request, server)
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
        const socket = ws.data as BunRelaySocket
        const acceptance = socket.acceptance as UpgradeAcceptance
        socket.acceptance = undefined
        socket.attach(ws)
        socket.handler = options.open(acceptance, socket)
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
      for (const ws of sockets.toArray()) ws.terminate()
    },
    async close() {
      for (const ws of sockets.toArray()) ws.terminate()
      isAccepting = false
      await Promise.all([publicServer.stop(true), adminServer.stop(true)])
    },
  }
}

/** Flush scheduler: every flush requested in a turn runs together, after the turn. */
export const scheduleBun = createTurnScheduler()

/** The Bun runtime adapter. */
export const bunRuntime: RelayRuntime = { name: 'bun', serve: serveBun, schedule: scheduleBun }
