/**
 * Raw Bun baseline: native pub/sub (`ws.subscribe` + `server.publish`, uWS inside), the
 * simple binary protocol of loadgen/dialects.ts. Slow readers are closed at
 * BENCH_MAX_QUEUED_BYTES (`closeOnBackpressureLimit`; Bun's default would drop silently).
 * Pings and the idle timeout are off, as in the other relays. Prints `READY <port>`.
 */
const SUB = 1
const PUB = 2
const DELIVERY = 3
const maxQueuedBytes = Number(process.env.BENCH_MAX_QUEUED_BYTES ?? 4 * 1024 * 1024)
const decoder = new TextDecoder()

const server = Bun.serve({
  hostname: '127.0.0.1',
  port: 0,
  fetch(req, srv) {
    if (srv.upgrade(req)) return undefined
    return new Response('WebSocket only', { status: 400 })
  },
  websocket: {
    perMessageDeflate: false,
    maxPayloadLength: 64 * 1024,
    idleTimeout: 0,
    sendPings: false,
    backpressureLimit: maxQueuedBytes,
    closeOnBackpressureLimit: true,
    message(ws, message) {
      if (typeof message === 'string' || message.length === 0) return
      const bytes = message as Uint8Array
      if (bytes[0] === SUB) {
        ws.subscribe(decoder.decode(bytes.subarray(1)))
        ws.send(Uint8Array.of(SUB))
      } else if (bytes[0] === PUB && bytes.length >= 2) {
        const tlen = bytes[1] as number
        const topic = decoder.decode(bytes.subarray(2, 2 + tlen))
        const out = new Uint8Array(bytes.length - 1 - tlen)
        out[0] = DELIVERY
        out.set(bytes.subarray(2 + tlen), 1)
        server.publish(topic, out)
      }
    },
  },
})

console.log(`READY ${server.port}`)
process.on('SIGTERM', () => process.exit(0))
