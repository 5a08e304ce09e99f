/**
 * Child process of the flow-control memory tests: a relay (config JSON in `RELAY_CONFIG`,
 * merged over the test config) plus a test-only HTTP hook on 127.0.0.1:
 * - `/mem`: `process.memoryUsage()` after three `gc()` passes (`?gc=0`: without gc);
 * - `/state?tenant=<id>`: the tenant limiter's `usage()`, the broker interests the router holds,
 *   and how many distinct tenant keys the limiter was asked about.
 * Run with `--expose-gc`. Prints one JSON line `{ url, adminUrl, hookUrl }` once listening;
 * exits on SIGTERM.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import { createRelay, type RelayConfigInput } from '../../src/index.js'
import { testConfig } from '../helpers.js'
import { instruments } from './flow-helpers.js'

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with --expose-gc')

const overrides = { logLevel: 'warn', ...JSON.parse(process.env.RELAY_CONFIG ?? '{}') } as RelayConfigInput

/** Discards log lines: a capture buffer would itself grow with the load. */
const sink = new Writable({
  write(_chunk, _enc, cb) {
    cb()
  },
})

const tools = instruments(overrides)
const relay = createRelay(testConfig(overrides), {
  logDestination: sink,
  broker: tools.broker,
  limiter: tools.limiter,
})
const { url, adminUrl } = await relay.start()

const hook = createServer((req, res) => {
  const requestUrl = new URL(req.url ?? '/', 'http://127.0.0.1')
  res.setHeader('content-type', 'application/json')
  if (requestUrl.pathname === '/state') {
    const tenant = requestUrl.searchParams.get('tenant') ?? 'default'
    res.end(
      JSON.stringify({
        usage: tools.limiter.usage(tenant),
        interests: tools.interests(),
        limiterKeys: tools.keys.size,
      }),
    )
    return
  }
  // Several passes with turns in between, so weak callbacks and finalizers run too.
  const passes = requestUrl.searchParams.get('gc') === '0' ? 0 : 3
  const step = (left: number) => {
    if (left > 0) {
      gc()
      setImmediate(() => step(left - 1))
      return
    }
    res.end(JSON.stringify(process.memoryUsage()))
  }
  step(passes)
})
await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}`
process.stdout.write(`${JSON.stringify({ url, adminUrl, hookUrl })}\n`)

process.on('SIGTERM', () => {
  hook.close()
  void relay.close().then(() => process.exit(0))
})
