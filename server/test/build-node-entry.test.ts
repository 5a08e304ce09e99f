/**
 * scripts/build-node-entry.mjs, which `npm start` and the benchmark use to run TypeScript entries
 * as plain JavaScript: workspace packages are bundled, other packages stay imports that resolve at
 * run time, the result runs under plain `node`, and a failed build leaves the last good output.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
// Inside the repository (dist/ is ignored), so the bundle's package imports resolve from node_modules.
const DIR = join(ROOT, 'server', 'dist', `build-test-${process.pid}`)

function build(entry: string, out: string) {
  return spawnSync(process.execPath, ['scripts/build-node-entry.mjs', entry, out], { cwd: ROOT, encoding: 'utf8' })
}

afterAll(() => rmSync(DIR, { recursive: true, force: true }))

describe('scripts/build-node-entry.mjs', () => {
  mkdirSync(DIR, { recursive: true })
  const entry = join(DIR, 'entry.ts')
  const out = join(DIR, 'out', 'entry.mjs')

  it('bundles the workspace packages, keeps other packages as imports, and runs under plain node', () => {
    writeFileSync(
      entry,
      [
        "import { SUBPROTOCOL_PROTO } from '@zerorelay/protocol'",
        "import { WebSocket } from 'ws'",
        'const typed: string = `${SUBPROTOCOL_PROTO} ${typeof WebSocket}`',
        'console.log(typed)',
      ].join('\n'),
    )
    const r = build(entry, out)
    expect(r.status, r.stderr).toBe(0)
    const js = readFileSync(out, 'utf8')
    expect(js).not.toMatch(/from\s+["']@zerorelay\/protocol["']/)
    expect(js).toMatch(/from\s+["']ws["']/)
    expect(js).toContain('//# sourceMappingURL=entry.mjs.map')
    expect(JSON.parse(readFileSync(`${out}.map`, 'utf8')).sources.join(' ')).toContain('packages/protocol/src/codec.ts')

    const run = spawnSync(process.execPath, [out], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim()).toBe('zerorelay.v1.proto function')
  })

  it('fails with the entry named and leaves the previous output in place', () => {
    const before = readFileSync(out, 'utf8')
    writeFileSync(entry, 'const broken: = 1\n')
    const r = build(entry, out)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`${entry} did not compile`)
    expect(readFileSync(out, 'utf8')).toBe(before)
  })

  it('says how to call it when arguments are missing', () => {
    const r = build(entry, '')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('usage: node scripts/build-node-entry.mjs <entry.ts> <out.mjs>')
  })
})
