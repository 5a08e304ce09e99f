/**
 * Reports: the text report (FAILED blocks with expected vs received and the frame
 * trace, then a summary whose last line is `N passed, N failed, N skipped`) and the
 * JSON report. Also decides the exit status.
 */
import type { ScenarioResult } from './engine.js'
import { Level } from './gen.js'
import type { RunOutcome } from './runner.js'

/** How a result counts, after levels, --strict and the known-failing list. */
export type Classification = 'passed' | 'failed' | 'skipped' | 'known_failing' | 'warning' | 'informational'

/** Classifies one result. */
export function classify(r: ScenarioResult, expectedFailures: ReadonlySet<string>, strict: boolean): Classification {
  if (r.status === 'skipped') return 'skipped'
  if (r.status === 'passed') return 'passed'
  if (expectedFailures.has(r.name)) return 'known_failing'
  if (r.level === Level.LEVEL_INFORMATIONAL) return 'informational'
  if (r.level === Level.LEVEL_RECOMMENDED && !strict) return 'warning'
  return 'failed'
}

/** Totals of a run. */
export interface Summary {
  readonly total: number
  readonly scenarios: number
  readonly passed: number
  readonly failed: number
  readonly skipped: number
  readonly knownFailing: number
  readonly warnings: number
  readonly informational: number
  readonly errors: readonly string[]
  /** Whether the run succeeded (exit code 0). */
  readonly ok: boolean
}

/** Computes the summary. INFORMATIONAL results count as passed (they only record). */
export function summarize(outcome: RunOutcome, strict: boolean): Summary {
  const c = { passed: 0, failed: 0, skipped: 0, known_failing: 0, warning: 0, informational: 0 }
  for (const r of outcome.results) c[classify(r, outcome.expectedFailures, strict)]++
  return {
    total: outcome.results.length,
    scenarios: outcome.scenarioCount,
    passed: c.passed + c.informational,
    failed: c.failed,
    skipped: c.skipped,
    knownFailing: c.known_failing,
    warnings: c.warning,
    informational: c.informational,
    errors: outcome.errors,
    ok: c.failed === 0 && outcome.errors.length === 0,
  }
}

function fmtMs(ms: number): string {
  return `+${ms.toFixed(1).padStart(8)}ms`
}

/** The FAILED (or WARNING/INFO) block of one result. */
export function failureBlock(r: ScenarioResult, label: string, withTrace: boolean): string {
  const f = r.failure
  const lines = [`${label}: ${r.name}`]
  if (f) {
    lines.push(`  at ${f.step}: ${f.message}`)
    if (f.expected) lines.push(`  expected: ${f.expected}`)
    if (f.received && f.received.length > 0) {
      lines.push('  received (not matched):')
      for (const x of f.received.slice(0, 20)) lines.push(`    ${x.length > 300 ? `${x.slice(0, 297)}...` : x}`)
      if (f.received.length > 20) lines.push(`    ... ${f.received.length - 20} more`)
    }
  }
  if (f?.log) {
    lines.push('  driver stderr (last lines):')
    for (const l of f.log.trimEnd().split('\n').slice(-30)) lines.push(`    ${l}`)
  }
  if (withTrace && r.trace.length > 0) {
    lines.push('  trace:')
    const shown = r.trace.length > 80 ? [...r.trace.slice(0, 40), undefined, ...r.trace.slice(-40)] : r.trace
    for (const e of shown) {
      if (!e) {
        lines.push(`    ... ${r.trace.length - 80} more ...`)
        continue
      }
      const what = e.what.length > 240 ? `${e.what.slice(0, 237)}...` : e.what
      lines.push(`    ${fmtMs(e.at)} ${e.dir} ${e.actor.padEnd(9)} ${what}`)
    }
  }
  return lines.join('\n')
}

/** The whole text report. */
export function textReport(outcome: RunOutcome, opts: { strict: boolean; verbose: boolean }): string {
  const out: string[] = []
  for (const r of outcome.results) {
    const c = classify(r, outcome.expectedFailures, opts.strict)
    if (c === 'failed') out.push(failureBlock(r, 'FAILED', true), '')
    else if (c === 'warning') out.push(failureBlock(r, 'WARNING (RECOMMENDED)', opts.verbose), '')
    else if (c === 'known_failing')
      out.push(`INFO: ${r.name} failed as expected (known failing): ${r.failure?.message ?? ''}`)
    else if (c === 'informational') out.push(`INFO: ${r.name} (INFORMATIONAL) observed: ${r.failure?.message ?? ''}`)
    else if (c === 'passed' && r.verdict !== 'OK')
      out.push(`INFO: ${r.name} passed (${r.verdict}): ${r.notes.join('; ')}`)
    else if (c === 'skipped' && opts.verbose) out.push(`SKIPPED: ${r.name}: ${r.notes.join('; ')}`)
  }
  const s = summarize(outcome, opts.strict)
  for (const e of s.errors) out.push(`ERROR: ${e}`)
  out.push('', `Total: ${s.total} scenario permutations (${s.scenarios} scenarios)`)
  const extra: string[] = []
  if (s.knownFailing > 0) extra.push(`${s.knownFailing} failed as expected: known failing`)
  if (s.warnings > 0) extra.push(`${s.warnings} RECOMMENDED warnings, use --strict to enforce`)
  if (s.informational > 0) extra.push(`${s.informational} INFORMATIONAL observations`)
  if (extra.length > 0) out.push(`(${extra.join('; ')})`)
  out.push(`${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`)
  return out.join('\n')
}

/** The JSON report: one entry per permutation. */
export function jsonReport(
  outcome: RunOutcome,
  strict: boolean,
  meta: { readonly label?: string; readonly mode?: string } = {},
): unknown {
  const s = summarize(outcome, strict)
  return {
    ...(meta.label ? { label: meta.label } : {}),
    ...(meta.mode ? { mode: meta.mode } : {}),
    summary: s,
    results: outcome.results.map((r) => ({
      name: r.name,
      level: Level[r.level] ?? 'LEVEL_REQUIRED',
      status: classify(r, outcome.expectedFailures, strict),
      verdict: r.verdict,
      notes: r.notes,
      failure: r.failure,
      durationMs: Math.round(r.durationMs),
      trace: r.trace.map((e) => ({ atMs: Number(e.at.toFixed(1)), actor: e.actor, dir: e.dir, what: e.what })),
    })),
  }
}
