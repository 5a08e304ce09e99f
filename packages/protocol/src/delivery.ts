/**
 * The protobuf encoding of a `ServerFrame{delivery}`, written by hand: a relay encodes one for
 * every message it fans out (and for every replay and redelivery), and the generated encoder
 * builds a frame object, a `Long` per 64-bit field and a list of write operations per field
 * before it writes a byte. This writes the bytes in two passes (sizes, then bytes) into one
 * buffer and allocates nothing else. The output is byte for byte what
 * `ServerFrame.encode({ delivery }).finish()` writes for the same values (fields in number
 * order, proto3 defaults left out, each header as a map entry with both key and value, in
 * `Object.keys` order); `delivery.test.ts` holds it to that.
 */
import $protobuf from 'protobufjs/minimal.js'
import { utf8Length } from './utf8.js'

/** A message as a Delivery carries it; the topic and the delivery count are given apart. */
export interface DeliveryMessage {
  readonly payload: Uint8Array
  readonly headers: Readonly<Record<string, string>>
  /** Empty for a topic without history. */
  readonly epoch: string
  /** uint64. */
  readonly offset: bigint
  /** Milliseconds since the Unix epoch; a non-negative safe integer. */
  readonly publishedAtMs: number
}

/** The buffer type protobufjs itself encodes into (Node's pooled `Buffer.allocUnsafe`, else a Uint8Array). */
const newBuffer = $protobuf.util.newBuffer as (size: number) => Uint8Array

const TAG_DELIVERY = (5 << 3) | 2 // ServerFrame.delivery
const TAG_TOPIC = (1 << 3) | 2
const TAG_PAYLOAD = (2 << 3) | 2
const TAG_HEADER = (3 << 3) | 2
const TAG_ENTRY_KEY = (1 << 3) | 2
const TAG_ENTRY_VALUE = (2 << 3) | 2
const TAG_EPOCH = (4 << 3) | 2
const TAG_OFFSET = 5 << 3
const TAG_PUBLISHED_AT = 6 << 3
const TAG_DELIVERY_COUNT = 7 << 3

const TWO_POW_32 = 2 ** 32
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** Bytes of a varint of a non-negative safe integer. */
function varintSize(n: number): number {
  let size = 1
  while (n >= 128) {
    n = Math.floor(n / 128)
    size++
  }
  return size
}

/** Bytes of a varint of a uint64 `bigint`. */
function varintSizeBig(n: bigint): number {
  if (n <= MAX_SAFE) return varintSize(Number(n))
  let size = 1
  while (n >= 128n) {
    n >>= 7n
    size++
  }
  return size
}

/** Writes a varint of a non-negative safe integer at `at`; returns the position after it. */
function writeVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= TWO_POW_32) {
    out[at++] = (n % 128) | 128
    n = Math.floor(n / 128)
  }
  while (n >= 128) {
    out[at++] = (n & 127) | 128
    n >>>= 7
  }
  out[at++] = n
  return at
}

function writeVarintBig(out: Uint8Array, at: number, n: bigint): number {
  if (n <= MAX_SAFE) return writeVarint(out, at, Number(n))
  while (n >= 128n) {
    out[at++] = Number(n & 127n) | 128
    n >>= 7n
  }
  out[at++] = Number(n)
  return at
}

/** Writes `text` as UTF-8 (lone surrogates as U+FFFD) at `at`; returns the position after it. */
function writeUtf8(out: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x80) {
      out[at++] = c
    } else if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6)
      out[at++] = 0x80 | (c & 63)
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
        if (c <= 0xdbff && (d & 0xfc00) === 0xdc00) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
          i++
          out[at++] = 0xf0 | (c >> 18)
          out[at++] = 0x80 | ((c >> 12) & 63)
          out[at++] = 0x80 | ((c >> 6) & 63)
          out[at++] = 0x80 | (c & 63)
          continue
        }
        c = 0xfffd
      }
      out[at++] = 0xe0 | (c >> 12)
      out[at++] = 0x80 | ((c >> 6) & 63)
      out[at++] = 0x80 | (c & 63)
    }
  }
  return at
}

/** Bytes of a length-delimited field (tag of one byte) holding `size` bytes. */
function fieldSize(size: number): number {
  return 1 + varintSize(size) + size
}

/**
 * `ServerFrame{delivery{topic, payload, headers, epoch, offset, publishedAtMs, deliveryCount}}`
 * (id 0) in protobuf, as `ServerFrame.encode(...).finish()` would write it.
 */
export function encodeDeliveryFrame(topic: string, message: DeliveryMessage, deliveryCount: number): Uint8Array {
  const { payload, headers, epoch, offset, publishedAtMs } = message
  if (!Number.isSafeInteger(publishedAtMs) || publishedAtMs < 0) {
    throw new RangeError(`publishedAtMs is not a uint64 safe integer: ${publishedAtMs}`)
  }
  if (offset < 0n || offset >= 1n << 64n) throw new RangeError(`offset out of uint64 range: ${offset}`)
  const topicBytes = utf8Length(topic)
  const epochBytes = utf8Length(epoch)
  let size = 0
  if (topicBytes > 0) size += fieldSize(topicBytes)
  if (payload.length > 0) size += fieldSize(payload.length)
  for (const key in headers) {
    const entry = fieldSize(utf8Length(key)) + fieldSize(utf8Length(headers[key] as string))
    size += fieldSize(entry)
  }
  if (epochBytes > 0) size += fieldSize(epochBytes)
  if (offset !== 0n) size += 1 + varintSizeBig(offset)
  if (publishedAtMs !== 0) size += 1 + varintSize(publishedAtMs)
  const count = deliveryCount >>> 0
  if (count !== 0) size += 1 + varintSize(count)

  const out = newBuffer(fieldSize(size))
  let at = 0
  out[at++] = TAG_DELIVERY
  at = writeVarint(out, at, size)
  if (topicBytes > 0) {
    out[at++] = TAG_TOPIC
    at = writeVarint(out, at, topicBytes)
    at = writeUtf8(out, at, topic)
  }
  if (payload.length > 0) {
    out[at++] = TAG_PAYLOAD
    at = writeVarint(out, at, payload.length)
    out.set(payload, at)
    at += payload.length
  }
  for (const key in headers) {
    const value = headers[key] as string
    const keyBytes = utf8Length(key)
    const valueBytes = utf8Length(value)
    out[at++] = TAG_HEADER
    at = writeVarint(out, at, fieldSize(keyBytes) + fieldSize(valueBytes))
    out[at++] = TAG_ENTRY_KEY
    at = writeVarint(out, at, keyBytes)
    at = writeUtf8(out, at, key)
    out[at++] = TAG_ENTRY_VALUE
    at = writeVarint(out, at, valueBytes)
    at = writeUtf8(out, at, value)
  }
  if (epochBytes > 0) {
    out[at++] = TAG_EPOCH
    at = writeVarint(out, at, epochBytes)
    at = writeUtf8(out, at, epoch)
  }
  if (offset !== 0n) {
    out[at++] = TAG_OFFSET
    at = writeVarintBig(out, at, offset)
  }
  if (publishedAtMs !== 0) {
    out[at++] = TAG_PUBLISHED_AT
    at = writeVarint(out, at, publishedAtMs)
  }
  if (count !== 0) {
    out[at++] = TAG_DELIVERY_COUNT
    at = writeVarint(out, at, count)
  }
  return out
}
