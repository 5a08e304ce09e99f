/**
 * The zerorelay v1 dialect of the generator: protobuf subprotocol, JWT in `Connect`.
 * Deliveries are found by walking the protobuf bytes in place (no decode per delivery);
 * replies are decoded with `@zerorelay/protocol`. Publishes are encoded by hand.
 */
import { DeliveryMode, fromU64, protoCodec, type ServerFrame, SUBPROTOCOL_PROTO, toU64 } from '@zerorelay/protocol'
import type { Client, Dialect, SubscribeOptions } from './client.js'
import { encodeFrame, OP_BINARY } from './ws-client.js'

const TAG_DELIVERY = (5 << 3) | 2 // ServerFrame.delivery
const TAG_PUBLISH = (5 << 3) | 2 // ClientFrame.publish
const TAG_TOPIC = (1 << 3) | 2 // Publish.topic / Delivery.topic
const TAG_PAYLOAD = (2 << 3) | 2 // Publish.payload / Delivery.payload
const TAG_EPOCH = (4 << 3) | 2 // Delivery.epoch
const TAG_OFFSET = (5 << 3) | 0 // Delivery.offset

/** The value of the last `readVarint` (a module slot instead of a tuple: no allocation per field). */
let varintValue = 0

/** Reads a varint at `pos` into `varintValue`; returns the position after it. */
function readVarint(buf: Buffer, pos: number): number {
  let b = buf[pos] as number
  if (b < 0x80) {
    varintValue = b
    return pos + 1
  }
  let value = b & 0x7f
  let mul = 128
  let p = pos + 1
  for (;;) {
    b = buf[p++] as number
    value += (b & 0x7f) * mul
    if (b < 0x80) {
      varintValue = value
      return p
    }
    mul *= 128
    if (p - pos > 10) throw new Error('bad varint')
  }
}

/** Skips one field of wire type `wt` starting at `pos`; returns the next position. */
function skipField(buf: Buffer, wt: number, pos: number): number {
  if (wt === 0) return readVarint(buf, pos)
  if (wt === 1) return pos + 8
  if (wt === 5) return pos + 4
  if (wt === 2) {
    const p = readVarint(buf, pos)
    return p + varintValue
  }
  throw new Error(`unsupported wire type ${wt}`)
}

/**
 * Finds `Delivery.payload` in an encoded `ServerFrame` without decoding it; returns the
 * payload's offset, or -1 when the frame is not a delivery in the canonical field order.
 */
export function findDeliveryPayload(buf: Buffer, start: number, end: number): number {
  // id = 0 is omitted, so a push starts with the delivery field.
  if (buf[start] !== TAG_DELIVERY) return -1
  let pos: number
  let stop: number
  const l0 = buf[start + 1] as number
  const l1 = buf[start + 2] as number
  if (l0 < 0x80) {
    pos = start + 2
    stop = pos + l0
  } else if (l1 < 0x80) {
    pos = start + 3
    stop = pos + (l0 & 0x7f) + (l1 << 7)
  } else {
    pos = readVarint(buf, start + 1)
    stop = pos + varintValue
  }
  if (stop > end) return -1
  // The usual layout: a topic shorter than 128 bytes, then a payload shorter than 128 bytes.
  if (buf[pos] === TAG_TOPIC) {
    const topicLen = buf[pos + 1] as number
    const at = pos + 2 + topicLen
    if (topicLen < 0x80 && buf[at] === TAG_PAYLOAD && (buf[at + 1] as number) < 0x80 && at + 2 <= stop) return at + 2
  }
  while (pos < stop) {
    const tag = buf[pos] as number
    if (tag === TAG_PAYLOAD) return readVarint(buf, pos + 1)
    pos = skipField(buf, tag & 7, pos + 1)
  }
  return -1
}

/**
 * Reads `Delivery.epoch` and `Delivery.offset` of a canonical delivery in place and moves the
 * client's ack position forward: an at-least-once subscriber must not pay a full decode per
 * delivery (it runs once per ack, on the last delivery), or the generator, not the server, sets
 * scenario D's rate. The epoch string is only built when its bytes change.
 */
function noteAckPositionInPlace(c: Client, buf: Buffer, start: number, end: number): void {
  const inner = readVarint(buf, start + 1)
  const stop = Math.min(end, inner + varintValue)
  let pos = inner
  let epochAt = -1
  let epochEnd = -1
  let offset = 0
  while (pos < stop) {
    const tag = buf[pos] as number
    if (tag === TAG_EPOCH) {
      epochAt = readVarint(buf, pos + 1)
      epochEnd = epochAt + varintValue
      pos = epochEnd
    } else if (tag === TAG_OFFSET) {
      pos = readVarint(buf, pos + 1)
      offset = varintValue
    } else pos = skipField(buf, tag & 7, pos + 1)
  }
  const known = c.state.epochBytes as Buffer | undefined
  let isSameEpoch = epochAt >= 0 && known !== undefined && known.length === epochEnd - epochAt
  for (let i = 0; isSameEpoch && i < (known as Buffer).length; i++) {
    if (known?.[i] !== buf[epochAt + i]) isSameEpoch = false
  }
  if (!isSameEpoch) {
    const bytes = epochAt >= 0 ? Buffer.from(buf.subarray(epochAt, epochEnd)) : Buffer.alloc(0)
    c.state.epochBytes = bytes
    c.ackEpoch = bytes.toString('utf8')
    c.ackOffset = offset
  } else if (offset > c.ackOffset) c.ackOffset = offset
}

/**
 * At the end of a read: copies the last delivery into the client's own storage when no ack
 * read its position yet (the read buffer is about to be reused). At most one copy per read.
 */
function keepLastDelivery(c: Client): void {
  const from = c.lastDelivery
  if (!c.hasUnreadDelivery || from === undefined || from === c.deliveryCopy) return
  const bytes = c.lastDeliveryEnd - c.lastDeliveryStart
  let copy = c.deliveryCopy
  if (copy === undefined || copy.length < bytes) {
    copy = Buffer.allocUnsafe(Math.max(256, bytes))
    c.deliveryCopy = copy
  }
  from.copy(copy, 0, c.lastDeliveryStart, c.lastDeliveryEnd)
  c.lastDelivery = copy
  c.lastDeliveryStart = 0
  c.lastDeliveryEnd = bytes
}

/** A protobuf tag byte followed by a varint: the head of a length-delimited field. */
function fieldHead(tag: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(1 + varintBytes(length))
  out[0] = tag
  putVarint(out, 1, length)
  return out
}

function varintBytes(value: number): number {
  let n = 1
  for (let v = value; v >= 0x80; v = Math.floor(v / 128)) n++
  return n
}

function putVarint(out: Buffer, at: number, value: number): number {
  let v = value
  let p = at
  while (v >= 0x80) {
    out[p++] = (v & 0x7f) | 0x80
    v = Math.floor(v / 128)
  }
  out[p++] = v
  return p
}

/**
 * Encodes `ClientFrame{ack{topic, epoch, offset}}` by hand (id 0): an at-least-once subscriber
 * sends one per `ackEvery` deliveries. `prefix` is the cached encoding of the topic and epoch fields.
 */
export function encodeZerorelayAck(prefix: Buffer, offset: number): Buffer {
  const out = Buffer.allocUnsafe(zerorelayAckBytes(prefix, offset))
  putZerorelayAck(out, 0, prefix, offset)
  return out
}

function zerorelayAckBytes(prefix: Buffer, offset: number): number {
  const inner = prefix.length + 1 + varintBytes(offset)
  return 1 + varintBytes(inner) + inner
}

/** Writes the `encodeZerorelayAck` bytes at `out[at..]`; returns the position after them. */
function putZerorelayAck(out: Buffer, at: number, prefix: Buffer, offset: number): number {
  const inner = prefix.length + 1 + varintBytes(offset)
  out[at] = (6 << 3) | 2
  let p = putVarint(out, at + 1, inner)
  p += prefix.copy(out, p)
  out[p++] = (3 << 3) | 0
  return putVarint(out, p, offset)
}

/** The ack as one masked WebSocket frame (zero mask key), built in a single allocation. */
function encodeZerorelayAckFrame(prefix: Buffer, offset: number): Buffer {
  const len = zerorelayAckBytes(prefix, offset)
  if (len >= 126) return encodeFrame(OP_BINARY, encodeZerorelayAck(prefix, offset))
  const out = Buffer.allocUnsafe(6 + len)
  out[0] = 0x80 | OP_BINARY
  out[1] = 0x80 | len
  out.writeUInt32BE(0, 2) // zero mask key
  putZerorelayAck(out, 6, prefix, offset)
  return out
}

/** The `Ack.topic` and `Ack.epoch` fields, encoded. */
function ackPrefix(topic: string, epoch: string): Buffer {
  const t = Buffer.from(topic)
  const e = Buffer.from(epoch)
  return Buffer.concat([fieldHead((1 << 3) | 2, t.length), t, fieldHead((2 << 3) | 2, e.length), e])
}

/** Encodes `ClientFrame{publish{topic, payload}}` by hand (id 0, no ack): the publish hot path. */
export function encodeZerorelayPublish(topic: string, payload: Buffer): Buffer {
  const t = Buffer.from(topic)
  const inner = fieldHead(TAG_TOPIC, t.length)
  const mid = fieldHead(TAG_PAYLOAD, payload.length)
  const innerLen = inner.length + t.length + mid.length + payload.length
  return Buffer.concat([fieldHead(TAG_PUBLISH, innerLen), inner, t, mid, payload])
}

function decodeServer(buf: Buffer, start: number, end: number): ServerFrame {
  return protoCodec.decodeServer(buf.subarray(start, end))
}

/** The zerorelay v1 dialect (protobuf subprotocol), authenticating with `token`. */
export function createZerorelayDialect(token: string): Dialect {
  let nextId = 1
  const id = () => {
    nextId = nextId >= 0xffff_fff0 ? 1 : nextId + 1
    return nextId
  }
  const request = async (c: Client, frame: Parameters<typeof protoCodec.encodeClient>[0], what: string) => {
    const reqId = id()
    const reply = c.waitFor<ServerFrame>((m) => (m as ServerFrame).id === reqId, what)
    c.conn.send(OP_BINARY, protoCodec.encodeClient({ ...frame, id: reqId }) as Uint8Array)
    const f = await reply
    if (f.error) throw new Error(`${what} failed: code ${f.error.code} ${f.error.message}`)
    return f
  }
  return {
    path: '/v1/ws',
    protocols: [SUBPROTOCOL_PROTO],
    async open(c) {
      const f = await request(c, { connect: { token, clientName: 'zerorelay-bench', clientVersion: '0' } }, 'connect')
      if (!f.connected) throw new Error('connect: unexpected reply')
      c.state.features = f.connected.features ?? []
    },
    async subscribe(c: Client, topic: string, opts?: SubscribeOptions) {
      const mode = opts?.isAtLeastOnce
        ? DeliveryMode.DELIVERY_MODE_AT_LEAST_ONCE
        : DeliveryMode.DELIVERY_MODE_AT_MOST_ONCE
      const f = await request(
        c,
        { subscribe: { topic, mode, maxInFlight: opts?.maxInFlight ?? 0 } },
        `subscribe ${topic}`,
      )
      if (!f.subscribeAck) throw new Error('subscribe: unexpected reply')
      c.state.topic = topic
      c.state.maxInFlight = f.subscribeAck.maxInFlight ?? 0
      c.isAtLeastOnce = opts?.isAtLeastOnce === true
      if (c.isAtLeastOnce) c.conn.onReadEnd = () => keepLastDelivery(c)
    },
    publishFrames(topic, payload) {
      return encodeFrame(OP_BINARY, encodeZerorelayPublish(topic, payload))
    },
    onMessage(c, buf, start, end) {
      const off = findDeliveryPayload(buf, start, end)
      if (off >= 0) {
        if (c.isAtLeastOnce) {
          // Offsets only grow: the position is read from the last delivery when an ack goes
          // out (`keepLastDelivery` copies it at the end of the read if no ack read it).
          c.lastDelivery = buf
          c.lastDeliveryStart = start
          c.lastDeliveryEnd = end
          c.hasUnreadDelivery = true
        }
        c.onDelivery(c, buf, off)
        return
      }
      const f = decodeServer(buf, start, end)
      if (f.delivery) {
        // A delivery in a non-canonical field order: decode the slow way.
        const payload = Buffer.from(f.delivery.payload ?? new Uint8Array(0))
        if (c.isAtLeastOnce) {
          c.hasUnreadDelivery = false
          noteAckPosition(c, f)
        }
        c.onDelivery(c, payload, 0)
        return
      }
      c.control(f)
    },
    ack(c) {
      if (c.hasUnreadDelivery && c.lastDelivery !== undefined) {
        noteAckPositionInPlace(c, c.lastDelivery, c.lastDeliveryStart, c.lastDeliveryEnd)
        c.hasUnreadDelivery = false
      }
      if (c.ackEpoch === '' && c.ackOffset === 0) return // nothing delivered yet
      const topic = c.state.topic as string
      let prefix = c.state.ackPrefix as Buffer | undefined
      if (prefix === undefined || c.state.ackPrefixEpoch !== c.ackEpoch) {
        prefix = ackPrefix(topic, c.ackEpoch)
        c.state.ackPrefix = prefix
        c.state.ackPrefixEpoch = c.ackEpoch
      }
      c.conn.writeRaw(encodeZerorelayAckFrame(prefix, c.ackOffset))
    },
  }
}

function noteAckPosition(c: Client, f: ServerFrame): void {
  const d = f.delivery
  if (!d) return
  const offset = Number(toU64(d.offset))
  if (offset > c.ackOffset || d.epoch !== c.ackEpoch) {
    c.ackEpoch = d.epoch ?? ''
    c.ackOffset = offset
  }
}
