/**
 * Run with Bun (by `bun-buffered.test.ts`): checks on this Bun the `ServerWebSocket` behaviour
 * the Bun adapter relies on to read `getBufferedAmount()` at most once per batch: a `send`
 * that returns more than 0 (written) leaves Bun's buffer empty, uncorked and inside `cork`;
 * once the buffer is not empty, `send` returns -1. A raw TCP client completes the upgrade and
 * then never reads, so the kernel's buffers fill and Bun has to buffer. Prints one JSON line.
 */
import { connect } from 'node:net'

/** The parts of Bun used here (Bun's types are not a dependency). */
interface ProbeSocket {
  send(data: Uint8Array, compress?: boolean): number
  getBufferedAmount(): number
  cork<T>(fn: () => T): T
  terminate(): void
}
interface ProbeBun {
  serve(options: {
    hostname: string
    port: number
    fetch(
      request: Request,
      server: { upgrade(request: Request, options: { data: object }): boolean },
    ): Response | undefined
    websocket: {
      backpressureLimit: number
      closeOnBackpressureLimit: boolean
      perMessageDeflate: boolean
      open(ws: ProbeSocket): void
      message(): void
      close(): void
    }
  }): { port: number; stop(closeActiveConnections?: boolean): void }
}

const FRAME = new Uint8Array(4096)
/** 40 MB at most: far beyond loopback's socket buffers, so Bun must buffer. */
const MAX_SENDS = 10_000
const BATCH = 8

/** What the probe counts per mode (printed as JSON; the test reads it). */
export interface Counts {
  written: number
  /** Sends that returned > 0 while Bun's buffer was not empty right after. */
  writtenButBuffered: number
  queued: number
  /** Sends that returned -1 while Bun's buffer was empty. */
  queuedButEmpty: number
  dropped: number
}

function probe(ws: ProbeSocket, isCorked: boolean): Counts {
  const counts: Counts = { written: 0, writtenButBuffered: 0, queued: 0, queuedButEmpty: 0, dropped: 0 }
  const sendOne = (): void => {
    const sent = ws.send(FRAME, false)
    const buffered = ws.getBufferedAmount()
    if (sent > 0) {
      counts.written++
      if (buffered !== 0) counts.writtenButBuffered++
    } else if (sent === -1) {
      counts.queued++
      if (buffered === 0) counts.queuedButEmpty++
    } else counts.dropped++
  }
  for (let i = 0; i < MAX_SENDS && counts.queued < 100; i += isCorked ? BATCH : 1) {
    if (isCorked) {
      ws.cork(() => {
        for (let j = 0; j < BATCH; j++) sendOne()
      })
    } else sendOne()
  }
  return counts
}

const bun = (globalThis as { Bun?: ProbeBun }).Bun
if (bun === undefined) throw new Error('run with bun')
const results: Record<string, Counts> = {}
let onClosed = (): void => {}
let mode: 'uncorked' | 'corked' = 'uncorked'
const server = bun.serve({
  hostname: '127.0.0.1',
  port: 0,
  fetch(request, srv) {
    return srv.upgrade(request, { data: {} }) ? undefined : new Response('upgrade only', { status: 400 })
  },
  websocket: {
    backpressureLimit: 256 * 1024 * 1024,
    closeOnBackpressureLimit: false,
    perMessageDeflate: false,
    open(ws) {
      results[mode] = probe(ws, mode === 'corked')
      ws.terminate()
    },
    message() {},
    close() {
      onClosed()
    },
  },
})
for (const m of ['uncorked', 'corked'] as const) {
  mode = m
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`probe ${m} timed out`)), 20_000)
    onClosed = () => {
      clearTimeout(timer)
      socket.destroy()
      resolve()
    }
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(
        'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      )
      // Never reads: the server's writes back up.
      socket.pause()
    })
    socket.on('error', () => {})
  })
}
server.stop(true)
console.log(JSON.stringify(results))
