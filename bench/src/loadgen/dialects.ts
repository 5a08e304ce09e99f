/**
 * Client-side wire dialects of the benchmark targets:
 * - `simple`: the tiny binary protocol of the raw baselines (`bench/src/servers/*`);
 * - `socketio`: Engine.IO 4 / Socket.IO 5 over a WebSocket (rooms);
 * - `nats`: the NATS text protocol over nats-server's WebSocket listener;
 * - `zerorelay`: the real zerorelay v1 protocol (protobuf subprotocol, JWT in `Connect`).
 * Deliveries are found by walking the received bytes in place; only control messages are
 * decoded into objects.
 */
import type { Dialect } from './client.js'
import { encodeFrame, OP_BINARY, OP_TEXT } from './ws-client.js'

/** Names of the dialects a target can speak. */
export type DialectName = 'simple' | 'socketio' | 'nats' | 'zerorelay'

/** What a dialect needs from the target. */
export interface DialectOptions {
  /** zerorelay: the JWT sent in `Connect`. */
  token?: string
}

/**
 * Creates the dialect `name`. The zerorelay dialect is loaded on demand, so the other
 * targets do not depend on `@zerorelay/protocol`.
 */
export async function createDialect(name: DialectName, opts: DialectOptions = {}): Promise<Dialect> {
  switch (name) {
    case 'simple':
      return simpleDialect
    case 'socketio':
      return socketIoDialect
    case 'nats':
      return natsDialect
    case 'zerorelay':
      return (await import('./dialect-zerorelay.js')).createZerorelayDialect(opts.token ?? '')
  }
}

// ------------------------------------------------------------------------ simple

/**
 * The baselines' protocol (binary messages): `[1, topic...]` subscribe → `[1]` ack;
 * `[2, topicLen, topic..., payload...]` publish → `[3, payload...]` to each subscriber.
 */
export const SIMPLE_SUB = 1
export const SIMPLE_PUB = 2
export const SIMPLE_DELIVERY = 3

const simpleDialect: Dialect = {
  path: '/',
  async open() {},
  async subscribe(c, topic) {
    const acked = c.waitFor((m) => m === 'suback', `subscribe ack for ${topic}`)
    c.conn.send(OP_BINARY, Buffer.concat([Buffer.of(SIMPLE_SUB), Buffer.from(topic)]))
    await acked
  },
  publishFrames(topic, payload) {
    const t = Buffer.from(topic)
    return encodeFrame(OP_BINARY, Buffer.concat([Buffer.of(SIMPLE_PUB, t.length), t, payload]))
  },
  onMessage(c, buf, start, end) {
    const kind = buf[start]
    if (kind === SIMPLE_DELIVERY) c.onDelivery(c, buf, start + 1)
    else if (kind === SIMPLE_SUB && end - start === 1) c.control('suback')
  },
}

// ---------------------------------------------------------------------- socket.io

/** Engine.IO path; `transport=websocket` skips long-polling. */
const socketIoDialect: Dialect = {
  path: '/socket.io/?EIO=4&transport=websocket',
  async open(c) {
    // The server speaks first ("0{sid,...}"); then connect to the main namespace.
    await c.waitFor((m) => typeof m === 'string' && m.startsWith('0{'), 'engine.io open')
    const connected = c.waitFor((m) => typeof m === 'string' && m.startsWith('40'), 'socket.io connect')
    c.conn.send(OP_TEXT, Buffer.from('40'))
    await connected
  },
  async subscribe(c, topic) {
    const acked = c.waitFor((m) => m === '430[]' || (typeof m === 'string' && m.startsWith('430')), `join ${topic}`)
    c.conn.send(OP_TEXT, Buffer.from(`420${JSON.stringify(['sub', topic])}`))
    await acked
  },
  publishFrames(topic, payload) {
    // A binary event is two WebSocket messages: the placeholder packet, then the attachment.
    const head = Buffer.from(`451-${JSON.stringify(['pub', topic, { _placeholder: true, num: 0 }])}`)
    return Buffer.concat([encodeFrame(OP_TEXT, head), encodeFrame(OP_BINARY, payload)])
  },
  onMessage(c, buf, start, end, opcode) {
    if (opcode === OP_BINARY) {
      // The attachment of the preceding "451-" placeholder: the delivery itself.
      c.onDelivery(c, buf, start)
      return
    }
    const first = buf[start]
    if (first === 0x32 && end - start === 1) {
      c.conn.send(OP_TEXT, Buffer.from('3')) // engine.io ping → pong
      return
    }
    if (first === 0x34 && buf[start + 1] === 0x35) return // "45x-": placeholder of a binary event
    c.control(buf.toString('utf8', start, end))
  },
}

// --------------------------------------------------------------------------- nats

const CRLF = Buffer.from('\r\n')

/**
 * NATS over WebSocket: the server coalesces protocol lines and MSG payloads into WebSocket
 * messages as it likes (one message may hold many MSGs, and a MSG may span messages), so the
 * client stream-parses.
 */
const natsDialect: Dialect = {
  path: '/',
  async open(c) {
    await c.waitFor((m) => typeof m === 'string' && m.startsWith('INFO'), 'nats INFO')
    const pong = c.waitFor((m) => m === 'PONG', 'nats PONG')
    c.conn.send(
      OP_BINARY,
      Buffer.from(
        'CONNECT {"verbose":false,"pedantic":false,"protocol":1,"headers":false,"no_responders":false}\r\nPING\r\n',
      ),
    )
    await pong
  },
  async subscribe(c, topic) {
    const sid = ((c.state.sids as number | undefined) ?? 0) + 1
    c.state.sids = sid
    const pong = c.waitFor((m) => m === 'PONG', `nats SUB ${topic}`)
    c.conn.send(OP_BINARY, Buffer.from(`SUB ${topic} ${sid}\r\nPING\r\n`))
    await pong
  },
  publishFrames(topic, payload) {
    return encodeFrame(OP_BINARY, Buffer.concat([Buffer.from(`PUB ${topic} ${payload.length}\r\n`), payload, CRLF]))
  },
  onMessage(c, chunk, start, end) {
    let buf = chunk
    let pos = start
    let n = end
    if (c.pending !== undefined) {
      buf = Buffer.concat([c.pending, chunk.subarray(start, end)])
      c.pending = undefined
      pos = 0
      n = buf.length
    }
    while (pos < n) {
      // The end of the line: a byte scan (protocol lines are short, a native indexOf call costs more).
      let eol = pos
      for (;;) {
        while (eol < n && buf[eol] !== 0x0d) eol++
        if (eol + 1 >= n || buf[eol + 1] === 0x0a) break
        eol++
      }
      if (eol + 1 >= n) break
      // "MSG <subject> <sid> [reply] <#bytes>"
      if (buf[pos] === 0x4d && buf[pos + 1] === 0x53 && buf[pos + 2] === 0x47) {
        let size = 0
        let mul = 1
        for (let i = eol - 1; i > pos; i--) {
          const d = buf[i] as number
          if (d < 0x30 || d > 0x39) break
          size += (d - 0x30) * mul
          mul *= 10
        }
        const body = eol + 2
        if (body + size + 2 > n) break
        c.onDelivery(c, buf, body)
        pos = body + size + 2
        continue
      }
      const line = buf.toString('latin1', pos, eol)
      pos = eol + 2
      if (line === 'PING') c.conn.send(OP_BINARY, Buffer.from('PONG\r\n'))
      else c.control(line)
    }
    // Copy: the WebSocket layer's buffer is only valid during this call.
    if (pos < n) c.pending = buf === chunk ? Buffer.from(buf.subarray(pos, n)) : buf.subarray(pos, n)
  },
}
