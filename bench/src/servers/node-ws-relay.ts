/**
 * Raw Node baseline: `ws` 8 with the simple binary protocol (see loadgen/dialects.ts). The
 * delivery frame is built once per publish and written to each subscriber's corked TCP
 * socket; every touched socket is uncorked once per event-loop turn, so a subscriber gets
 * one syscall per turn instead of one per delivery (pitfall 1 of the performance anchors).
 * A subscriber whose socket buffers more than BENCH_MAX_QUEUED_BYTES is dropped (slow reader).
 * Prints `READY <port>` once listening on 127.0.0.1.
 */
import type { Socket } from 'node:net'
import { type WebSocket, WebSocketServer } from 'ws'

const SUB = 1
const PUB = 2
const DELIVERY = 3
const maxQueuedBytes = Number(process.env.BENCH_MAX_QUEUED_BYTES ?? 4 * 1024 * 1024)

const topics = new Map<string, Set<WebSocket>>()
const corked = new Set<Socket>()
let isFlushScheduled = false

function flush(): void {
  isFlushScheduled = false
  for (const s of corked) s.uncork()
  corked.clear()
}

/** One unmasked binary frame holding `[DELIVERY, ...payload]`, built once per publish. */
function deliveryFrame(payload: Buffer): Buffer {
  const len = payload.length + 1
  const hdr = len < 126 ? 2 : len < 65536 ? 4 : 10
  const f = Buffer.allocUnsafe(hdr + len)
  f[0] = 0x82
  if (len < 126) f[1] = len
  else if (len < 65536) {
    f[1] = 126
    f.writeUInt16BE(len, 2)
  } else {
    f[1] = 127
    f.writeBigUInt64BE(BigInt(len), 2)
  }
  f[hdr] = DELIVERY
  payload.copy(f, hdr + 1)
  return f
}

const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: 0,
  perMessageDeflate: false,
  maxPayload: 64 * 1024,
  clientTracking: false,
})

wss.on('connection', (ws) => {
  const mine: string[] = []
  ws.on('message', (data: Buffer, isBinary) => {
    if (!isBinary || data.length === 0) return
    if (data[0] === SUB) {
      const topic = data.toString('utf8', 1)
      let set = topics.get(topic)
      if (set === undefined) {
        set = new Set()
        topics.set(topic, set)
      }
      set.add(ws)
      mine.push(topic)
      ws.send(Buffer.of(SUB))
    } else if (data[0] === PUB && data.length >= 2) {
      const tlen = data[1] as number
      const set = topics.get(data.toString('utf8', 2, 2 + tlen))
      if (set === undefined) return
      const frame = deliveryFrame(data.subarray(2 + tlen))
      for (const sub of set) {
        // ws exposes no batching API; its private _socket is the only way to cork (ws 8).
        const sock = (sub as unknown as { _socket: Socket })._socket
        if (sock.writableLength > maxQueuedBytes) {
          set.delete(sub)
          sub.terminate()
          continue
        }
        if (!corked.has(sock)) {
          sock.cork()
          corked.add(sock)
        }
        sock.write(frame)
      }
      if (!isFlushScheduled && corked.size > 0) {
        isFlushScheduled = true
        setImmediate(flush)
      }
    }
  })
  ws.on('close', () => {
    for (const t of mine) topics.get(t)?.delete(ws)
  })
  ws.on('error', () => {})
})

wss.on('listening', () => {
  const addr = wss.address()
  if (typeof addr === 'object' && addr !== null) process.stdout.write(`READY ${addr.port}\n`)
})
process.on('SIGTERM', () => process.exit(0))
