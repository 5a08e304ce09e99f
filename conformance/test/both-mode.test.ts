/**
 * End to end: the both-mode suite, the TypeScript SDK (through its driver) against the
 * Node server (through its launcher), next to the runner's raw clients.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BUNDLED_SUITES } from '../src/cli.js'
import { failureBlock } from '../src/report.js'
import { runServerMode } from '../src/runner.js'

const DRIVER = fileURLToPath(new URL('../drivers/zerorelay-ts.ts', import.meta.url))
const LAUNCHER = fileURLToPath(new URL('../launchers/zerorelay-node.ts', import.meta.url))

describe('zr-conformance both mode: TypeScript SDK x Node server', () => {
  it('passes every interop scenario', { timeout: 180_000 }, async () => {
    const outcome = await runServerMode({
      suites: [BUNDLED_SUITES],
      source: { kind: 'launch', command: [process.execPath, '--import', 'tsx', LAUNCHER] },
      driver: [process.execPath, '--import', 'tsx', DRIVER],
      run: [],
      skip: [],
      knownFailing: [],
      timeSlackMs: 200,
    })
    const failed = outcome.results.filter((r) => r.status === 'failed')
    expect(failed.map((r) => failureBlock(r, 'FAILED', true))).toEqual([])
    expect(outcome.errors).toEqual([])
    expect(outcome.results.filter((r) => r.status === 'passed').length).toBeGreaterThanOrEqual(8)
  })
})
