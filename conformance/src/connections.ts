/**
 * The runner's client connections. Two implementations behind one interface:
 * `ws` for well-formed traffic, and a raw TCP socket with the framer of
 * ws-framer.ts for WebSocket-layer violations and hand-made upgrades. Both record
 * every frame received (decoded as a ServerFrame), the close, and a trace.
 */
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import { FrameDecodeError, jsonCodec, protoCodec, type ServerFrame, type WireData } from '@zerorelay/protocol'
import WebSocket from 'ws'
import { normalizeServerFrame, showFrame } from './patterns.js'
import {
  acceptKey,
  closePayload,
  encodeWsFrame,
  newKey,
  Opcode,
  parseClosePayload,
  parseHttpResponse,
  upgradeRequest,
  WsFrameParser,
  type WsFrameSpec,
} from './ws-framer.js'

/** One WebSocket message received from the server. */
export interface Received {
  /** Runner clock (performance.now()) at arrival. */
  readonly at: number
  /** The decoded frame; undefined when it did not decode. */
  readonly frame?: ServerFrame
  /** The frame for the matcher (normalizeServerFrame). */
  readonly json?: Record<string, unknown>
  /** Why it did not decode. */
  readonly error?: string
  /** Whether an expectation consumed it. */
  consumed: boolean
}

/** How the connection ended. */
export interface CloseInfo {
  readonly at: number
  /** The code of the server's close frame; 1006 when the TCP connection ended without one. */
  readonly code: number
  readonly reason: string
}

/** One line of a scenario's trace. */
export interface TraceEvent {
  readonly at: number
  readonly actor: string
  /** '>' runner to server, '<' server to runner, '*' local event. */
  readonly dir: '>' | '<' | '*'
  readonly what: string
}

/** A sink for trace events. */
export type Tracer = (actor: string, dir: TraceEvent['dir'], what: string) => void

/** Options for opening a connection. */
export interface OpenOptions {
  readonly url: string
  readonly protocols: readonly string[]
  readonly headers?: Readonly<Record<string, string>>
  readonly actor: string
  readonly trace: Tracer
  /** Raw transport only: never answer pings. */
  readonly ignorePings?: boolean
  readonly timeoutMs: number
}

/** The result of an upgrade attempt. */
export type OpenResult = { ok: true; conn: Connection } | { ok: false; status: number; error: string }

/** A client connection of one actor. */
export interface Connection {
  /** The subprotocol the server selected ('' when none). */
  readonly subprotocol: string
  /** Every message received, in order. */
  readonly received: Received[]
  /** Set once the connection has ended. */
  readonly closed: CloseInfo | undefined
  /** Sends one data message: binary for bytes, text for strings. */
  sendMessage(data: WireData, opts?: { text?: boolean }): void
  /** Sends one raw frame (raw transport only). */
  sendFrame(frame: WsFrameSpec): void
  /** Sends a close frame. */
  sendClose(code: number | undefined, reason: string): void
  pauseReading(): void
  resumeReading(): void
  /** Destroys the TCP connection without a close frame. */
  dropTcp(): void
  /** Resolves at the next received message or close, or at `deadline` (performance.now()). */
  waitChange(deadline: number): Promise<void>
  /** Releases the connection (no further events are recorded). */
  terminate(): void
}

function describe(data: Uint8Array | string): string {
  return typeof data === 'string' ? `text ${Buffer.byteLength(data)}B` : `binary ${data.byteLength}B`
}

abstract class BaseConnection {
  readonly received: Received[] = []
  closed: CloseInfo | undefined
  subprotocol = ''
  private waiters: Array<() => void> = []
  constructor(
    protected readonly actor: string,
    protected readonly trace: Tracer,
  ) {}

  protected notify(): void {
    const w = this.waiters
    this.waiters = []
    for (const f of w) f()
  }

  protected onMessage(data: Uint8Array | string): void {
    const at = performance.now()
    try {
      const frame = typeof data === 'string' ? jsonCodec.decodeServer(data) : protoCodec.decodeServer(data)
      this.received.push({ at, frame, json: normalizeServerFrame(frame), consumed: false })
      this.trace(this.actor, '<', `${describe(data)} ${showFrame(frame)}`)
    } catch (err) {
      const msg = err instanceof FrameDecodeError ? err.message : String(err)
      this.received.push({ at, error: msg, consumed: false })
      this.trace(this.actor, '<', `${describe(data)} UNDECODABLE: ${msg}`)
    }
    this.notify()
  }

  protected onClosed(code: number, reason: string): void {
    if (this.closed) return
    this.closed = { at: performance.now(), code, reason }
    this.trace(this.actor, '<', `close ${code}${reason ? ` ${JSON.stringify(reason)}` : ''}`)
    this.notify()
  }

  waitChange(deadline: number): Promise<void> {
    const ms = deadline - performance.now()
    if (ms <= 0) return Promise.resolve()
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        resolve()
      }
      this.waiters.push(done)
    })
  }
}

class WsConnection extends BaseConnection implements Connection {
  constructor(
    private readonly ws: WebSocket,
    actor: string,
    trace: Tracer,
  ) {
    super(actor, trace)
    this.subprotocol = ws.protocol
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      this.onMessage(isBinary ? new Uint8Array(data) : data.toString('utf8'))
    })
    ws.on('close', (code: number, reason: Buffer) => this.onClosed(code, reason.toString('utf8')))
    ws.on('error', (err) => this.trace(this.actor, '*', `error ${err.message}`))
  }

  sendMessage(data: WireData, opts?: { text?: boolean }): void {
    if (this.ws.readyState !== WebSocket.OPEN) {
      this.trace(this.actor, '*', `send skipped: socket not open (${describe(data)})`)
      return
    }
    const binary = typeof data !== 'string' && !opts?.text
    this.trace(this.actor, '>', `${binary ? 'binary' : 'text'} ${Buffer.byteLength(data)}B${summary(data)}`)
    this.ws.send(data, { binary })
  }

  sendFrame(): void {
    throw new Error('raw frames need transport TRANSPORT_RAW')
  }

  sendClose(code: number | undefined, reason: string): void {
    this.trace(this.actor, '>', `close ${code ?? '(empty)'} ${reason}`)
    this.ws.close(code, reason)
  }

  pauseReading(): void {
    this.trace(this.actor, '*', 'pause reading')
    this.ws.pause()
  }

  resumeReading(): void {
    this.trace(this.actor, '*', 'resume reading')
    this.ws.resume()
  }

  dropTcp(): void {
    this.trace(this.actor, '*', 'drop TCP')
    this.ws.terminate()
  }

  terminate(): void {
    this.ws.removeAllListeners('message')
    this.ws.removeAllListeners('close')
    this.ws.on('error', () => {})
    if (this.ws.readyState === WebSocket.OPEN) this.ws.close(1000)
    setTimeout(() => this.ws.terminate(), 200).unref()
  }
}

function clip(s: string, n = 200): string {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s
}

function summary(data: WireData): string {
  if (typeof data === 'string') return ` ${clip(data)}`
  try {
    return ` ${clip(JSON.stringify(protoCodec.decodeClient(data).toJSON()))}`
  } catch {
    return ` 0x${Buffer.from(data.subarray(0, 32)).toString('hex')}${data.byteLength > 32 ? '...' : ''}`
  }
}

function openWs(opts: OpenOptions): Promise<OpenResult> {
  return new Promise((resolve) => {
    const ws = new WebSocket(opts.url, [...opts.protocols], {
      headers: opts.headers,
      perMessageDeflate: false,
      handshakeTimeout: opts.timeoutMs,
      maxPayload: 256 * 1024 * 1024,
    })
    let settled = false
    const settle = (r: OpenResult) => {
      if (!settled) {
        settled = true
        resolve(r)
      }
    }
    ws.once('unexpected-response', (_req, res) => {
      opts.trace(opts.actor, '<', `HTTP ${res.statusCode}`)
      res.resume()
      ws.terminate()
      settle({ ok: false, status: res.statusCode ?? 0, error: `upgrade refused: HTTP ${res.statusCode}` })
    })
    ws.once('open', () => {
      opts.trace(opts.actor, '*', `open (subprotocol ${JSON.stringify(ws.protocol)})`)
      settle({ ok: true, conn: new WsConnection(ws, opts.actor, opts.trace) })
    })
    ws.once('error', (err) => settle({ ok: false, status: 0, error: `upgrade failed: ${err.message}` }))
  })
}

class RawConnection extends BaseConnection implements Connection {
  private readonly parser = new WsFrameParser()
  private fragments: Buffer[] = []
  private fragmentOpcode = 0
  private closeSent = false

  constructor(
    private readonly socket: net.Socket,
    actor: string,
    trace: Tracer,
    private readonly ignorePings: boolean,
    rest: Buffer,
  ) {
    super(actor, trace)
    socket.on('data', (chunk: Buffer) => this.onData(chunk))
    socket.on('close', () => this.onClosed(1006, ''))
    socket.on('error', (err) => this.trace(this.actor, '*', `error ${err.message}`))
    if (rest.length > 0) queueMicrotask(() => this.onData(rest))
  }

  private onData(chunk: Buffer): void {
    let frames: WsFrameSpec[]
    try {
      frames = this.parser.push(chunk)
    } catch (err) {
      this.trace(this.actor, '*', `unparseable server bytes: ${(err as Error).message}`)
      this.socket.destroy()
      return
    }
    for (const f of frames) this.onFrame(f)
  }

  private onFrame(f: WsFrameSpec): void {
    switch (f.opcode) {
      case Opcode.PING:
        this.trace(this.actor, '<', `ping ${f.payload.byteLength}B`)
        if (!this.ignorePings && !this.closeSent)
          this.write({ fin: true, rsv: 0, opcode: Opcode.PONG, masked: true, payload: f.payload })
        return
      case Opcode.PONG:
        this.trace(this.actor, '<', `pong ${f.payload.byteLength}B`)
        return
      case Opcode.CLOSE: {
        const { code, reason } = parseClosePayload(f.payload)
        if (!this.closeSent) {
          this.closeSent = true
          this.write({ fin: true, rsv: 0, opcode: Opcode.CLOSE, masked: true, payload: f.payload.subarray(0, 2) })
        }
        this.onClosed(code, reason)
        this.socket.end()
        return
      }
      case Opcode.TEXT:
      case Opcode.BINARY:
      case Opcode.CONTINUATION: {
        if (f.opcode !== Opcode.CONTINUATION) {
          this.fragments = []
          this.fragmentOpcode = f.opcode
        }
        this.fragments.push(Buffer.from(f.payload))
        if (!f.fin) return
        const whole = Buffer.concat(this.fragments)
        this.fragments = []
        this.onMessage(this.fragmentOpcode === Opcode.TEXT ? whole.toString('utf8') : new Uint8Array(whole))
        return
      }
      default:
        this.trace(this.actor, '<', `frame with opcode ${f.opcode}`)
    }
  }

  private write(f: WsFrameSpec): void {
    if (this.socket.destroyed) return
    this.socket.write(encodeWsFrame(f))
  }

  sendMessage(data: WireData, opts?: { text?: boolean }): void {
    const text = typeof data === 'string' || opts?.text === true
    this.trace(this.actor, '>', `${text ? 'text' : 'binary'} ${Buffer.byteLength(data)}B${summary(data)}`)
    const payload = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    this.write({ fin: true, rsv: 0, opcode: text ? Opcode.TEXT : Opcode.BINARY, masked: true, payload })
  }

  sendFrame(frame: WsFrameSpec): void {
    this.trace(
      this.actor,
      '>',
      `frame fin=${frame.fin} rsv=${frame.rsv} opcode=${frame.opcode} ${frame.masked ? 'masked' : 'UNMASKED'} ${frame.payload.byteLength}B`,
    )
    this.write(frame)
  }

  sendClose(code: number | undefined, reason: string): void {
    this.trace(this.actor, '>', `close ${code ?? '(empty)'} ${reason}`)
    this.closeSent = true
    this.write({
      fin: true,
      rsv: 0,
      opcode: Opcode.CLOSE,
      masked: true,
      payload: code === undefined ? new Uint8Array(0) : closePayload(code, reason),
    })
  }

  pauseReading(): void {
    this.trace(this.actor, '*', 'pause reading')
    this.socket.pause()
  }

  resumeReading(): void {
    this.trace(this.actor, '*', 'resume reading')
    this.socket.resume()
  }

  dropTcp(): void {
    this.trace(this.actor, '*', 'drop TCP')
    this.socket.destroy()
  }

  terminate(): void {
    this.socket.removeAllListeners('data')
    this.socket.removeAllListeners('close')
    this.socket.on('error', () => {})
    this.socket.destroy()
  }
}

function openRaw(opts: OpenOptions): Promise<OpenResult> {
  const url = new URL(opts.url)
  if (url.protocol !== 'ws:') return Promise.resolve({ ok: false, status: 0, error: 'raw transport needs a ws:// URL' })
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 80) })
    const key = newKey()
    let buf = Buffer.alloc(0)
    let settled = false
    const timer = setTimeout(() => fail(0, 'upgrade timed out'), opts.timeoutMs)
    function settle(r: OpenResult) {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.removeListener('data', onData)
      socket.removeListener('error', onError)
      socket.removeListener('close', onClose)
      resolve(r)
    }
    function fail(status: number, error: string) {
      socket.destroy()
      settle({ ok: false, status, error })
    }
    function onData(chunk: Buffer) {
      buf = Buffer.concat([buf, chunk])
      let head: ReturnType<typeof parseHttpResponse>
      try {
        head = parseHttpResponse(buf)
      } catch (err) {
        return fail(0, (err as Error).message)
      }
      if (!head) return
      opts.trace(opts.actor, '<', `HTTP ${head.status}`)
      if (head.status !== 101) return fail(head.status, `upgrade refused: HTTP ${head.status}`)
      if (head.headers['sec-websocket-accept'] !== acceptKey(key)) return fail(0, 'bad Sec-WebSocket-Accept')
      const conn = new RawConnection(socket, opts.actor, opts.trace, opts.ignorePings === true, head.rest)
      conn.subprotocol = head.headers['sec-websocket-protocol'] ?? ''
      opts.trace(opts.actor, '*', `open (subprotocol ${JSON.stringify(conn.subprotocol)})`)
      settle({ ok: true, conn })
    }
    function onError(err: Error) {
      fail(0, `connect failed: ${err.message}`)
    }
    function onClose() {
      fail(0, 'connection closed during the upgrade')
    }
    socket.on('data', onData)
    socket.on('error', onError)
    socket.on('close', onClose)
    socket.once('connect', () => {
      socket.write(
        upgradeRequest({
          host: url.host,
          path: `${url.pathname}${url.search}`,
          key,
          protocols: opts.protocols,
          headers: opts.headers,
        }),
      )
    })
  })
}

/** Opens a connection with the chosen transport. */
export function openConnection(transport: 'ws' | 'raw', opts: OpenOptions): Promise<OpenResult> {
  return transport === 'raw' ? openRaw(opts) : openWs(opts)
}

/** Random bytes (for scenario namespaces). */
export function randomToken(bytes = 4): string {
  return randomBytes(bytes).toString('hex')
}
