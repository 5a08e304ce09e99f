/**
 * Keeps docs/configuration.md in step with the schema: every leaf key is documented with its
 * default, and every documented key exists.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { configLeaves } from './load.js'

const doc = readFileSync(new URL('../../../docs/configuration.md', import.meta.url), 'utf8')

/** Rows of the reference tables: | `key` | default | ... */
const rows = new Map<string, string>()
for (const line of doc.split('\n')) {
  const m = /^\|\s*`([A-Za-z0-9_.]+)`\s*\|\s*([^|]*?)\s*\|/.exec(line)
  if (m) rows.set(m[1] as string, m[2] as string)
}

function documentedDefault(value: unknown): string {
  if (value === undefined) return '(unset)'
  return `\`${JSON.stringify(value)}\``
}

describe('docs/configuration.md', () => {
  it('documents every schema key with its default', () => {
    for (const leaf of configLeaves()) {
      expect(rows.has(leaf.path), `${leaf.path} is not documented`).toBe(true)
      expect(rows.get(leaf.path), `default of ${leaf.path}`).toBe(documentedDefault(leaf.defaultValue))
    }
  })

  it('documents no key that the schema lacks', () => {
    const paths = new Set(configLeaves().map((l) => l.path))
    for (const key of rows.keys()) expect(paths.has(key), `${key} is documented but not in the schema`).toBe(true)
  })
})
