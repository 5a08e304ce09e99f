/**
 * Smoke test of the SDK in Bun and Deno (their global WebSocket, no `ws`), against the fake
 * server. Each runtime is skipped, with a message, when its binary is not installed.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeServer, startFakeServer } from '../test/fake-server.js'

const srcDir = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(srcDir, '../../..')
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name)

const SCRIPT = `
import { connect } from ${JSON.stringify(join(srcDir, 'index.ts'))}
const url = ${'${URL}'}
const client = await connect(url, { token: 'runtime-token' })
const sub = client.subscribe('rt.t')
await sub.ready()
const ack = await client.publish('rt.t', Uint8Array.from({ length: 256 }, (_, i) => i), { headers: { 'x-ü': '✓' } })
const { value } = await sub[Symbol.asyncIterator]().next()
await client.close()
console.log(JSON.stringify({ ws: typeof WebSocket, n: value.data.length, last: value.data[255], h: value.headers['x-ü'], offset: String(ack.offset) }))
`

const RUNTIMES: { name: string; args: (script: string) => string[]; env?: Record<string, string> }[] = [
  { name: 'bun', args: (script) => [script] },
  {
    name: 'deno',
    args: (script) => ['run', '-A', '--quiet', '--node-modules-dir=manual', '--sloppy-imports', script],
  },
]

describe.each(RUNTIMES)('runtime $name', ({ name, args }) => {
  const path = bin(name)
  let relay: FakeServer
  let dir: string

  beforeAll(async () => {
    relay = await startFakeServer()
    dir = mkdtempSync(join(tmpdir(), `zr-${name}-`))
  })

  afterAll(async () => {
    await relay.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it.skipIf(!existsSync(path))(
    `connects, publishes and receives (skipped when ${path} is missing)`,
    { timeout: 60_000 },
    async () => {
      const script = join(dir, 'smoke.ts')
      writeFileSync(script, SCRIPT.replace('${URL}', JSON.stringify(relay.url)))
      const stdout = await new Promise<string>((resolvePromise, reject) => {
        execFile(
          path,
          args(script),
          { cwd: repoRoot, timeout: 45_000, env: { ...process.env, DENO_DIR: join(dir, 'deno-cache'), NO_COLOR: '1' } },
          (err, out, errOut) =>
            err ? reject(new Error(`${name} failed: ${err.message}\n${errOut}`)) : resolvePromise(out),
        )
      })
      const line = stdout.trim().split('\n').at(-1) ?? ''
      expect(JSON.parse(line)).toEqual({ ws: 'function', n: 256, last: 255, h: '✓', offset: '1' })
      expect(relay.framesOf('connect')[0]?.frame.connect?.token).toBe('runtime-token')
      await relay.waitFor(() => relay.closes.length === 1, 5_000, `${name} client close`)
      expect(relay.closes[0]?.code).toBe(1000)
    },
  )
})
