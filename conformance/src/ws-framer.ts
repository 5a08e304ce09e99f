/**
 * A small RFC 6455 framer for the runner's raw clients. `ws` refuses to produce
 * most of what the WebSocket-layer scenarios must send (unmasked client frames,
 * RSV bits without an extension, reserved opcodes, control frames over 125 bytes,
 * fragmented control frames, invalid close codes), so these are built here.
 * Pure functions plus an incremental parser; no I/O.
 */
import { createHash, randomBytes } from 'node:crypto'

/** WebSocket opcodes (RFC 6455 §5.2). */
export const Opcode = {
  CONTINUATION: 0x0,
  TEXT: 0x1,
  BINARY: 0x2,
  CLOSE: 0x8,
  PING: 0x9,
  PONG: 0xa,
} as const

/** One frame, as written or as parsed. */
export interface WsFrameSpec {
  /** FIN bit. */
  readonly fin: boolean
  /** RSV1..RSV3 as a 3-bit number (4 = RSV1). */
  readonly rsv: number
  /** Opcode, 0-15. */
  readonly opcode: number
  /** Whether the frame is masked (clients must mask; servers must not). */
  readonly masked: boolean
  /** The unmasked payload. */
  readonly payload: Uint8Array
}

/**
 * Encodes one frame. `maskKey` is random unless given (tests pass a fixed one);
 * nothing is validated, so any violation can be produced.
 */
export function encodeWsFrame(spec: WsFrameSpec, maskKey?: Uint8Array): Buffer {
  const len = spec.payload.byteLength
  const head: number[] = [((spec.fin ? 0x80 : 0) | ((spec.rsv & 7) << 4) | (spec.opcode & 0x0f)) & 0xff]
  const maskBit = spec.masked ? 0x80 : 0
  if (len < 126) head.push(maskBit | len)
  else if (len < 65536) head.push(maskBit | 126, len >> 8, len & 0xff)
  else {
    head.push(maskBit | 127)
    const big = BigInt(len)
    for (let i = 7; i >= 0; i--) head.push(Number((big >> BigInt(i * 8)) & 0xffn))
  }
  const parts: Buffer[] = [Buffer.from(head)]
  if (spec.masked) {
    const key = maskKey ?? randomBytes(4)
    parts.push(Buffer.from(key))
    const body = Buffer.from(spec.payload)
    for (let i = 0; i < body.length; i++) body[i] = (body[i] as number) ^ (key[i & 3] as number)
    parts.push(body)
  } else {
    parts.push(Buffer.from(spec.payload))
  }
  return Buffer.concat(parts)
}

/** The payload of a close frame: 2-byte code + UTF-8 reason. */
export function closePayload(code: number, reason = ''): Buffer {
  const r = Buffer.from(reason, 'utf8')
  const b = Buffer.alloc(2 + r.length)
  b.writeUInt16BE(code & 0xffff, 0)
  r.copy(b, 2)
  return b
}

/** Parses a close frame's payload. `code` is 1005 (no status) for an empty payload. */
export function parseClosePayload(payload: Uint8Array): { code: number; reason: string } {
  if (payload.byteLength < 2) return { code: 1005, reason: '' }
  const b = Buffer.from(payload)
  return { code: b.readUInt16BE(0), reason: b.subarray(2).toString('utf8') }
}

/** Thrown by the parser on input that is not a sequence of frames. */
export class WsParseError extends Error {
  override name = 'WsParseError'
}

/**
 * Incremental frame parser: feed bytes with `push`, get complete frames back. It
 * does not judge the frames (masking, RSV, opcodes): the caller decides.
 */
export class WsFrameParser {
  private buf: Buffer = Buffer.alloc(0)

  /** Appends bytes and returns every frame completed by them. */
  push(chunk: Uint8Array): WsFrameSpec[] {
    this.buf = this.buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buf, chunk])
    const out: WsFrameSpec[] = []
    for (;;) {
      const b = this.buf
      if (b.length < 2) break
      const b0 = b[0] as number
      const b1 = b[1] as number
      const masked = (b1 & 0x80) !== 0
      let len = b1 & 0x7f
      let off = 2
      if (len === 126) {
        if (b.length < 4) break
        len = b.readUInt16BE(2)
        off = 4
      } else if (len === 127) {
        if (b.length < 10) break
        const big = b.readBigUInt64BE(2)
        if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new WsParseError('frame length too large')
        len = Number(big)
        off = 10
      }
      const keyOff = off
      if (masked) off += 4
      if (b.length < off + len) break
      const payload = Buffer.from(b.subarray(off, off + len))
      if (masked)
        for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] as number) ^ (b[keyOff + (i & 3)] as number)
      out.push({ fin: (b0 & 0x80) !== 0, rsv: (b0 >> 4) & 7, opcode: b0 & 0x0f, masked, payload })
      this.buf = b.subarray(off + len)
    }
    return out
  }
}

/** The Sec-WebSocket-Accept value for a key (RFC 6455 §4.2.2). */
export function acceptKey(key: string): string {
  return createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64')
}

/** Builds an HTTP/1.1 upgrade request. */
export function upgradeRequest(opts: {
  host: string
  path: string
  key: string
  protocols?: readonly string[]
  headers?: Readonly<Record<string, string>>
}): string {
  const lines = [
    `GET ${opts.path} HTTP/1.1`,
    `Host: ${opts.host}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${opts.key}`,
    'Sec-WebSocket-Version: 13',
  ]
  if (opts.protocols && opts.protocols.length > 0) lines.push(`Sec-WebSocket-Protocol: ${opts.protocols.join(', ')}`)
  for (const [k, v] of Object.entries(opts.headers ?? {})) lines.push(`${k}: ${v}`)
  return `${lines.join('\r\n')}\r\n\r\n`
}

/** A parsed HTTP response head. Header names are lower-case. */
export interface HttpResponseHead {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  /** Bytes after the head (the first WebSocket frames, or the body). */
  readonly rest: Buffer
}

/** Parses an HTTP response head once it is complete; undefined while incomplete. */
export function parseHttpResponse(buf: Buffer): HttpResponseHead | undefined {
  const end = buf.indexOf('\r\n\r\n')
  if (end < 0) return undefined
  const lines = buf.subarray(0, end).toString('latin1').split('\r\n')
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')
  if (!m) throw new WsParseError(`not an HTTP response: ${JSON.stringify((lines[0] ?? '').slice(0, 60))}`)
  const headers: Record<string, string> = {}
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':')
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim()
  }
  return { status: Number(m[1]), headers, rest: buf.subarray(end + 4) }
}

/** A random Sec-WebSocket-Key. */
export function newKey(): string {
  return randomBytes(16).toString('base64')
}
