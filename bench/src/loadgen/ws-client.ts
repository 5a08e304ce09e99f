/**
 * A deliberately cheap WebSocket client for the load generator: raw `net` sockets read into
 * one shared buffer (`onread`, no stream machinery), a fixed handshake, a zero mask key (so
 * client payloads are written unchanged) and in-place frame walking (no copy, no allocation
 * per read or per received message unless a frame spans two reads).
 * A client built on a WebSocket library would measure itself instead of the server
 * (see /work/shared/research/performance-anchors.md, pitfall 2).
 */
import { randomBytes } from 'node:crypto'
import net from 'node:net'

/** WebSocket opcodes the generator handles. */
export const OP_TEXT = 1
export const OP_BINARY = 2
const OP_CLOSE = 8
const OP_PING = 9
const OP_PONG = 10

/**
 * `performance.now()` at the start of the current socket read. Latency is measured per
 * read rather than per message: one clock call per read keeps the generator cheap when a
 * read carries hundreds of deliveries.
 */
export const readClock = { nowMs: 0 }

/**
 * Receives one complete WebSocket message. `buf[start..end)` is the payload; it is only
 * valid during the call (the buffer may be reused or released afterwards).
 */
export type MessageHandler = (buf: Buffer, start: number, end: number, opcode: number) => void

/** Where and how to open a WebSocket. */
export interface WsConnectOptions {
  host: string
  port: number
  /** Request path, with query string. */
  path: string
  /** Offered subprotocols (`Sec-WebSocket-Protocol`), in preference order. */
  protocols?: readonly string[]
  /** Extra request headers. */
  headers?: Readonly<Record<string, string>>
  /** Give up on the handshake after this long. Default: 10 000 ms. */
  timeoutMs?: number
}

/**
 * Builds one client-to-server frame (FIN set, masked with the zero key, so `payload` is
 * copied unchanged). Build once and `write()` the same Buffer many times when possible.
 */
export function encodeFrame(opcode: number, payload: Uint8Array): Buffer {
  const len = payload.length
  const hdr = len < 126 ? 6 : len < 65536 ? 8 : 14
  const out = Buffer.allocUnsafe(hdr + len)
  out[0] = 0x80 | opcode
  if (len < 126) {
    out[1] = 0x80 | len
  } else if (len < 65536) {
    out[1] = 0x80 | 126
    out.writeUInt16BE(len, 2)
  } else {
    out[1] = 0x80 | 127
    out.writeUInt32BE(Math.floor(len / 2 ** 32), 2)
    out.writeUInt32BE(len >>> 0, 6)
  }
  out.writeUInt32BE(0, hdr - 4) // zero mask key
  out.set(payload, hdr)
  return out
}

/**
 * Size of the read buffer shared by every connection of the process. Reads land in it through
 * `net`'s `onread` option, which skips the stream machinery (`push`, `'data'` events) and the
 * fresh buffer Node allocates per read; each read is handled synchronously, so one buffer
 * serves them all.
 */
export const READ_BUFFER_BYTES = 256 * 1024

let sharedReadBuffer: Buffer | undefined

function readBuffer(): Buffer {
  sharedReadBuffer ??= Buffer.allocUnsafe(READ_BUFFER_BYTES)
  return sharedReadBuffer
}

/** One open client WebSocket over a raw TCP socket. */
export class WsConn {
  /** Called for every complete data message (text or binary). */
  onMessage: MessageHandler = () => {}
  /** Called at the end of every socket read, after its messages (e.g. to keep bytes past the read). */
  onReadEnd: (() => void) | undefined = undefined
  /** Called once when the TCP connection is gone (the close code if a close frame came first). */
  onClose: (code: number) => void = () => {}
  /** Whether the connection is closed (or closing). */
  isClosed = false
  /** Close code received from the server, 0 if none. */
  closeCode = 0
  /** Bytes of an incomplete frame (an owned copy: the read buffer is reused). */
  private rest: Buffer | undefined
  private fragments: Buffer[] | undefined
  private fragmentOpcode = 0
  private isStarted = false

  /**
   * Wraps an upgraded socket. Its bytes must be fed to `receive()`: `connectWs()` arranges
   * that (with `onread`); the constructor does not listen for `'data'`.
   */
  constructor(
    readonly socket: net.Socket,
    /** The subprotocol the server selected ('' if none). */
    readonly protocol: string,
    leftover: Buffer,
  ) {
    socket.on('close', () => {
      if (!this.isClosed) this.isClosed = true
      this.onClose(this.closeCode)
    })
    socket.on('error', () => {
      // 'close' follows; a reset by a server that drops slow readers is an expected outcome.
    })
    if (leftover.length > 0) this.rest = Buffer.from(leftover)
  }

  /**
   * Starts handing messages to `onMessage`, beginning with bytes that arrived together with
   * (or after) the handshake response. Call once, right after setting `onMessage`.
   */
  start(): void {
    this.isStarted = true
    if (this.rest !== undefined) this.receive(Buffer.alloc(0), 0)
  }

  /** Writes bytes that are already framed (see `encodeFrame`). Returns `socket.write()`'s result. */
  writeRaw(frame: Uint8Array): boolean {
    if (this.isClosed) return false
    return this.socket.write(frame)
  }

  /** Frames and sends one message. */
  send(opcode: number, payload: Uint8Array): boolean {
    return this.writeRaw(encodeFrame(opcode, payload))
  }

  /** Starts a close handshake (or just ends the socket when it is already closing). */
  close(code = 1000): void {
    if (this.isClosed) return
    this.isClosed = true
    const body = Buffer.allocUnsafe(2)
    body.writeUInt16BE(code, 0)
    this.socket.end(encodeFrame(OP_CLOSE, body))
    // A server that does not answer the close frame must not keep us open.
    setTimeout(() => this.socket.destroy(), 1000).unref()
  }

  /** Drops the TCP connection at once. */
  destroy(): void {
    this.isClosed = true
    this.socket.destroy()
  }

  /**
   * Handles `chunk[0..n)`, one socket read. `chunk` is only valid during the call (it is the
   * shared read buffer): complete frames are handed on in place, an incomplete tail is copied.
   */
  receive(chunk: Buffer, n: number): void {
    readClock.nowMs = performance.now()
    let buf = chunk
    let size = n
    if (this.rest !== undefined) {
      buf = Buffer.concat([this.rest, chunk.subarray(0, n)])
      size = buf.length
      this.rest = undefined
    }
    if (!this.isStarted) {
      if (size > 0) this.rest = buf === chunk ? Buffer.from(chunk.subarray(0, n)) : buf
      return
    }
    let off = 0
    while (off + 2 <= size) {
      const b0 = buf[off] as number
      const b1 = buf[off + 1] as number
      let len = b1 & 0x7f
      let start = off + 2
      if (len >= 126) {
        if (len === 126) {
          if (off + 4 > size) break
          len = ((buf[off + 2] as number) << 8) | (buf[off + 3] as number)
          start = off + 4
        } else {
          if (off + 10 > size) break
          len = buf.readUInt32BE(off + 2) * 2 ** 32 + buf.readUInt32BE(off + 6)
          start = off + 10
        }
      }
      if (b1 & 0x80) start += 4 // servers must not mask, but tolerate it
      const end = start + len
      if (end > size) break
      if (b1 & 0x80) unmask(buf, start - 4, start, end)
      const opcode = b0 & 0x0f
      if (b0 & 0x80 && (opcode === OP_BINARY || opcode === OP_TEXT)) this.onMessage(buf, start, end, opcode)
      else this.frame(b0, buf, start, end)
      off = end
    }
    if (off < size) this.rest = buf === chunk ? Buffer.from(chunk.subarray(off, size)) : buf.subarray(off, size)
    if (this.onReadEnd !== undefined) this.onReadEnd()
  }

  /** Control frames, fragments and unknown opcodes (the rare cases). */
  private frame(b0: number, buf: Buffer, start: number, end: number): void {
    const opcode = b0 & 0x0f
    const fin = (b0 & 0x80) !== 0
    if (opcode >= 8) {
      if (opcode === OP_PING) {
        this.writeRaw(encodeFrame(OP_PONG, buf.subarray(start, end)))
      } else if (opcode === OP_CLOSE) {
        this.closeCode = end - start >= 2 ? buf.readUInt16BE(start) : 1005
        if (!this.isClosed) {
          this.isClosed = true
          this.socket.end(encodeFrame(OP_CLOSE, buf.subarray(start, Math.min(end, start + 2))))
        }
      }
      return
    }
    if (opcode !== 0 && fin) {
      this.onMessage(buf, start, end, opcode)
      return
    }
    // Fragmented message: keep copies of the parts until FIN.
    if (opcode !== 0) {
      this.fragments = []
      this.fragmentOpcode = opcode
    }
    this.fragments?.push(Buffer.from(buf.subarray(start, end)))
    if (fin && this.fragments !== undefined) {
      const whole = Buffer.concat(this.fragments)
      this.fragments = undefined
      this.onMessage(whole, 0, whole.length, this.fragmentOpcode)
    }
  }
}

function unmask(buf: Buffer, keyAt: number, start: number, end: number): void {
  for (let i = start; i < end; i++) buf[i] = (buf[i] as number) ^ (buf[keyAt + ((i - start) & 3)] as number)
}

/**
 * Opens a TCP connection, performs the HTTP upgrade and resolves an open `WsConn`.
 * Rejects on a non-101 answer, a socket error or the timeout.
 */
export function connectWs(opts: WsConnectOptions): Promise<WsConn> {
  return new Promise((resolve, reject) => {
    let conn: WsConn | undefined
    let head: Buffer = Buffer.alloc(0)
    let isHandshaking = true
    const onHandshakeData = (chunk: Buffer) => {
      // The read buffer is shared: keep a copy.
      head = Buffer.concat([head, chunk])
      const endAt = head.indexOf('\r\n\r\n')
      if (endAt < 0) {
        if (head.length > 16_384) fail(new Error('oversized handshake response'))
        return
      }
      isHandshaking = false
      socket.off('error', fail)
      socket.off('close', onEarlyClose)
      clearTimeout(timer)
      const text = head.subarray(0, endAt).toString('latin1')
      const status = text.slice(0, text.indexOf('\r\n'))
      if (!/^HTTP\/1\.1 101/.test(status)) {
        socket.destroy()
        reject(new Error(`WebSocket upgrade refused: ${status}`))
        return
      }
      const proto = /\r\nsec-websocket-protocol:\s*([^\r\n]*)/i.exec(text)?.[1]?.trim() ?? ''
      conn = new WsConn(socket, proto, head.subarray(endAt + 4))
      resolve(conn)
    }
    const socket = net.connect({
      host: opts.host,
      port: opts.port,
      onread: {
        buffer: readBuffer(),
        callback: (n: number, buf: Uint8Array) => {
          if (conn !== undefined) conn.receive(buf as Buffer, n)
          else if (isHandshaking) onHandshakeData((buf as Buffer).subarray(0, n))
          return true
        },
      },
    })
    socket.setNoDelay(true)
    const key = randomBytes(16).toString('base64')
    const timer = setTimeout(
      () => fail(new Error(`WebSocket handshake timed out (${opts.host}:${opts.port})`)),
      opts.timeoutMs ?? 10_000,
    )
    function fail(err: Error): void {
      if (!isHandshaking) return
      isHandshaking = false
      clearTimeout(timer)
      socket.destroy()
      reject(err)
    }
    const onEarlyClose = () =>
      fail(new Error(`connection closed during the WebSocket handshake (${opts.host}:${opts.port})`))
    socket.on('error', fail)
    socket.on('close', onEarlyClose)
    socket.on('connect', () => {
      let req =
        `GET ${opts.path} HTTP/1.1\r\nHost: ${opts.host}:${opts.port}\r\nUpgrade: websocket\r\n` +
        `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n`
      if (opts.protocols && opts.protocols.length > 0) req += `Sec-WebSocket-Protocol: ${opts.protocols.join(', ')}\r\n`
      for (const [k, v] of Object.entries(opts.headers ?? {})) req += `${k}: ${v}\r\n`
      socket.write(`${req}\r\n`)
    })
  })
}
