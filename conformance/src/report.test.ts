import { describe, expect, it } from 'vitest'
import { parseArgs } from './cli.js'
import type { ScenarioResult } from './engine.js'
import { Level } from './gen.js'
import { classify, summarize, textReport } from './report.js'
import type { RunOutcome } from './runner.js'

function result(name: string, status: ScenarioResult['status'], level = Level.LEVEL_REQUIRED): ScenarioResult {
  return {
    name,
    level,
    status,
    verdict: 'OK',
    notes: status === 'skipped' ? ['requires resume'] : [],
    failure:
      status === 'failed' ? { step: '2 expect(c1)', message: 'no matching frame', expected: '{"pong":{}}' } : undefined,
    trace: [{ at: 1.5, actor: 'c1', dir: '>', what: 'binary 6B' }],
    durationMs: 3,
  }
}

function outcome(results: ScenarioResult[], known: string[] = [], errors: string[] = []): RunOutcome {
  return { results, expectedFailures: new Set(known), errors, scenarioCount: results.length }
}

describe('classify() and summarize()', () => {
  it('counts RECOMMENDED failures as warnings unless --strict, INFORMATIONAL as passed', () => {
    const o = outcome([
      result('a', 'passed'),
      result('b', 'failed', Level.LEVEL_RECOMMENDED),
      result('c', 'failed', Level.LEVEL_INFORMATIONAL),
      result('d', 'skipped'),
    ])
    expect(summarize(o, false)).toMatchObject({ passed: 2, failed: 0, skipped: 1, warnings: 1, ok: true })
    expect(summarize(o, true)).toMatchObject({ passed: 2, failed: 1, ok: false })
  })

  it('does not count known failures, but run errors fail the run', () => {
    const o = outcome([result('a', 'failed')], ['a'])
    expect(classify(o.results[0] as ScenarioResult, o.expectedFailures, false)).toBe('known_failing')
    expect(summarize(o, false).ok).toBe(true)
    expect(summarize(outcome([result('a', 'passed')], [], ['stale entry']), false).ok).toBe(false)
  })
})

describe('textReport()', () => {
  it('prints FAILED blocks with expected, trace, and ends with the closing line', () => {
    const text = textReport(outcome([result('S/x', 'failed'), result('S/y', 'passed'), result('S/z', 'skipped')]), {
      strict: false,
      verbose: false,
    })
    expect(text).toContain('FAILED: S/x\n  at 2 expect(c1): no matching frame\n  expected: {"pong":{}}')
    expect(text).toContain('  trace:\n    +     1.5ms > c1        binary 6B')
    expect(text.split('\n').at(-1)).toBe('1 passed, 1 failed, 1 skipped')
  })
})

describe('parseArgs()', () => {
  it('splits the launch command after --', () => {
    const a = parseArgs(['server', '--run', 'A/**', '--run', '@f.txt', '-v', '--', 'node', 'x.js', '--flag'])
    expect(a).toMatchObject({
      mode: 'server',
      run: ['A/**', '@f.txt'],
      verbose: true,
      command: ['node', 'x.js', '--flag'],
    })
  })

  it('rejects unknown options and missing values', () => {
    expect(() => parseArgs(['server', '--nope'])).toThrow(/unknown option --nope/)
    expect(() => parseArgs(['server', '--url'])).toThrow(/--url needs a value/)
    expect(() => parseArgs(['server', '--time-slack', '-1'])).toThrow()
  })
})
