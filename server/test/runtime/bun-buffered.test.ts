/**
 * What the Bun adapter assumes of Bun's `ServerWebSocket` to skip `getBufferedAmount()` after
 * a written send (`server/src/runtime/bun.ts`, BunRelaySocket): checked on the installed Bun
 * by `bun-buffered-probe.ts` against a client that never reads. Skipped with a message when
 * the Bun binary is not installed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Counts } from './bun-buffered-probe.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const BUN = join(ROOT, 'node_modules', '.bin', 'bun')
const PROBE = fileURLToPath(new URL('./bun-buffered-probe.ts', import.meta.url))

if (!existsSync(BUN)) {
  describe.skip('Bun send results: node_modules/.bin/bun not found (npm install installs it)', () => {
    it('is skipped', () => {})
  })
} else {
  describe('Bun send results (installed Bun)', () => {
    it('a written send leaves the buffer empty, and a send into a non-empty buffer returns -1', () => {
      const run = spawnSync(BUN, [PROBE], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
      expect(run.status, run.stderr).toBe(0)
      const results = JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as Record<string, Counts>
      for (const mode of ['uncorked', 'corked']) {
        const counts = results[mode] as Counts
        // Both sides of the property were exercised: sends written, then Bun buffering.
        expect(counts.written, mode).toBeGreaterThan(0)
        expect(counts.queued, mode).toBeGreaterThan(0)
        expect(counts.writtenButBuffered, mode).toBe(0)
        expect(counts.queuedButEmpty, mode).toBe(0)
        expect(counts.dropped, mode).toBe(0)
      }
    }, 90_000)
  })
}
