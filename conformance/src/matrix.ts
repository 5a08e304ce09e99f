/**
 * The compatibility matrix: one row per scenario, one column per JSON report
 * (`--json`, labelled with `--label`), built from the reports of several runs and
 * written into a Markdown file between `<!-- matrix:begin -->` and
 * `<!-- matrix:end -->`. Only stable facts go in (statuses, never times), so the
 * matrix of a healthy tree is reproducible and CI can check that the docs are current.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'

/** The markers around the generated table. */
export const MATRIX_BEGIN = '<!-- matrix:begin -->'
export const MATRIX_END = '<!-- matrix:end -->'

/** The part of a JSON report (`jsonReport()`) the matrix reads. */
export interface MatrixReport {
  /** The column heading. */
  readonly label: string
  readonly results: readonly { readonly name: string; readonly status: string; readonly verdict?: string }[]
}

/** Reads a JSON report; the label defaults to the file name without `.json`. */
export function readReport(path: string): MatrixReport {
  let j: { label?: unknown; results?: unknown }
  try {
    j = JSON.parse(readFileSync(path, 'utf8')) as typeof j
  } catch (err) {
    throw new Error(`${path}: not a JSON report (${(err as Error).message})`)
  }
  if (!Array.isArray(j.results)) throw new Error(`${path}: not a zr-conformance JSON report (no results)`)
  const label = typeof j.label === 'string' && j.label ? j.label : basename(path).replace(/\.json$/, '')
  return { label, results: j.results as MatrixReport['results'] }
}

const CELL: Record<string, string> = {
  passed: 'pass',
  failed: '**FAIL**',
  skipped: 'skip',
  known_failing: 'known-failing',
  warning: 'warn',
  informational: 'info',
}

/** `Suite/Codec:json/a/b` → `{scenario: 'Suite/a/b', codec: 'json'}`. */
export function splitName(name: string): { scenario: string; codec: string } {
  const parts = name.split('/')
  const codec = parts[1]?.startsWith('Codec:') ? parts[1].slice('Codec:'.length) : ''
  return { scenario: codec ? [parts[0], ...parts.slice(2)].join('/') : name, codec }
}

function cell(entries: readonly { codec: string; status: string; verdict?: string }[]): string {
  if (entries.length === 0) return ''
  const text = (e: { status: string; verdict?: string }) =>
    `${CELL[e.status] ?? e.status}${e.status === 'passed' && e.verdict && e.verdict !== 'OK' ? ` (${e.verdict.toLowerCase().replaceAll('_', '-')})` : ''}`
  const distinct = new Set(entries.map(text))
  if (distinct.size === 1) return [...distinct][0] as string
  return [...entries]
    .sort((x, y) => (x.codec < y.codec ? -1 : x.codec > y.codec ? 1 : 0))
    .map((e) => `${text(e)} (${e.codec || '?'})`)
    .join(' / ')
}

/**
 * The Markdown table: rows are scenarios (codec permutations folded into one cell,
 * split only when they differ), columns the reports in the given order. Empty cells:
 * the scenario does not apply to that mode.
 */
export function buildMatrix(reports: readonly MatrixReport[]): string {
  const rows = new Map<string, Map<number, { codec: string; status: string; verdict?: string }[]>>()
  reports.forEach((rep, col) => {
    for (const r of rep.results) {
      const { scenario, codec } = splitName(r.name)
      const row = rows.get(scenario) ?? new Map()
      rows.set(scenario, row)
      row.set(col, [...(row.get(col) ?? []), { codec, status: r.status, verdict: r.verdict }])
    }
  })
  const names = [...rows.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const totals = reports.map((rep) => {
    const c = { passed: 0, failed: 0, skipped: 0, other: 0 }
    for (const r of rep.results) {
      if (r.status === 'passed' || r.status === 'informational') c.passed++
      else if (r.status === 'failed') c.failed++
      else if (r.status === 'skipped') c.skipped++
      else c.other++
    }
    return `${c.passed} / ${c.failed} / ${c.skipped}${c.other ? ` (+${c.other})` : ''}`
  })
  const lines = [
    `| Scenario | ${reports.map((r) => r.label).join(' | ')} |`,
    `| --- | ${reports.map(() => '---').join(' | ')} |`,
    `| *passed / failed / skipped permutations* | ${totals.map((t) => `*${t}*`).join(' | ')} |`,
  ]
  for (const name of names) {
    const row = rows.get(name) as Map<number, { codec: string; status: string; verdict?: string }[]>
    lines.push(`| \`${name}\` | ${reports.map((_, col) => cell(row.get(col) ?? [])).join(' | ')} |`)
  }
  return lines.join('\n')
}

/** Replaces the text between the markers of `doc` with `table`. Throws when the markers are missing. */
export function replaceBetweenMarkers(doc: string, table: string): string {
  const begin = doc.indexOf(MATRIX_BEGIN)
  const end = doc.indexOf(MATRIX_END)
  if (begin < 0 || end < begin) throw new Error(`missing ${MATRIX_BEGIN} ... ${MATRIX_END} markers`)
  return `${doc.slice(0, begin + MATRIX_BEGIN.length)}\n${table}\n${doc.slice(end)}`
}

/** Writes the matrix of `reportPaths` into `docPath`; returns whether the file changed. */
export function writeMatrix(docPath: string, reportPaths: readonly string[]): boolean {
  const doc = readFileSync(docPath, 'utf8')
  const next = replaceBetweenMarkers(doc, buildMatrix(reportPaths.map(readReport)))
  if (next === doc) return false
  writeFileSync(docPath, next)
  return true
}
