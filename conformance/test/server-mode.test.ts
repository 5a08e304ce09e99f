/**
 * End to end: the whole server-mode suite against the zerorelay Node server, started
 * through its launcher (conformance/launchers/zerorelay-node.ts) with the launch
 * protocol, exactly as `zr-conformance server -- <launcher>` does. The known-failing
 * list must stay exact, so this test also fails when a listed case starts passing.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BUNDLED_SUITES } from '../src/cli.js'
import { failureBlock } from '../src/report.js'
import { runServerMode } from '../src/runner.js'
import { readPatterns } from '../src/select.js'

const LAUNCHER = fileURLToPath(new URL('../launchers/zerorelay-node.ts', import.meta.url))
const KNOWN_FAILING = fileURLToPath(new URL('../known-failing/zerorelay-node.txt', import.meta.url))

describe('zr-conformance server mode against the Node server', () => {
  it('passes every scenario the server supports, failing only the known-failing ones', {
    timeout: 300_000,
  }, async () => {
    const outcome = await runServerMode({
      suites: [BUNDLED_SUITES],
      source: { kind: 'launch', command: [process.execPath, '--import', 'tsx', LAUNCHER] },
      run: [],
      skip: [],
      knownFailing: readPatterns([`@${KNOWN_FAILING}`]),
      timeSlackMs: 200,
    })
    const unexpected = outcome.results.filter((r) => r.status === 'failed' && !outcome.expectedFailures.has(r.name))
    expect(unexpected.map((r) => failureBlock(r, 'FAILED', true))).toEqual([])
    expect(outcome.errors).toEqual([])
    // Every skip is for a feature the server does not announce (at-least-once, resume,
    // rate-limit), never for a configuration the launcher could not apply.
    for (const r of outcome.results.filter((x) => x.status === 'skipped')) expect(r.notes.join()).toMatch(/^requires /)
    expect(outcome.results.filter((r) => r.status === 'passed').length).toBeGreaterThan(60)
  })
})
