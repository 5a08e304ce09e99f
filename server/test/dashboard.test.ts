/** Every metric a Grafana panel queries must be one the server exports (scraped from a started relay). */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRelay, type TestRelay } from './helpers.js'

const dashboard = JSON.parse(readFileSync(new URL('../../deploy/grafana/zerorelay.json', import.meta.url), 'utf8')) as {
  panels: { title: string; targets: { expr: string }[] }[]
}

let t: TestRelay
beforeAll(async () => {
  t = await startRelay()
})
afterAll(async () => {
  await t.close()
})

describe('deploy/grafana/zerorelay.json', () => {
  it('queries only metrics the server exports', async () => {
    const text = await fetch(`${t.adminUrl}/metrics`).then((r) => r.text())
    const exported = new Set(
      text
        .split('\n')
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => (/^([a-zA-Z_:][a-zA-Z0-9_:]*)/.exec(l) as RegExpExecArray)[1]),
    )
    const queried = dashboard.panels.flatMap((p) =>
      p.targets.flatMap((tg) => tg.expr.match(/zerorelay_[a-z0-9_]+/g) ?? []),
    )
    expect(queried.length).toBeGreaterThan(10)
    const missing = queried.filter((name) => !exported.has(name))
    expect(missing).toEqual([])
  })

  it('has a panel for every exported zerorelay metric family', async () => {
    const text = await fetch(`${t.adminUrl}/metrics`).then((r) => r.text())
    const families = [...text.matchAll(/^# TYPE (zerorelay_\S+)/gm)].map((m) => m[1] as string)
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((tg) => tg.expr)).join('\n')
    for (const family of families) expect(exprs, family).toContain(family)
  })
})
