import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { main } from './cli.js'
import { buildMatrix, MATRIX_BEGIN, MATRIX_END, readReport, replaceBetweenMarkers, splitName } from './matrix.js'
import { mapPool } from './runner.js'

describe('splitName()', () => {
  it('folds the codec component out of a permutation name', () => {
    expect(splitName('Sdk/Codec:json/sdk/connect-ok')).toEqual({ scenario: 'Sdk/sdk/connect-ok', codec: 'json' })
    expect(splitName('Odd/name')).toEqual({ scenario: 'Odd/name', codec: '' })
  })
})

describe('buildMatrix()', () => {
  const server = {
    label: 'server',
    results: [
      { name: 'A/Codec:binary/x', status: 'passed', verdict: 'OK' },
      { name: 'A/Codec:json/x', status: 'passed', verdict: 'OK' },
      { name: 'A/Codec:binary/y', status: 'passed', verdict: 'OK' },
      { name: 'A/Codec:json/y', status: 'failed', verdict: 'OK' },
    ],
  }
  const client = {
    label: 'client',
    results: [
      { name: 'S/Codec:binary/z', status: 'known_failing' },
      { name: 'S/Codec:json/z', status: 'known_failing' },
      { name: 'A/Codec:binary/x', status: 'passed', verdict: 'NON_STRICT' },
      { name: 'A/Codec:json/x', status: 'skipped' },
    ],
  }

  it('has one row per scenario, one column per report, and empty cells where a scenario does not apply', () => {
    const lines = buildMatrix([server, client]).split('\n')
    expect(lines[0]).toBe('| Scenario | server | client |')
    expect(lines[2]).toBe('| *passed / failed / skipped permutations* | *3 / 1 / 0* | *1 / 0 / 1 (+2)* |')
    expect(lines.slice(3)).toEqual([
      '| `A/x` | pass | pass (non-strict) (binary) / skip (json) |',
      '| `A/y` | pass (binary) / **FAIL** (json) |  |',
      '| `S/z` |  | known-failing |',
    ])
  })

  it('is deterministic: the order of results does not matter', () => {
    const shuffled = { ...server, results: [...server.results].reverse() }
    expect(buildMatrix([shuffled, client])).toBe(buildMatrix([server, client]))
  })
})

describe('replaceBetweenMarkers()', () => {
  it('replaces only the text between the markers', () => {
    const doc = `intro\n${MATRIX_BEGIN}\nold\n${MATRIX_END}\nrest\n`
    expect(replaceBetweenMarkers(doc, 'new')).toBe(`intro\n${MATRIX_BEGIN}\nnew\n${MATRIX_END}\nrest\n`)
    expect(replaceBetweenMarkers(replaceBetweenMarkers(doc, 'new'), 'new')).toBe(replaceBetweenMarkers(doc, 'new'))
  })

  it('throws without markers', () => {
    expect(() => replaceBetweenMarkers('no markers', 't')).toThrow(/markers/)
  })
})

describe('zr-conformance matrix', () => {
  const sink = () => {
    let text = ''
    const stream = new Writable({
      write(chunk, _enc, done) {
        text += String(chunk)
        done()
      },
    })
    return { stream, text: () => text }
  }

  it('writes the matrix of JSON reports into a file between the markers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zr-matrix-test-'))
    const report = join(dir, 'client-go.json')
    writeFileSync(
      report,
      JSON.stringify({ label: 'client: Go', results: [{ name: 'S/Codec:json/a', status: 'passed' }] }),
    )
    const unlabelled = join(dir, 'plain.json')
    writeFileSync(unlabelled, JSON.stringify({ results: [] }))
    expect(readReport(unlabelled).label).toBe('plain')
    const doc = join(dir, 'doc.md')
    writeFileSync(doc, `# t\n${MATRIX_BEGIN}\n${MATRIX_END}\n`)
    const out = sink()
    expect(await main(['matrix', report, '--write', doc], out.stream, sink().stream)).toBe(0)
    expect(out.text()).toContain('matrix updated')
    expect(readFileSync(doc, 'utf8')).toContain('| `S/a` | pass |')
    expect(await main(['matrix', report, '--write', doc], out.stream, sink().stream)).toBe(0)
    expect(out.text()).toContain('matrix unchanged')
  })

  it('fails with usage errors for no reports or an unreadable one', async () => {
    const err = sink()
    expect(await main(['matrix'], sink().stream, err.stream)).toBe(2)
    expect(await main(['matrix', '/nonexistent.json'], sink().stream, err.stream)).toBe(2)
    expect(err.text()).toContain('not a JSON report')
  })
})

describe('mapPool()', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const out = await mapPool([5, 1, 4, 2, 3], 2, async (n) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, n))
      running--
      return n * 10
    })
    expect(out).toEqual([50, 10, 40, 20, 30])
    expect(peak).toBe(2)
  })
})
