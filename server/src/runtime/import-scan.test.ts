/**
 * Keeps runtime APIs inside the adapters: no server/src file except the allow-listed adapter
 * and entry files may import `node:*`, `ws` or `@hono/node-*` (Bun and Deno reuse the rest).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('..', import.meta.url))

/** Files allowed to touch runtime APIs (paths relative to server/src). */
const ALLOWED = new Set([
  'runtime/node.ts',
  'runtime/bun.ts',
  'runtime/deno.ts',
  'main.ts',
  'main.bun.ts',
  'main.deno.ts',
  'cli.ts',
  'auth/read-file.node.ts',
  'auth/hmac.node.ts',
])
const FORBIDDEN = /^(node:|ws$|ws\/|@hono\/node-)/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'gen' ? [] : sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
export function importsOf(source: string): string[] {
  const specs: string[] = []
  const patterns = [
    /(?:^|[\s;])import\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /(?:^|[\s;])export\s+(?:type\s+)?[\w*{}\s,$]+\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]
  for (const re of patterns) for (const m of source.matchAll(re)) specs.push(m[1] as string)
  return specs
}

describe('runtime import boundary', () => {
  it('detects the import forms it scans for', () => {
    const sample = `import { a } from 'node:fs'\nimport type { B } from "ws"\nexport { c } from '@hono/node-server'\nconst x = await import('node:net')`
    expect(importsOf(sample)).toEqual(['node:fs', 'ws', '@hono/node-server', 'node:net'])
  })

  it('keeps node:*, ws and @hono/node-* inside the adapter and entry files', () => {
    const offenders: string[] = []
    for (const file of sourceFiles(SRC)) {
      const rel = relative(SRC, file).split('\\').join('/')
      if (ALLOWED.has(rel)) continue
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (FORBIDDEN.test(spec)) offenders.push(`${rel} imports ${spec}`)
      }
    }
    expect(offenders).toEqual([])
  })
})
