/** The single-node default never loads the Redis client; a configured `redis.url` does (lazily). */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

const script = (redisUrl: string) => `
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const { createRelay } = await import('./server/src/index.ts')
const relay = createRelay({ port: 0, adminPort: 0, logLevel: 'silent', redis: { url: ${JSON.stringify(redisUrl)} } })
await relay.start()
await new Promise((r) => setTimeout(r, 100))
const loaded = Object.keys(require.cache).some((k) => k.includes('/node_modules/ioredis/'))
await relay.close()
process.stdout.write(JSON.stringify({ loaded }))
`

function run(redisUrl: string): { loaded: boolean } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(redisUrl)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  })
  return JSON.parse(out) as { loaded: boolean }
}

describe('lazy Redis client', () => {
  it('is not loaded without redis.url and is loaded with it', () => {
    expect(run('')).toEqual({ loaded: false })
    expect(run('redis://127.0.0.1:1')).toEqual({ loaded: true })
  })
})
