/**
 * Hand-written SVG plots from a results document (no plotting dependency): fanout throughput
 * and CPU per delivery (A), the latency distribution (B) and memory per connection (C).
 * Also rewrites the generated section of docs/benchmarks.md.
 *
 *   npx tsx bench/src/plot.ts bench/results/<file>.json [--update-docs]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { metricSummary, renderReport } from './report.js'
import { fmt, LATENCY_QUANTILES, type Summary } from './stats.js'
import { REPO_ROOT } from './targets/target.js'
import type { ResultsDocument, ScenarioName } from './types.js'

const COLORS: Record<string, string> = { zerorelay: '#d9480f', baseline: '#1c7ed6', peer: '#868e96' }
const PALETTE = ['#d9480f', '#f59f00', '#c2255c', '#1c7ed6', '#5f3dc4', '#0ca678', '#868e96', '#212529']
const FONT = 'font-family="system-ui, sans-serif"'

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

interface Bar {
  label: string
  value: Summary
  color: string
}

/** A horizontal bar chart with min–max whiskers. */
export function barChart(title: string, unit: string, bars: readonly Bar[]): string {
  const width = 760
  const left = 150
  const right = 110
  const rowH = 28
  const top = 44
  const height = top + rowH * Math.max(1, bars.length) + 30
  const maxV = Math.max(...bars.map((b) => b.value.max), 1e-9)
  const x = (v: number) => left + ((width - left - right) * v) / maxV
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="13">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600">${esc(title)}</text>`,
  ]
  bars.forEach((b, i) => {
    const y = top + i * rowH
    parts.push(
      `<text x="${left - 8}" y="${y + rowH / 2 + 4}" text-anchor="end">${esc(b.label)}</text>`,
      `<rect x="${left}" y="${y + 4}" width="${Math.max(1, x(b.value.median) - left).toFixed(1)}" height="${rowH - 8}" fill="${b.color}"/>`,
    )
    if (b.value.max > b.value.min) {
      const cy = y + rowH / 2
      parts.push(
        `<line x1="${x(b.value.min).toFixed(1)}" x2="${x(b.value.max).toFixed(1)}" y1="${cy}" y2="${cy}" stroke="#212529" stroke-width="1.5"/>`,
        `<line x1="${x(b.value.min).toFixed(1)}" x2="${x(b.value.min).toFixed(1)}" y1="${cy - 5}" y2="${cy + 5}" stroke="#212529"/>`,
        `<line x1="${x(b.value.max).toFixed(1)}" x2="${x(b.value.max).toFixed(1)}" y1="${cy - 5}" y2="${cy + 5}" stroke="#212529"/>`,
      )
    }
    parts.push(
      `<text x="${(x(b.value.max) + 6).toFixed(1)}" y="${y + rowH / 2 + 4}">${esc(`${fmt(b.value.median)} ${unit}`)}</text>`,
    )
  })
  const axisY = top + rowH * Math.max(1, bars.length) + 4
  parts.push(
    `<line x1="${left}" x2="${width - right}" y1="${axisY}" y2="${axisY}" stroke="#adb5bd"/>`,
    `<text x="${left}" y="${axisY + 18}" fill="#495057">0</text>`,
    `<text x="${width - right}" y="${axisY + 18}" text-anchor="end" fill="#495057">${esc(`${fmt(maxV)} ${unit}`)}</text>`,
    '</svg>',
  )
  return `${parts.join('\n')}\n`
}

interface Series {
  label: string
  color: string
  /** Milliseconds at each point of the x axis (NaN: missing). */
  values: number[]
}

/** A line chart of latency quantiles (log-scale y axis). */
export function latencyChart(title: string, xLabels: readonly string[], series: readonly Series[]): string {
  const width = 760
  const height = 420
  const left = 76
  const right = 170
  const top = 40
  const bottom = 50
  const all = series.flatMap((s) => s.values).filter((v) => Number.isFinite(v) && v > 0)
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all, 1)))
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...all, lo * 10)))
  const x = (i: number) => left + ((width - left - right) * i) / Math.max(1, xLabels.length - 1)
  const y = (v: number) =>
    top + (height - top - bottom) * (1 - (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)))
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${(width - right + left) / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600">${esc(title)}</text>`,
  ]
  for (let d = lo; d <= hi * 1.0001; d *= 10) {
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(d).toFixed(1)}" y2="${y(d).toFixed(1)}" stroke="#e9ecef"/>`,
      `<text x="${left - 6}" y="${(y(d) + 4).toFixed(1)}" text-anchor="end" fill="#495057">${fmt(d)} ms</text>`,
    )
  }
  xLabels.forEach((l, i) => {
    parts.push(
      `<text x="${x(i).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle" fill="#495057">${esc(l)}</text>`,
    )
  })
  series.forEach((s, k) => {
    const pts = s.values
      .map((v, i) => (Number.isFinite(v) && v > 0 ? `${x(i).toFixed(1)},${y(v).toFixed(1)}` : ''))
      .filter((p) => p !== '')
    parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.join(' ')}"/>`)
    const ly = top + 10 + k * 18
    parts.push(
      `<line x1="${width - right + 12}" x2="${width - right + 32}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"/>`,
      `<text x="${width - right + 38}" y="${ly + 4}">${esc(s.label)}</text>`,
    )
  })
  parts.push('</svg>')
  return `${parts.join('\n')}\n`
}

function barsFor(doc: ResultsDocument, scenario: ScenarioName, metric: string): Bar[] {
  const bars: Bar[] = []
  for (const t of doc.targets) {
    const s = metricSummary(doc, t.name, scenario, metric)
    if (s !== undefined) bars.push({ label: t.name, value: s, color: COLORS[t.kind] ?? '#868e96' })
  }
  return bars
}

/** Writes the plots of `doc` into `dir`; returns the files written. */
export function writePlots(doc: ResultsDocument, dir: string): string[] {
  mkdirSync(dir, { recursive: true })
  const written: string[] = []
  const write = (name: string, svg: string) => {
    const f = join(dir, name)
    writeFileSync(f, svg)
    written.push(f)
  }
  const a = barsFor(doc, 'A', 'deliveriesPerSec')
  if (a.length > 0) write('throughput.svg', barChart('A: fanout deliveries/s (median, min–max)', '/s', a))
  const cpu = barsFor(doc, 'A', 'serverNsPerDelivery')
  if (cpu.length > 0) write('cpu-per-delivery.svg', barChart('A: server CPU per delivery (lower is better)', 'ns', cpu))
  const labels = [...LATENCY_QUANTILES.map((q) => `p${+(q * 100).toFixed(2)}`), 'max']
  const keys = [...LATENCY_QUANTILES.map(String), 'max']
  const series: Series[] = []
  doc.targets.forEach((t, i) => {
    const values = keys.map((k) => metricSummary(doc, t.name, 'B', `lat:${k}`)?.median ?? Number.NaN)
    if (values.some((v) => Number.isFinite(v)))
      series.push({ label: t.name, color: PALETTE[i % PALETTE.length] as string, values })
  })
  if (series.length > 0)
    write('latency.svg', latencyChart('B: delivery latency by quantile (median of runs)', labels, series))
  const mem = barsFor(doc, 'C', 'kbPerConn')
  if (mem.length > 0) write('memory.svg', barChart('C: idle memory per connection (lower is better)', 'KB', mem))
  return written
}

const START = '<!-- bench-results:start (generated by bench/src/plot.ts; edits here are overwritten) -->'
const END = '<!-- bench-results:end -->'

/** Replaces the generated results section of docs/benchmarks.md with `doc`'s tables and plots. */
export function updateDocs(doc: ResultsDocument, resultsFile: string): void {
  const docsFile = join(REPO_ROOT, 'docs', 'benchmarks.md')
  const md = readFileSync(docsFile, 'utf8')
  const a = md.indexOf(START)
  const b = md.indexOf(END)
  if (a < 0 || b < a) throw new Error(`docs/benchmarks.md has no ${START} … ${END} section`)
  const plotsDir = join(REPO_ROOT, 'bench', 'results', 'plots')
  const rel = (f: string) => relative(join(REPO_ROOT, 'docs'), f)
  const images = ['throughput.svg', 'cpu-per-delivery.svg', 'latency.svg', 'memory.svg']
    .map((f) => `![${f.replace('.svg', '')}](${rel(join(plotsDir, f))})`)
    .join('\n')
  const body = [
    START,
    '',
    `Source: \`${relative(REPO_ROOT, resultsFile)}\`.`,
    '',
    renderReport(doc),
    images,
    '',
    END,
  ].join('\n')
  writeFileSync(docsFile, md.slice(0, a) + body + md.slice(b + END.length))
}

if (process.argv[1] !== undefined && /plot\.ts$/.test(process.argv[1])) {
  const file = process.argv[2]
  if (file === undefined) {
    process.stderr.write('usage: tsx bench/src/plot.ts <results.json> [--update-docs]\n')
    process.exit(2)
  }
  const doc = JSON.parse(readFileSync(file, 'utf8')) as ResultsDocument
  const isUpdatingDocs = process.argv.includes('--update-docs')
  const dir = isUpdatingDocs ? join(REPO_ROOT, 'bench', 'results', 'plots') : `${file.replace(/\.json$/, '')}-plots`
  for (const f of writePlots(doc, dir)) process.stdout.write(`${f}\n`)
  if (isUpdatingDocs) updateDocs(doc, file)
}
