/**
 * The binary layout of a BrokerMessage on a Redis channel (version 1), big-endian:
 *
 * ```
 * u8 version (1) | str id | str tenant | str topic | str epoch | u64 offset | f64 publishedAtMs
 * | str originNode | str originConnection | u32 headerCount | (str key, str value)*
 * | u32 payloadLength | payload
 * ```
 * `str` is `u32 byteLength` + UTF-8. `id` identifies one publish (the same publish arrives on the
 * topic channel and the wildcard channel; the receiver uses it to hand it over once).
 * Decoding is defensive: any inconsistency throws `BrokerDecodeError` (the caller counts and drops).
 */
import type { BrokerMessage } from './broker.js'

/** A channel message that is not a valid encoded BrokerMessage. */
export class BrokerDecodeError extends Error {
  override name = 'BrokerDecodeError'
}

const VERSION = 1
const MAX_HEADERS = 1_024
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/** Encodes a message with its publish id. */
export function encodeBrokerMessage(id: string, m: BrokerMessage): Uint8Array {
  const strings: Uint8Array[] = [
    encoder.encode(id),
    encoder.encode(m.tenant),
    encoder.encode(m.topic),
    encoder.encode(m.epoch),
  ]
  const origin = [encoder.encode(m.origin.nodeId), encoder.encode(m.origin.connectionId)]
  const headers: Uint8Array[] = []
  for (const [k, v] of Object.entries(m.headers)) headers.push(encoder.encode(k), encoder.encode(v))
  let size = 1 + 8 + 8 + 4 + 4 + m.payload.byteLength
  for (const s of [...strings, ...origin, ...headers]) size += 4 + s.byteLength
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  let at = 0
  const putStr = (s: Uint8Array) => {
    view.setUint32(at, s.byteLength)
    out.set(s, at + 4)
    at += 4 + s.byteLength
  }
  out[at++] = VERSION
  for (const s of strings) putStr(s)
  view.setBigUint64(at, BigInt.asUintN(64, m.offset))
  at += 8
  view.setFloat64(at, m.publishedAtMs)
  at += 8
  for (const s of origin) putStr(s)
  view.setUint32(at, headers.length / 2)
  at += 4
  for (const s of headers) putStr(s)
  view.setUint32(at, m.payload.byteLength)
  out.set(m.payload, at + 4)
  return out
}

/** Decodes a channel message; throws BrokerDecodeError when it is malformed. */
export function decodeBrokerMessage(data: Uint8Array): { id: string; message: BrokerMessage } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  let at = 0
  const need = (n: number) => {
    if (at + n > data.byteLength) throw new BrokerDecodeError('truncated broker message')
  }
  const u32 = () => {
    need(4)
    const v = view.getUint32(at)
    at += 4
    return v
  }
  const str = () => {
    const n = u32()
    need(n)
    let s: string
    try {
      s = decoder.decode(data.subarray(at, at + n))
    } catch {
      throw new BrokerDecodeError('invalid UTF-8 in broker message')
    }
    at += n
    return s
  }
  need(1)
  if (data[at++] !== VERSION) throw new BrokerDecodeError('unknown broker message version')
  const id = str()
  const tenant = str()
  const topic = str()
  const epoch = str()
  need(16)
  const offset = view.getBigUint64(at)
  const publishedAtMs = view.getFloat64(at + 8)
  at += 16
  if (!Number.isFinite(publishedAtMs)) throw new BrokerDecodeError('invalid publishedAtMs')
  const nodeId = str()
  const connectionId = str()
  const headerCount = u32()
  if (headerCount > MAX_HEADERS) throw new BrokerDecodeError('too many headers')
  const headers: Record<string, string> = Object.create(null)
  for (let i = 0; i < headerCount; i++) {
    const k = str()
    headers[k] = str()
  }
  const payloadLength = u32()
  need(payloadLength)
  if (at + payloadLength !== data.byteLength) throw new BrokerDecodeError('trailing bytes in broker message')
  const payload = new Uint8Array(data.subarray(at, at + payloadLength)) // a copy: the receive buffer may be reused
  return {
    id,
    message: {
      tenant,
      topic,
      payload,
      headers: { ...headers },
      epoch,
      offset,
      publishedAtMs,
      origin: { nodeId, connectionId },
    },
  }
}
