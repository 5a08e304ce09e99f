/**
 * A scanner for the one client frame that arrives at delivery rate: a binary `ClientFrame` that
 * carries only an `Ack`. At-least-once subscribers ack every few deliveries, and decoding those
 * frames with the generated code (a frame object, an `Ack` object, two strings and a `Long` per
 * frame, then a Map lookup by a freshly built topic string) cost more than the ack itself.
 *
 * The scanner reads the frame in place and keeps byte ranges instead of strings; the session
 * compares them with its subscription's encoded topic and epoch. It accepts only the canonical
 * layout encoders write (one-byte tags, each field at most once, nothing else in the frame) and
 * answers false for anything else, which then takes the general decoder: every malformed,
 * unusual or unknown frame still gets the general path's exact error.
 */

/** Where the last `scanAck` found the frame's parts (valid only after it returned true). */
export interface AckScan {
  /** `ClientFrame.id` (0 when absent). */
  id: number
  topicStart: number
  topicEnd: number
  epochStart: number
  epochEnd: number
  /** `Ack.offset` (0 when absent); at most 2^53 - 1, or the scan fails. */
  offset: number
}

/** The result of the last successful `scanAck` (one shared object: no allocation per frame). */
export const ackScan: AckScan = { id: 0, topicStart: 0, topicEnd: 0, epochStart: 0, epochEnd: 0, offset: 0 }

const ID_TAG = (1 << 3) | 0 // ClientFrame.id, varint
const ACK_TAG = (6 << 3) | 2 // ClientFrame.ack, length-delimited
const TOPIC_TAG = (1 << 3) | 2 // Ack.topic
const EPOCH_TAG = (2 << 3) | 2 // Ack.epoch
const OFFSET_TAG = (3 << 3) | 0 // Ack.offset, varint

/** The varint read by the last `readVarint`, and the position after it (-1: invalid or over 2^53 - 1). */
let varint = 0

/** Reads a varint at `at` into `varint`; returns the position after it, or -1. */
function readVarint(b: Uint8Array, at: number, end: number): number {
  let value = 0
  let scale = 1
  for (let i = 0; i < 8; i++) {
    if (at >= end) return -1
    const byte = b[at++] as number
    value += (byte & 0x7f) * scale
    if (byte < 0x80) {
      if (value > Number.MAX_SAFE_INTEGER) return -1
      varint = value
      return at
    }
    scale *= 128
  }
  return -1 // 8 bytes carry 56 bits: longer is past 2^53 (or padded): the general decoder decides
}

/**
 * Whether `b` is a `ClientFrame` holding only an `Ack`, in the canonical layout; on true,
 * `ackScan` holds its parts.
 */
export function scanAck(b: Uint8Array): boolean {
  const end = b.length
  let at = 0
  let id = 0
  let hasId = false
  let ackStart = -1
  let ackEnd = -1
  while (at < end) {
    const tag = b[at++] as number
    if (tag === ID_TAG && !hasId) {
      at = readVarint(b, at, end)
      if (at < 0) return false
      id = varint >>> 0 // uint32, as protobufjs reads it
      hasId = true
    } else if (tag === ACK_TAG && ackStart < 0) {
      at = readVarint(b, at, end)
      if (at < 0 || varint > end - at) return false
      ackStart = at
      ackEnd = at + varint
      at = ackEnd
    } else {
      return false
    }
  }
  if (ackStart < 0) return false
  let topicStart = -1
  let topicEnd = -1
  let epochStart = -1
  let epochEnd = -1
  let offset = -1
  at = ackStart
  while (at < ackEnd) {
    const tag = b[at++] as number
    if (tag === OFFSET_TAG && offset < 0) {
      at = readVarint(b, at, ackEnd)
      if (at < 0) return false
      offset = varint
      continue
    }
    const isTopic = tag === TOPIC_TAG && topicStart < 0
    if (!isTopic && !(tag === EPOCH_TAG && epochStart < 0)) return false
    at = readVarint(b, at, ackEnd)
    if (at < 0 || varint > ackEnd - at) return false
    if (isTopic) {
      topicStart = at
      topicEnd = at + varint
    } else {
      epochStart = at
      epochEnd = at + varint
    }
    at += varint
  }
  const scan = ackScan
  scan.id = id
  scan.topicStart = topicStart < 0 ? 0 : topicStart
  scan.topicEnd = topicStart < 0 ? 0 : topicEnd
  scan.epochStart = epochStart < 0 ? 0 : epochStart
  scan.epochEnd = epochStart < 0 ? 0 : epochEnd
  scan.offset = offset < 0 ? 0 : offset
  return true
}

const utf8 = new TextEncoder()

/**
 * Whether `b[start, end)` holds exactly the UTF-8 encoding of `text`. ASCII text (topics and
 * epochs usually are) is compared character by character with no allocation; other text is
 * encoded first.
 */
export function isUtf8Of(b: Uint8Array, start: number, end: number, text: string): boolean {
  const n = text.length
  if (end - start < n) return false // UTF-8 never takes fewer bytes than UTF-16 code units
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x80) return isBytes(b, start, end, utf8.encode(text))
    if (b[start + i] !== c) return false
  }
  return end - start === n
}

function isBytes(b: Uint8Array, start: number, end: number, expected: Uint8Array): boolean {
  if (end - start !== expected.length) return false
  for (let i = 0; i < expected.length; i++) if (b[start + i] !== expected[i]) return false
  return true
}
