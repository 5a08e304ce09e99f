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
import type { Hono } from 'hono'
import { type WebSocket, WebSocketServer } from 'ws'
import type { GatewayBindings } from '../gateway/gateway.js'
import type { UpgradeAcceptance } from '../gateway/handshake.js'
import type { Logger } from '../log/logger.js'
import type { RelaySocket, SendResult, SocketHandler } from './socket.js'

/** Bytes buffered in a socket above which `send` reports 'buffered'. */
const HIGH_WATER_BYTES = 1024 * 1024

/** Wraps a `ws` WebSocket as a RelaySocket. */
export function wrapWs(ws: WebSocket): RelaySocket {
  const raw = (ws as unknown as { _socket?: Socket })._socket
  const result = (): SendResult =>
    ws.readyState !== ws.OPEN ? 'dropped' : ws.bufferedAmount > HIGH_WATER_BYTES ? 'buffered' : 'sent'
  const sendOne = (data: Uint8Array | string) => {
    if (ws.readyState === ws.OPEN) ws.send(data, { binary: typeof data !== 'string' })
  }
  return {
    send(data) {
      sendOne(data)
      return result()
    },
    sendBatch(frames) {
      // One write burst: cork the TCP socket so the frames leave in as few packets as possible.
      raw?.cork()
      try {
        for (const f of frames) sendOne(f)
      } finally {
        raw?.uncork()
      }
      return result()
    },
    close(code, reason) {
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason)
    },
    terminate: () => ws.terminate(),
    ping() {
      if (ws.readyState === ws.OPEN) ws.ping()
    },
    get bufferedAmount() {
      return ws.bufferedAmount
    },
    pauseReading: () => ws.pause(),
    resumeReading: () => ws.resume(),
  }
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
export interface NodeServeOptions {
  readonly publicApp: Hono<{ Bindings: GatewayBindings }>
  readonly adminApp: Hono
  readonly open: (acceptance: UpgradeAcceptance, socket: RelaySocket) => SocketHandler
  readonly host: string
  readonly port: number
  readonly adminHost: string
  readonly adminPort: number
  readonly maxFrameBytes: number
  readonly logger: Logger
}

/** The running Node listeners. */
export interface NodeServers {
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
  const lines = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? 'Error'}`]
  response.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'connection') lines.push(`${name}: ${value}`)
  })
  void response.text().then(
    (body) => {
      lines.push('Connection: close', `Content-Length: ${Buffer.byteLength(body)}`, '', body)
      socket.end(lines.join('\r\n'))
    },
    () => socket.destroy(),
  )
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
    handleProtocols: (_offered, request) => chosen.get(request)?.subprotocol ?? false,
  })

  const publicServer = createAdaptorServer({ fetch: options.publicApp.fetch }) as Server
  publicServer.headersTimeout = 10_000
  publicServer.requestTimeout = 30_000
  publicServer.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    let acceptance: UpgradeAcceptance | undefined
    let request: Request
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue
        headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      request = new Request(new URL(req.url ?? '/', 'http://relay.invalid'), { headers, method: req.method ?? 'GET' })
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
        if (acceptance === undefined) {
          writeHttpResponse(socket, response)
          return
        }
        const accepted = acceptance
        chosen.set(req, accepted)
        wss.handleUpgrade(req, socket, head, (ws) => {
          sockets.add(ws)
          const relaySocket = wrapWs(ws)
          const handler = options.open(accepted, relaySocket)
          let closeCode: number | undefined
          ws.on('message', (data: Buffer, isBinary: boolean) => {
            handler.onMessage(isBinary ? data : data.toString('utf8'), data.byteLength)
          })
          ws.on('pong', () => handler.onActivity())
          ws.on('ping', () => handler.onActivity())
          ws.on('error', (err) => {
            closeCode ??= closeCodeOfError(err)
            logger.debug({ err: { message: err.message, code: (err as { code?: string }).code } }, 'websocket error')
          })
          ws.on('close', (code: number) => {
            sockets.delete(ws)
            handler.onClose(closeCode ?? code)
          })
        })
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

/** Node's flush scheduler: after the I/O callbacks of this event-loop turn. */
export const scheduleNode = (fn: () => void): void => {
  setImmediate(fn)
}
