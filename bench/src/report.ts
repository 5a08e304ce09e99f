/**
 * Turns a results document into Markdown: one table per scenario (median [min–max] over the
 * repetitions), the goal ratios of issue #10, and the list of runs that did not produce
 * numbers. Used for the console summary and for docs/benchmarks.md.
 */
import { fmt, fmtSummary, type Summary, summarize } from './stats.js'
import { type ResultsDocument, type RunRecord, SCENARIO_TITLES, type ScenarioName } from './types.js'

/** The raw baseline each runtime's zerorelay is compared with. */
export const BASELINE_OF: Record<string, string> = { node: 'node-ws', bun: 'bun', deno: 'deno' }

function okRuns(doc: ResultsDocument, target: string, scenario: ScenarioName): RunRecord[] {
  return doc.runs.filter((r) => r.target === target && r.scenario === scenario && r.status === 'ok')
}

/** Summary of one metric (or `lat:<quantile>` for a latency quantile) over the ok runs. */
export function metricSummary(
  doc: ResultsDocument,
  target: string,
  scenario: ScenarioName,
  metric: string,
): Summary | undefined {
  const values = okRuns(doc, target, scenario).map((r) =>
    metric.startsWith('lat:') ? (r.latencyMs?.[metric.slice(4)] ?? Number.NaN) : (r.metrics[metric] ?? Number.NaN),
  )
  return summarize(values)
}

function sum(doc: ResultsDocument, target: string, scenario: ScenarioName, metric: string): number {
  return okRuns(doc, target, scenario).reduce((a, r) => a + (r.metrics[metric] ?? 0), 0)
}

function ratio(a: Summary | undefined, b: Summary | undefined): number | undefined {
  if (a === undefined || b === undefined || b.median === 0) return undefined
  return a.median / b.median
}

function table(head: string[], rows: string[][]): string {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`]
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`)
  return lines.join('\n')
}

function baselineFor(doc: ResultsDocument, target: string): string | undefined {
  const t = doc.targets.find((x) => x.name === target)
  return t === undefined ? undefined : BASELINE_OF[t.runtime]
}

function disturbedCount(doc: ResultsDocument, target: string, scenario: ScenarioName): string {
  const runs = okRuns(doc, target, scenario)
  const d = runs.filter((r) => r.isDisturbed).length
  return d === 0 ? String(runs.length) : `${runs.length} (${d} disturbed)`
}

/** Renders the per-scenario tables. */
export function renderTables(doc: ResultsDocument): string {
  const out: string[] = []
  const targetsWith = (s: ScenarioName) =>
    doc.targets.filter((t) => okRuns(doc, t.name, s).length > 0).map((t) => t.name)
  for (const s of doc.options.scenarios) {
    const names = targetsWith(s)
    const p = doc.params[s]
    out.push(`### ${s} — ${SCENARIO_TITLES[s]}`)
    if (p !== undefined) out.push('', `Parameters: ${paramsLine(s, p)}.`)
    out.push('')
    if (names.length === 0) {
      out.push('No completed runs.', '')
      continue
    }
    const m = (t: string, k: string) => fmtSummary(metricSummary(doc, t, s, k))
    let rows: string[][]
    let head: string[]
    if (s === 'A' || s === 'D') {
      head = [
        'target',
        'deliveries/s',
        '× runtime baseline',
        'server CPU ns/delivery',
        'missing (sum)',
        'server CPU %',
        'gen CPU %',
        'foreign CPU %',
        'n',
      ]
      rows = names.map((t) => {
        const base = baselineFor(doc, t)
        const x =
          base === undefined
            ? undefined
            : ratio(metricSummary(doc, t, s, 'deliveriesPerSec'), metricSummary(doc, base, 'A', 'deliveriesPerSec'))
        return [
          t,
          m(t, 'deliveriesPerSec'),
          fmt(x),
          m(t, 'serverNsPerDelivery'),
          String(sum(doc, t, s, 'missing')),
          m(t, 'serverCpuPct'),
          m(t, 'genCpuPct'),
          m(t, 'foreignCpuPct'),
          disturbedCount(doc, t, s),
        ]
      })
    } else if (s === 'B') {
      head = [
        'target',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'p99.9 ms',
        'max ms',
        'delivered/s',
        'server CPU %',
        'missing (sum)',
        'foreign CPU %',
        'n',
      ]
      rows = names.map((t) => [
        t,
        m(t, 'lat:0.5'),
        m(t, 'lat:0.9'),
        m(t, 'lat:0.99'),
        m(t, 'lat:0.999'),
        m(t, 'lat:max'),
        m(t, 'deliveriesPerSec'),
        m(t, 'serverCpuPct'),
        String(sum(doc, t, s, 'missing')),
        m(t, 'foreignCpuPct'),
        disturbedCount(doc, t, s),
      ])
    } else if (s === 'C') {
      head = [
        'target',
        'KB/conn',
        'KB/conn (later sample)',
        'RSS before MB',
        'RSS after MB',
        'connect rate conn/s',
        'missing (sum)',
        'n',
      ]
      rows = names.map((t) => [
        t,
        m(t, 'kbPerConn'),
        m(t, 'kbPerConnLate'),
        m(t, 'rssBeforeMb'),
        m(t, 'rssAfterMb'),
        m(t, 'connectPerSec'),
        String(sum(doc, t, s, 'missing')),
        disturbedCount(doc, t, s),
      ])
    } else if (s === 'E') {
      head = [
        'target',
        'healthy deliveries/s',
        'per healthy subscriber ÷ A',
        'p50 ms',
        'p99 ms',
        'slow readers closed (seen by them)',
        'closed by the relay',
        'missing (healthy, sum)',
        'server CPU %',
        'n',
      ]
      rows = names.map((t) => {
        const aPer = perSubscriberA(doc, t)
        const x = ratio(metricSummary(doc, t, 'E', 'perSubscriberPerSec'), aPer)
        return [
          t,
          m(t, 'deliveriesPerSec'),
          fmt(x),
          m(t, 'lat:0.5'),
          m(t, 'lat:0.99'),
          `${m(t, 'slowClosed')} of ${m(t, 'slowSubscribers')}`,
          m(t, 'slowClosedByRelay'),
          String(sum(doc, t, s, 'missing')),
          m(t, 'serverCpuPct'),
          disturbedCount(doc, t, s),
        ]
      })
    } else {
      head = [
        'target',
        'accepted conn/s',
        'server CPU µs/conn',
        'failures (sum)',
        'server CPU %',
        'gen CPU %',
        'foreign CPU %',
        'n',
      ]
      rows = names.map((t) => [
        t,
        m(t, 'connectPerSec'),
        m(t, 'serverUsPerConn'),
        String(sum(doc, t, s, 'failures')),
        m(t, 'serverCpuPct'),
        m(t, 'genCpuPct'),
        m(t, 'foreignCpuPct'),
        disturbedCount(doc, t, s),
      ])
    }
    out.push(table(head, rows), '')
  }
  const notes = doc.runs.filter((r) => r.status !== 'ok')
  if (notes.length > 0) {
    out.push('Runs without numbers:', '')
    const seen = new Set<string>()
    for (const r of notes) {
      const key = `${r.scenario} ${r.target} ${r.status} ${r.note ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(`- ${r.scenario} ${r.target}: ${r.status}${r.note ? ` — ${r.note.split('\n')[0]}` : ''}`)
    }
    out.push('')
  }
  return out.join('\n')
}

function perSubscriberA(doc: ResultsDocument, t: string): Summary | undefined {
  const runs = okRuns(doc, t, 'A')
  return summarize(
    runs.map((r) => (r.metrics.deliveriesPerSec ?? Number.NaN) / (r.metrics.healthySubscribers ?? Number.NaN)),
  )
}

function paramsLine(s: ScenarioName, p: NonNullable<ResultsDocument['params'][string]>): string {
  const win = `${p.warmupMs} ms warm-up, ${p.durationMs} ms window`
  switch (s) {
    case 'A':
    case 'D':
      return `${p.connections} subscribers on 1 topic, ${p.window} publishes in flight, 100-byte payloads, ${win}`
    case 'E':
      return `as A with ${Math.round(p.slowFraction * 100)} % of ${p.connections} subscribers never reading, ${win}`
    case 'B':
      return `${p.connections} subscribers over ${p.topics} topics, ${p.publishers} publishers, ${p.publishesPerSec} publishes/s (${(p.publishesPerSec * p.connections) / p.topics} deliveries/s), ${win}`
    case 'C':
      return `${p.connections} connections, each subscribed to 1 of ${p.topics} topics, ${p.connectConcurrency} handshakes in flight, samples after ${p.settleMs} ms and ${Math.round((p.settleMs * 5) / 3)} ms`
    case 'F':
      return `${p.connections} connections (upgrade + protocol handshake), ${p.connectConcurrency} in flight`
  }
}

/** One goal of issue #10 and whether it is met. */
export interface GoalCheck {
  goal: string
  /** The scenario whose runs decide it (D's n/a, disturbed runs). */
  scenario: ScenarioName
  target: string
  value: number | undefined
  limit: string
  /** true / false, or undefined when not measured. */
  isMet: boolean | undefined
}

/** Computes the goal ratios for every zerorelay target in the document. */
export function checkGoals(doc: ResultsDocument): GoalCheck[] {
  const out: GoalCheck[] = []
  const zr = doc.targets.filter((t) => t.kind === 'zerorelay')
  const ms = (t: string, s: ScenarioName, k: string) => metricSummary(doc, t, s, k)
  const push = (goal: string, target: string, value: number | undefined, limit: string, ok: (v: number) => boolean) => {
    const scenario = (/\((\w)[^)]*\)$/.exec(goal)?.[1] ?? 'A') as ScenarioName
    out.push({ goal, scenario, target, value, limit, isMet: value === undefined ? undefined : ok(value) })
  }
  for (const t of zr) {
    const base = BASELINE_OF[t.runtime] as string
    push(
      'fanout CPU/delivery ÷ runtime baseline (A)',
      t.name,
      ratio(ms(t.name, 'A', 'serverNsPerDelivery'), ms(base, 'A', 'serverNsPerDelivery')),
      '≤ 1.15',
      (v) => v <= 1.15,
    )
    if (t.runtime !== 'deno') {
      push(
        'deliveries/s ÷ NATS-ws (A)',
        t.name,
        ratio(ms(t.name, 'A', 'deliveriesPerSec'), ms('nats', 'A', 'deliveriesPerSec')),
        '≥ 1.5',
        (v) => v >= 1.5,
      )
      push(
        'deliveries/s ÷ Socket.IO (A)',
        t.name,
        ratio(ms(t.name, 'A', 'deliveriesPerSec'), ms('socketio', 'A', 'deliveriesPerSec')),
        '≥ 40',
        (v) => v >= 40,
      )
    }
    push(
      'latency p99 ÷ runtime baseline (B)',
      t.name,
      ratio(ms(t.name, 'B', 'lat:0.99'), ms(base, 'B', 'lat:0.99')),
      '≤ 1.5',
      (v) => v <= 1.5,
    )
    push(
      'memory/conn ÷ runtime baseline (C)',
      t.name,
      ratio(ms(t.name, 'C', 'kbPerConn'), ms(base, 'C', 'kbPerConn')),
      '≤ 1.3',
      (v) => v <= 1.3,
    )
    push(
      'at-least-once ÷ at-most-once deliveries/s (D ÷ A)',
      t.name,
      ratio(ms(t.name, 'D', 'deliveriesPerSec'), ms(t.name, 'A', 'deliveriesPerSec')),
      '≥ 0.5',
      (v) => v >= 0.5,
    )
    push(
      'slow-reader mix: healthy per-subscriber rate ÷ A (E)',
      t.name,
      ratio(ms(t.name, 'E', 'perSubscriberPerSec'), perSubscriberA(doc, t.name)),
      '≥ 0.9',
      (v) => v >= 0.9,
    )
  }
  return out
}

/** Renders the goals table (or says why there is none). */
export function renderGoals(doc: ResultsDocument): string {
  const goals = checkGoals(doc)
  if (goals.length === 0) return 'No zerorelay target in this run: no goal ratios.\n'
  const notMeasured = (g: GoalCheck) => {
    const run = doc.runs.find((r) => r.target === g.target && r.scenario === g.scenario && r.status !== 'ok')
    return run?.status === 'n/a' ? 'n/a (not implemented)' : 'not measured'
  }
  const disturbed = (g: GoalCheck) =>
    doc.runs.some((r) => r.target === g.target && r.scenario === g.scenario && r.status === 'ok' && r.isDisturbed)
      ? ' (disturbed runs)'
      : ''
  const rows = goals.map((g) => [
    g.goal,
    g.target,
    g.value === undefined ? notMeasured(g) : `${fmt(g.value)}${disturbed(g)}`,
    g.limit,
    g.isMet === undefined ? '–' : g.isMet ? '**met**' : '**not met**',
  ])
  return `${table(['goal', 'target', 'ratio', 'required', 'met?'], rows)}\n`
}

/** Versions and environment, as a table. */
export function renderEnvironment(doc: ResultsDocument): string {
  const rows = Object.entries(doc.environment).map(([k, v]) => [k, v])
  const trows = doc.targets.map((t) => [
    t.name,
    t.kind,
    t.unavailable !== undefined ? `unavailable: ${t.unavailable}` : t.version,
    t.description,
  ])
  return `${table(['machine', ''], rows)}\n\n${table(['target', 'kind', 'version', 'what'], trows)}\n`
}

/** The whole Markdown summary of a results document. */
export function renderReport(doc: ResultsDocument): string {
  return [
    `Mode **${doc.mode}**, ${doc.options.reps} repetition(s), ${doc.startedAt} – ${doc.finishedAt}, ` +
      `${doc.options.isPinned ? 'server on CPU 0, generator on CPU 1' : 'not pinned'}; runs with more than ` +
      `${doc.options.foreignCpuLimitPct} % foreign CPU are marked disturbed.`,
    '',
    renderEnvironment(doc),
    renderTables(doc),
    '### Goals (issue #10)',
    '',
    renderGoals(doc),
  ].join('\n')
}
