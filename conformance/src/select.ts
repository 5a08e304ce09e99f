/**
 * Name patterns for --run, --skip and known-failing lists, as in connectrpc's
 * conformance runner: `*` matches within one '/'-separated component, `**` matches
 * any number of components (zero included). `@file` reads patterns from a file,
 * one per line, `#` starting a comment.
 */
import { readFileSync } from 'node:fs'

/** A compiled name pattern. */
export interface NamePattern {
  readonly source: string
  /** Where it came from ("file.txt:12"), for error messages. */
  readonly origin: string
  test(name: string): boolean
}

function escape(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
}

/** Compiles one pattern. */
export function compilePattern(source: string, origin = source): NamePattern {
  const parts = source.split('/')
  let re = ''
  for (const [i, part] of parts.entries()) {
    if (part === '**') {
      // zero or more whole components, with their separators
      if (i === 0) re += parts.length === 1 ? '.*' : '(?:[^/]+/)*'
      else re += '(?:/[^/]+)*'
      continue
    }
    // a leading ** already ends with its separator
    if (i > 0 && !(i === 1 && parts[0] === '**')) re += '/'
    re += part.split('*').map(escape).join('[^/]*')
  }
  const regex = new RegExp(`^${re}$`)
  return { source, origin, test: (name) => regex.test(name) }
}

/** Parses a pattern file's text: one pattern per line, `#` comments, blank lines ignored. */
export function parsePatternText(text: string, file: string): NamePattern[] {
  const out: NamePattern[] = []
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    const p = line.replace(/#.*$/, '').trim()
    if (p) out.push(compilePattern(p, `${file}:${i + 1}`))
  }
  return out
}

/** Reads `pattern` or `@file` arguments. */
export function readPatterns(args: readonly string[]): NamePattern[] {
  const out: NamePattern[] = []
  for (const a of args) {
    if (a.startsWith('@')) out.push(...parsePatternText(readFileSync(a.slice(1), 'utf8'), a.slice(1)))
    else out.push(compilePattern(a))
  }
  return out
}

/** True when any pattern matches. */
export function matchesAny(patterns: readonly NamePattern[], name: string): boolean {
  return patterns.some((p) => p.test(name))
}

/** Outcome of one permutation as far as the known-failing check is concerned. */
export interface Outcome {
  readonly name: string
  /** 'failed' and 'passed' are judged; 'skipped' is neither. */
  readonly status: 'passed' | 'failed' | 'skipped'
}

/** Problems that keep a known-failing list exact. */
export interface KnownFailingCheck {
  /** Names of failed permutations covered by the list (they do not fail the run). */
  readonly expectedFailures: ReadonlySet<string>
  /** Each entry is an error that fails the run. */
  readonly errors: readonly string[]
}

/**
 * Applies a known-failing list. A listed permutation that fails is expected; one
 * that passes is an error (the list is stale); a pattern matching no permutation
 * at all (`allNames`: every permutation before --run/--skip) is an error too.
 */
export function checkKnownFailing(
  patterns: readonly NamePattern[],
  outcomes: readonly Outcome[],
  allNames: readonly string[],
): KnownFailingCheck {
  const expectedFailures = new Set<string>()
  const errors: string[] = []
  for (const p of patterns)
    if (!allNames.some((n) => p.test(n)))
      errors.push(`known-failing pattern ${JSON.stringify(p.source)} (${p.origin}) matches no test case`)
  for (const o of outcomes) {
    if (!matchesAny(patterns, o.name)) continue
    if (o.status === 'failed') expectedFailures.add(o.name)
    else if (o.status === 'passed')
      errors.push(`${o.name} is listed as known failing but passed: remove it from the list`)
  }
  return { expectedFailures, errors }
}
