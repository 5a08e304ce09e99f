/**
 * The Node.js runtime adapter: HTTP listeners (@hono/node-server), the WebSocket upgrade
 * (`ws`, with `maxPayload` = maxFrameBytes, the negotiated subprotocol, no compression) and
 * the RelaySocket implementation over a `ws` WebSocket. One of the few files allowed to
 * import `node:*` and `ws`.
 *
 * The upgrade is driven by the gateway's Hono route, like Bun's `server.upgrade()` and Deno's
 * `Deno.upgradeWebSocket()`: the route runs every handshake check and answers refusals itself
 * (with `Retry-After` where it applies); on acceptance it calls the `upgrade` binding, and
 * this adapter completes the handshake with `ws`. (@hono/node-ws is not used: it can set
 * neither `maxPayload` nor the subprotocol choice, and drops response headers on refusals.)
 */
import { type IncomingMessage, type Server, STATUS_CODES } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import * as wsModule from 'ws'
import { WebSocket, WebSocketServer } from 'ws'
import type { GatewayBindings, UpgradeOutcome } from '../gateway/gateway.js'
import {
  isRefusal,
  MAX_UPGRADE_HEADERS,
  type UpgradeAcceptance,
  type UpgradeRefusal,
  type UpgradeRequest,
} from '../gateway/handshake.js'
import type { Logger } from '../log/logger.js'
import { callEach, runTask } from '../util/call-each.js'
import type {
  RelayRuntime,
  RelaySocket,
  RuntimeServeOptions,
  RuntimeServers,
  SendResult,
  SocketHandler,
} from './socket.js'

/** Bytes buffered in a socket above which `send` reports 'buffered'. */
const HIGH_WATER_BYTES = 1024 * 1024

/** Options of `ws`'s `Sender.frame` (not in @types/ws). */
interface FrameOptions {
  readonly fin: boolean
  readonly opcode: number
  readonly mask: boolean
  readonly readOnly: boolean
  readonly rsv1: boolean
}
/** `ws`'s frame builder: returns the header and the payload (unmasked frames). */
const frameParts = (wsModule as unknown as { Sender: { frame(data: Uint8Array, options: FrameOptions): Uint8Array[] } })
  .Sender.frame
const BINARY_FRAME: FrameOptions = { fin: true, opcode: 2, mask: false, readOnly: true, rsv1: false }
const TEXT_FRAME: FrameOptions = { fin: true, opcode: 1, mask: false, readOnly: true, rsv1: false }

/**
 * One complete unmasked WebSocket frame (header + payload in one Buffer) for a message:
 * binary for a Uint8Array, text for a string. Server frames are never masked, and
 * permessage-deflate is off (serveNode), so the bytes are the same for every recipient.
 */
export function frameMessage(data: Uint8Array | string): Buffer {
  const isText = typeof data === 'string'
  const payload = isText ? Buffer.from(data, 'utf8') : data
  const parts = frameParts(payload, isText ? TEXT_FRAME : BINARY_FRAME)
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)
}

/**
 * Frames built during the current run of the shared flush scheduler, by message identity: a
 * publication fanned out to N connections is framed once, then the same Buffer is written to
 * each socket. A new Map after every run that used it, so it holds at most one turn's distinct
 * messages. Not `clear()`: V8 replaces a cleared Map's table and leaves in the old one a pointer
 * to the new. Once a table has been promoted to the old generation, that pointer makes every
 * later table, and every frame in them, survive each young-generation collection until the next
 * full one (in benchmark B, about 250 KB promoted per scavenge, and pauses to match).
 */
let framedThisTurn = new Map<Uint8Array | string, Buffer>()
let isFlushingTurn = false

function framedFor(data: Uint8Array | string): Buffer {
  if (!isFlushingTurn) return frameMessage(data)
  let framed = framedThisTurn.get(data)
  if (framed === undefined) {
    framed = frameMessage(data)
    framedThisTurn.set(data, framed)
  }
  return framed
}

/** Scratch list of one batch's frames (sendBatch is not re-entrant: socket writes call back asynchronously). */
const batchParts: Buffer[] = []
/** Batches up to this many bytes are copied into one Buffer; larger ones are written frame by frame, corked. */
const MAX_COALESCED_BYTES = 64 * 1024
/**
 * The last batch coalesced in this turn and its bytes. Subscribers of the same topics get the
 * same frames in the same order, so the next connection's batch is usually identical: it is
 * then written from the same Buffer, with no framing, lookup or copy.
 */
const lastBatch: (Uint8Array | string)[] = []
let lastBatchBytes: Buffer | undefined

/** Whether `a[0..count)` is the batch `b`. */
function isSameBatch(a: readonly (Uint8Array | string)[], count: number, b: readonly (Uint8Array | string)[]): boolean {
  if (count !== b.length) return false
  for (let i = 0; i < count; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Writes a batch of messages to a TCP socket with one `write`: the frames are copied into one
 * Buffer (a memcpy per frame is far cheaper than a stream write per frame). The Buffer is
 * never reused for other bytes, so a write left in flight keeps only its own bytes alive
 * (small ones come from Node's shared pool, as every `Buffer.allocUnsafe` does). Batches too
 * big to copy are written frame by frame, corked (one writev).
 */
function writeBatch(raw: Socket, frames: readonly (Uint8Array | string)[], count: number): void {
  if (lastBatchBytes !== undefined && isSameBatch(frames, count, lastBatch)) {
    raw.write(lastBatchBytes as Buffer)
    return
  }
  let total = 0
  for (let i = 0; i < count; i++) {
    const framed = framedFor(frames[i] as Uint8Array | string)
    batchParts.push(framed)
    total += framed.length
  }
  try {
    if (total > MAX_COALESCED_BYTES) {
      raw.cork()
      try {
        for (let i = 0; i < batchParts.length; i++) raw.write(batchParts[i] as Buffer)
      } finally {
        raw.uncork()
      }
      return
    }
    const out = Buffer.allocUnsafe(total)
    let offset = 0
    for (let i = 0; i < batchParts.length; i++) {
      const part = batchParts[i] as Buffer
      out.set(part, offset)
      offset += part.length
    }
    raw.write(out)
    if (isFlushingTurn) {
      // A copy of the list: the caller owns `frames` and reuses the array.
      lastBatch.length = count
      for (let i = 0; i < count; i++) lastBatch[i] = frames[i] as Uint8Array | string
      lastBatchBytes = out
    }
  } finally {
    batchParts.length = 0
  }
}

/**
 * A `ws` WebSocket as a RelaySocket. Messages are written as pre-built frames straight to the
 * TCP socket (`ws._socket`, private: `ws` 8 has no batching API), a whole batch in one write,
 * so a batch costs one syscall. This bypasses `ws`'s Sender, which is safe because with
 * permessage-deflate off the Sender never queues: it writes synchronously in call order, so
 * its control frames (ping, close) and these data frames stay ordered. Reading, control frames
 * and the closing handshake stay with `ws`.
 *
 * A class (methods on the prototype) rather than an object of closures: one object per
 * connection instead of a dozen functions and their context, which idle connections pay for.
 */
class WsRelaySocket implements RelaySocket {
  readonly #ws: WebSocket
  readonly #raw: Socket | undefined
  /** Set by `attach`: where the socket's events go. */
  handler: SocketHandler | undefined
  /** Set by `attach`: the server's open sockets, which this one leaves on close. */
  sockets: Set<WebSocket> | undefined
  logger: Logger | undefined
  /** The close code a `ws` error implied (the code `ws` itself sent). */
  closeCode: number | undefined

  constructor(ws: WebSocket) {
    this.#ws = ws
    this.#raw = (ws as unknown as { _socket?: Socket })._socket
  }

  send(data: Uint8Array | string): SendResult {
    const ws = this.#ws
    if (ws.readyState !== OPEN) return 'dropped'
    const raw = this.#raw
    if (raw === undefined) ws.send(data, { binary: typeof data !== 'string' })
    else raw.write(framedFor(data))
    return this.#result()
  }

  sendBatch(frames: readonly (Uint8Array | string)[], count: number): SendResult {
    const ws = this.#ws
    if (ws.readyState !== OPEN) return 'dropped'
    const raw = this.#raw
    if (raw === undefined) {
      for (let i = 0; i < count; i++) {
        const data = frames[i] as Uint8Array | string
        ws.send(data, { binary: typeof data !== 'string' })
      }
    } else if (count === 1) {
      raw.write(framedFor(frames[0] as Uint8Array | string))
    } else {
      writeBatch(raw, frames, count)
    }
    return this.#result()
  }

  #result(): SendResult {
    return this.#ws.readyState !== OPEN ? 'dropped' : this.bufferedAmount > HIGH_WATER_BYTES ? 'buffered' : 'sent'
  }

  close(code: number, reason: string): void {
    const ws = this.#ws
    if (ws.readyState === OPEN || ws.readyState === CONNECTING) ws.close(code, reason)
  }

  terminate(): void {
    this.#ws.terminate()
  }

  ping(): void {
    if (this.#ws.readyState === OPEN) this.#ws.ping()
  }

  /**
   * Bytes written but not yet handed to the kernel. With the TCP socket at hand this is its
   * `writableLength`: the same number as `ws.bufferedAmount` (which adds the Sender's queue, and
   * the Sender never queues with permessage-deflate off), read without touching `ws` or its
   * Sender (one memory load less per delivery batch on the fanout path).
   */
  get bufferedAmount(): number {
    const raw = this.#raw
    return raw === undefined ? this.#ws.bufferedAmount : raw.writableLength
  }

  pauseReading(): void {
    this.#ws.pause()
  }

  resumeReading(): void {
    this.#ws.resume()
  }
}

/** `WebSocket.CONNECTING` / `WebSocket.OPEN` (the same on every instance). */
const CONNECTING = 0
const OPEN = 1
/** The negotiated extensions of every RelayWebSocket: none. */
const NO_EXTENSIONS: Readonly<Record<string, unknown>> = Object.freeze({})
/** Most pongs a socket may hold unwritten before the pinging client is cut off (`ws`'s `maxPendingAutoPongs` default). */
const MAX_PENDING_PONGS = 60

/** Wraps a `ws` WebSocket as a RelaySocket (see WsRelaySocket). */
export function wrapWs(ws: WebSocket): RelaySocket {
  return new WsRelaySocket(ws)
}

/** Close code a `ws` error implies (the code `ws` itself sent). */
function closeCodeOfError(err: Error & { code?: string }): number {
  switch (err.code) {
    case 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH':
      return 1009
    case 'WS_ERR_INVALID_UTF8':
    case 'WS_ERR_INVALID_CLOSE_CODE':
      return 1007
    default:
      return 1002
  }
}

/** What `serveNode` needs. */
export type NodeServeOptions = RuntimeServeOptions

/** The running Node listeners. */
export type NodeServers = RuntimeServers

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve()
    server.close(() => resolve())
    server.closeIdleConnections()
  })
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

function writeHttpResponse(socket: Socket, response: Response): void {
  const headers: [string, string][] = []
  response.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'connection') headers.push([name, value])
  })
  void response.text().then(
    (body) => endWithResponse(socket, response.status, headers, body),
    () => socket.destroy(),
  )
}

/**
 * Ends a not-upgraded socket with an HTTP/1.1 response: status line, `headers` (in the order
 * given, without Content-Length and Connection), `Connection: close`, the body's length, the body.
 */
function endWithResponse(socket: Socket, status: number, headers: readonly [string, string][], body: string): void {
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`]
  for (const [name, value] of headers) lines.push(`${name}: ${value}`)
  lines.push('Connection: close', `Content-Length: ${Buffer.byteLength(body)}`, '', body)
  socket.end(lines.join('\r\n'))
}

const TEXT_PLAIN: [string, string] = ['content-type', 'text/plain; charset=UTF-8']

/** The base of upgrade request URLs (Node sees only the request target). */
const UPGRADE_BASE_URL = 'http://relay.invalid'

/**
 * Whether an upgrade request goes to the WebSocket endpoint's own path, in a form the Fetch
 * path would route there too: GET, a request target of exactly `path` plus an optional query,
 * no fragment. Anything else (other paths, percent-encoded or dot segments, absolute-form
 * targets, HEAD, ...) takes the Fetch path, which routes it as before.
 */
function isEndpointRequest(req: IncomingMessage, path: string): boolean {
  const url = req.url
  if (req.method !== 'GET' || url === undefined || !url.startsWith(path)) return false
  if (url.length !== path.length && url.charCodeAt(path.length) !== QUESTION_MARK) return false
  return url.indexOf('#', path.length) < 0
}
const QUESTION_MARK = 0x3f

/**
 * An upgrade request as the gateway's checks read it, straight from Node's parsed headers:
 * the same values the Fetch path's `Headers` held (`req.headers` merges repeated headers the
 * same way), with no `Request`, `Headers` or `URL` built.
 */
class NodeUpgradeRequest implements UpgradeRequest {
  readonly #req: IncomingMessage
  readonly url: string

  constructor(req: IncomingMessage) {
    this.#req = req
    this.url = UPGRADE_BASE_URL + (req.url as string)
  }

  header(name: string): string | undefined {
    const value = this.#req.headers[name.toLowerCase()]
    return Array.isArray(value) ? value.join(', ') : value
  }

  /**
   * Distinct header names, as the Fetch path's `Headers` counted them, saturating just above the
   * cap; only the cap matters, so while the raw header lines are within it (there are never more
   * names than lines) their number is returned and the names are not counted.
   */
  get headerCount(): number {
    const lines = this.#req.rawHeaders.length / 2
    if (lines <= MAX_UPGRADE_HEADERS) return lines
    let n = 0
    for (const _name in this.#req.headers) {
      if (++n > MAX_UPGRADE_HEADERS) break
    }
    return n
  }
}

/** The text/plain response of a refused upgrade, as the gateway's Hono route writes it, then the socket is closed. */
function writeRefusal(socket: Socket, refusal: UpgradeRefusal): void {
  const headers: [string, string][] = [TEXT_PLAIN]
  for (const name of Object.keys(refusal.headers)) {
    headers.push([name.toLowerCase(), refusal.headers[name] as string])
  }
  // Fetch `Headers` iterate in name order; keep the same bytes on the wire as the Fetch path.
  headers.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  endWithResponse(socket, refusal.status, headers, `${refusal.message}\n`)
}

/** An unexpected failure while checking an upgrade: answered 500, as the public app answers a throwing route. */
function failUpgrade(logger: Logger, socket: Socket, err: unknown): void {
  logger.error({ err }, 'upgrade failed')
  endWithResponse(socket, 500, [TEXT_PLAIN], 'Internal Server Error')
}

/**
 * The relay's `ws` WebSocket: its events go from `emit` (on the prototype) straight to the
 * connection's handler, so no listener (a closure, or an entry in a per-socket listener
 * table) is kept per connection, and nothing of the upgrade (the `IncomingMessage` with its
 * headers, the head buffer) stays reachable from the socket.
 */
class RelayWebSocket extends WebSocket {
  /**
   * No listener table: events go to `relaySocket` (see `emit`). `undefined` is EventEmitter's own
   * "no listener yet" state (`on` creates the table then), while the empty table its constructor
   * makes is a dictionary-mode object of about 200 bytes per connection.
   */
  _events: undefined = undefined
  /**
   * `ws`'s table of negotiated extensions, which its Receiver and Sender keep too: empty, as
   * serveNode turns permessage-deflate off, so one frozen object shared by every socket rather
   * than one each (`ws` would put a table of its own here if it ever accepted an extension).
   */
  _extensions: Readonly<Record<string, unknown>> = NO_EXTENSIONS
  /** Set by `attach`; until then events take the EventEmitter path (no listeners). */
  relaySocket: WsRelaySocket | undefined = undefined
  /** Pongs handed to the socket and not yet written (see `#answerPing`). */
  #pendingPongs = 0
  /** Counts a written pong; made at the client's first ping (most clients never ping), then kept. */
  #pongWritten: (() => void) | undefined = undefined

  /**
   * Answers a client's ping with a pong carrying the same data, as `ws`'s `autoPong` does (which
   * serveNode turns off: it costs a closure per connection, pinged or not), with the same limit:
   * a client whose pongs pile up unwritten (it pings but does not read) is cut off.
   */
  #answerPing(data: Buffer): void {
    if (this.readyState !== OPEN) return
    if (this.#pendingPongs >= MAX_PENDING_PONGS) {
      this.terminate()
      return
    }
    this.#pendingPongs++
    this.#pongWritten ??= () => {
      this.#pendingPongs--
    }
    this.pong(data, false, this.#pongWritten)
  }

  override emit(event: string | symbol, a?: unknown, b?: unknown): boolean {
    // Before `socket` is checked: pings are answered whether or not the socket is attached yet.
    if (event === 'ping') this.#answerPing(a as Buffer)
    const socket = this.relaySocket
    // `ws` emits events of at most two arguments on a server's sockets.
    if (socket === undefined) return super.emit(event, a, b)
    switch (event) {
      case 'message': {
        const data = a as Buffer
        socket.handler?.onMessage(b === true ? data : data.toString('utf8'), data.byteLength)
        return true
      }
      case 'ping':
        socket.handler?.onActivity()
        return true
      case 'pong':
        socket.handler?.onPong()
        return true
      case 'error': {
        const err = a as Error & { code?: string }
        socket.closeCode ??= closeCodeOfError(err)
        socket.logger?.debug({ err: { message: err.message, code: err.code } }, 'websocket error')
        return true
      }
      case 'close':
        socket.sockets?.delete(this)
        socket.handler?.onClose(socket.closeCode ?? (a as number))
        return true
      default:
        return super.emit(event, a, b)
    }
  }
}

/** Feeds one upgraded socket's events to its handler (see RelayWebSocket). */
function attach(
  ws: RelayWebSocket,
  socket: WsRelaySocket,
  handler: SocketHandler,
  sockets: Set<WebSocket>,
  logger: Logger,
): void {
  socket.handler = handler
  socket.sockets = sockets
  socket.logger = logger
  ws.relaySocket = socket
}

/** A socket 'error' listener (`this` is the socket). */
function destroyOnError(this: Socket): void {
  this.destroy()
}

/** Starts the public and admin listeners. */
export async function serveNode(options: NodeServeOptions): Promise<NodeServers> {
  const { logger } = options
  const chosen = new WeakMap<IncomingMessage, UpgradeAcceptance>()
  const sockets = new Set<WebSocket>()
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxFrameBytes,
    perMessageDeflate: false,
    clientTracking: false,
    // RelayWebSocket answers pings itself (the same pongs and limit, without a closure per socket).
    autoPong: false,
    handleProtocols: (_offered, request) => chosen.get(request)?.subprotocol ?? false,
    WebSocket: RelayWebSocket,
  })

  const publicServer = createAdaptorServer({ fetch: options.publicApp.fetch }) as Server
  publicServer.headersTimeout = 10_000
  publicServer.requestTimeout = 30_000
  /** Completes an accepted upgrade with `ws` and wires the socket to its session. */
  const upgrade = (req: IncomingMessage, socket: Socket, head: Buffer, accepted: UpgradeAcceptance): void => {
    chosen.set(req, accepted)
    wss.handleUpgrade(req, socket, head, (ws) => {
      // `ws` handles the socket's errors from here on; a second listener would cost an array per socket.
      socket.removeListener('error', destroyOnError)
      sockets.add(ws)
      const relaySocket = new WsRelaySocket(ws)
      attach(ws as RelayWebSocket, relaySocket, options.open(accepted, relaySocket), sockets, logger)
    })
  }
  /** Sends a refusal or completes the upgrade; a failure to upgrade drops the socket. */
  const complete = (req: IncomingMessage, socket: Socket, head: Buffer, outcome: UpgradeOutcome): void => {
    try {
      if (isRefusal(outcome)) writeRefusal(socket, outcome)
      else upgrade(req, socket, head, outcome)
    } catch (err) {
      logger.error({ err }, 'upgrade failed')
      socket.destroy()
    }
  }
  const endpoint = options.webSocket
  publicServer.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    // Not a closure over this scope: the listener stays on the socket for its whole life.
    socket.on('error', destroyOnError)
    if (endpoint !== undefined && isEndpointRequest(req, endpoint.path)) {
      // The WebSocket endpoint without Fetch or Hono: no Request, Headers or URL per upgrade.
      let outcome: UpgradeOutcome | Promise<UpgradeOutcome>
      try {
        outcome = endpoint.accept(new NodeUpgradeRequest(req))
      } catch (err) {
        failUpgrade(logger, socket, err)
        return
      }
      if (!(outcome instanceof Promise)) {
        complete(req, socket, head, outcome)
        return
      }
      outcome.then(
        (settled) => complete(req, socket, head, settled),
        (err: unknown) => failUpgrade(logger, socket, err),
      )
      return
    }
    // Anything else (other paths, other methods, unusual request targets) goes through the public app.
    let acceptance: UpgradeAcceptance | undefined
    let request: Request
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue
        headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      request = new Request(new URL(req.url ?? '/', UPGRADE_BASE_URL), { headers, method: req.method ?? 'GET' })
    } catch {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const bindings: GatewayBindings = {
      upgrade(a) {
        acceptance = a
        return undefined
      },
    }
    Promise.resolve(options.publicApp.fetch(request, bindings))
      .then((response) => {
        if (acceptance === undefined) writeHttpResponse(socket, response)
        else upgrade(req, socket, head, acceptance)
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'upgrade failed')
        socket.destroy()
      })
  })

  const adminServer = createAdaptorServer({ fetch: options.adminApp.fetch }) as Server
  const publicAddress = await listen(publicServer, options.host, options.port)
  let adminAddress: AddressInfo
  try {
    adminAddress = await listen(adminServer, options.adminHost, options.adminPort)
  } catch (err) {
    await closeServer(publicServer)
    throw err
  }

  return {
    publicOrigin: `ws://${formatHost(options.host)}:${publicAddress.port}`,
    adminOrigin: `http://${formatHost(options.adminHost)}:${adminAddress.port}`,
    stopAccepting: () => closeServer(publicServer),
    terminateAll() {
      for (const ws of sockets) ws.terminate()
    },
    async close() {
      for (const ws of sockets) ws.terminate()
      publicServer.closeAllConnections()
      adminServer.closeAllConnections()
      await Promise.all([closeServer(publicServer), closeServer(adminServer)])
      wss.close()
    },
  }
}

let pendingFlushes: (() => void)[] = []
let isTurnScheduled = false

/** Runs every flush requested since the last run, then forgets this turn's frames. */
function runFlushes(): void {
  isTurnScheduled = false
  const tasks = pendingFlushes
  pendingFlushes = []
  isFlushingTurn = true
  // One failing flush must not keep the other connections' frames queued.
  const failure = callEach(tasks, runTask)
  isFlushingTurn = false
  if (framedThisTurn.size !== 0) framedThisTurn = new Map()
  lastBatch.length = 0
  lastBatchBytes = undefined
  if (failure !== undefined) throw failure.err
}

/**
 * Node's flush scheduler, shared by every queue in the process: all flushes requested during
 * an event-loop turn run together in one `setImmediate` (after the turn's I/O callbacks), in
 * request order. Flushes requested while they run go to the next turn.
 */
export const scheduleNode = (fn: () => void): void => {
  pendingFlushes.push(fn)
  if (!isTurnScheduled) {
    isTurnScheduled = true
    setImmediate(runFlushes)
  }
}

/** The Node.js runtime adapter (the default of `createRelay`). */
export const nodeRuntime: RelayRuntime = { name: 'node', serve: serveNode, schedule: scheduleNode }
