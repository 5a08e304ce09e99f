/**
 * Raw Deno baseline: `Deno.serve` + `Deno.upgradeWebSocket`, the simple binary protocol of
 * loadgen/dialects.ts, a per-subscriber `send` loop (Deno has no batch/cork API). The delivery
 * bytes are built once per publish. Slow readers (bufferedAmount over
 * BENCH_MAX_QUEUED_BYTES) are closed. Pings are off (`idleTimeout: 0`). Prints `READY <port>`.
 */
const SUB = 1
const PUB = 2
const DELIVERY = 3
const maxQueuedBytes = Number(Deno.env.get('BENCH_MAX_QUEUED_BYTES') ?? 4 * 1024 * 1024)
const decoder = new TextDecoder()
const topics = new Map<string, Set<WebSocket>>()

Deno.serve(
  {
    hostname: '127.0.0.1',
    port: 0,
    onListen({ port }) {
      console.log(`READY ${port}`)
    },
  },
  (req) => {
    if (req.headers.get('upgrade') !== 'websocket') return new Response('WebSocket only', { status: 400 })
    const { socket, response } = Deno.upgradeWebSocket(req, { idleTimeout: 0 })
    socket.binaryType = 'arraybuffer'
    const mine: string[] = []
    socket.onmessage = (e) => {
      if (!(e.data instanceof ArrayBuffer)) return
      const bytes = new Uint8Array(e.data)
      if (bytes[0] === SUB) {
        const topic = decoder.decode(bytes.subarray(1))
        let set = topics.get(topic)
        if (set === undefined) {
          set = new Set()
          topics.set(topic, set)
        }
        set.add(socket)
        mine.push(topic)
        socket.send(Uint8Array.of(SUB))
      } else if (bytes[0] === PUB && bytes.length >= 2) {
        const tlen = bytes[1] as number
        const set = topics.get(decoder.decode(bytes.subarray(2, 2 + tlen)))
        if (set === undefined) return
        const out = new Uint8Array(bytes.length - 1 - tlen)
        out[0] = DELIVERY
        out.set(bytes.subarray(2 + tlen), 1)
        for (const sub of set) {
          if (sub.readyState !== WebSocket.OPEN) {
            set.delete(sub)
            continue
          }
          if (sub.bufferedAmount > maxQueuedBytes) {
            set.delete(sub)
            sub.close(4008, 'slow consumer')
            continue
          }
          sub.send(out)
        }
      }
    }
    socket.onclose = () => {
      for (const t of mine) topics.get(t)?.delete(socket)
    }
    socket.onerror = () => {}
    return response
  },
)
Deno.addSignalListener('SIGTERM', () => Deno.exit(0))
