/**
 * Child process for hostile-memory.test.ts: a relay plus a test-only HTTP hook on 127.0.0.1
 * that reports `process.memoryUsage()`, after `gc()` unless `?gc=0`. Run with `--expose-gc`.
 * Prints one JSON line `{ url, adminUrl, memUrl }` once listening; exits on SIGTERM.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import { createRelay } from '../src/index.js'
import { testConfig } from './helpers.js'

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with --expose-gc')

/** Discards log lines: a capture buffer would itself grow with the attack. */
const sink = new Writable({
  write(_chunk, _enc, cb) {
    cb()
  },
})
const relay = createRelay(
  testConfig({
    logLevel: 'warn',
    limits: { maxQueuedBytes: Number(process.env.QUEUE_BYTES), maxQueuedMessages: 1_000 },
    timeouts: { authTimeoutMs: Number(process.env.AUTH_TIMEOUT_MS) },
    // History is retained on purpose (1 000 × 32 KiB per topic by default); kept small here so
    // the measurement sees leaks, not the configured retention.
    history: { maxMessagesPerTopic: 16 },
  }),
  { logDestination: sink },
)
const { url, adminUrl } = await relay.start()

const hook = createServer((req, res) => {
  const collect = !req.url?.includes('gc=0')
  // Several passes with turns in between, so weak callbacks and finalizers run too.
  const passes = collect ? 3 : 0
  const step = (left: number) => {
    if (left > 0) {
      gc()
      setImmediate(() => step(left - 1))
      return
    }
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(process.memoryUsage()))
  }
  step(passes)
})
await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
const memUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/mem`
process.stdout.write(`${JSON.stringify({ url, adminUrl, memUrl })}\n`)

process.on('SIGTERM', () => {
  hook.close()
  void relay.close().then(() => process.exit(0))
})
