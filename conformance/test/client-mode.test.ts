/**
 * End to end: the client-mode suite against the TypeScript SDK, through its driver
 * (conformance/drivers/zerorelay-ts.ts) and the runner's reference server.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BUNDLED_SUITES } from '../src/cli.js'
import { failureBlock } from '../src/report.js'
import { runClientMode } from '../src/runner.js'

const DRIVER = fileURLToPath(new URL('../drivers/zerorelay-ts.ts', import.meta.url))

describe('zr-conformance client mode against the TypeScript SDK', () => {
  it('passes every client scenario', { timeout: 180_000 }, async () => {
    const outcome = await runClientMode({
      suites: [BUNDLED_SUITES],
      driver: [process.execPath, '--import', 'tsx', DRIVER],
      run: [],
      skip: [],
      knownFailing: [],
      timeSlackMs: 200,
    })
    const failed = outcome.results.filter((r) => r.status === 'failed')
    expect(failed.map((r) => failureBlock(r, 'FAILED', true))).toEqual([])
    expect(outcome.errors).toEqual([])
    expect(outcome.results.filter((r) => r.status === 'passed').length).toBeGreaterThanOrEqual(10)
  })
})
