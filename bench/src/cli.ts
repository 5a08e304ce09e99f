/**
 * `npm run bench` / `npm run bench:smoke`: runs the benchmark, prints a progress line per run
 * and the tables at the end, writes `bench/results/<mode>-<time>.json` and the SVG plots.
 *
 *   --scenario A,B,...   scenarios (default: all)          --targets a,b,...  targets (default: all)
 *   --reps N             repetitions, interleaved (3)      --quick            short runs
 *   --smoke              node-ws + zerorelay-node, A, tiny counts (CI)
 *   --no-pin             do not pin to CPUs                --verbose          forward children's output
 *   --foreign-limit PCT  retry runs with more foreign CPU (10)   --retries N  (2)
 *   --out FILE           results path                      --update-docs      rewrite docs/benchmarks.md results
 *
 * Exits 1 when a run failed or lost deliveries.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { updateDocs, writePlots } from './plot.js'
import { renderReport } from './report.js'
import { type BenchOptions, defaultTargets, type Mode, runBench } from './run.js'
import { REPO_ROOT } from './targets/target.js'
import { type ResultsDocument, SCENARIOS, type ScenarioName } from './types.js'

/** Parsed command line. */
export interface CliArgs extends BenchOptions {
  out?: string
  isUpdatingDocs: boolean
}

/** Parses argv (without node and script). Throws on unknown or malformed flags. */
export function parseArgs(argv: readonly string[]): CliArgs {
  let mode: Mode = 'full'
  let scenarios: ScenarioName[] | undefined
  let targets: string[] | undefined
  let reps: number | undefined
  const out: Partial<CliArgs> = { isUpdatingDocs: false }
  const list = (v: string | undefined, flag: string) => {
    if (v === undefined || v === '') throw new Error(`${flag} needs a value`)
    return v
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '')
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split(/=(.*)/s, 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case '--scenario':
      case '--scenarios':
        scenarios = list(value(), flag).map((s) => {
          const u = s.toUpperCase()
          if (!(SCENARIOS as readonly string[]).includes(u)) throw new Error(`unknown scenario ${s} (A–F)`)
          return u as ScenarioName
        })
        break
      case '--targets':
      case '--target':
        targets = list(value(), flag)
        break
      case '--reps': {
        reps = Number(value())
        if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps needs a positive integer')
        break
      }
      case '--quick':
        mode = 'quick'
        break
      case '--smoke':
        mode = 'smoke'
        break
      case '--no-pin':
        out.isPinned = false
        break
      case '--verbose':
        out.isVerbose = true
        break
      case '--foreign-limit':
        out.foreignCpuLimitPct = Number(value())
        break
      case '--retries':
        out.maxRetries = Number(value())
        break
      case '--out':
        out.out = value()
        break
      case '--update-docs':
        out.isUpdatingDocs = true
        break
      default:
        throw new Error(`unknown option ${flag}`)
    }
  }
  return {
    ...out,
    mode,
    scenarios: scenarios ?? (mode === 'smoke' ? ['A'] : [...SCENARIOS]),
    targets: targets ?? defaultTargets(mode),
    reps: reps ?? (mode === 'full' ? 3 : 1),
    isUpdatingDocs: out.isUpdatingDocs ?? false,
  }
}

/** Problems that make the invocation fail: errored runs and lost deliveries. */
export function failures(doc: ResultsDocument): string[] {
  const out: string[] = []
  for (const r of doc.runs) {
    if (r.status === 'error') out.push(`${r.scenario} ${r.target}: ${r.note?.split('\n')[0] ?? 'error'}`)
    else if (r.status === 'ok' && (r.metrics.missing ?? 0) > 0)
      out.push(`${r.scenario} ${r.target}: ${r.metrics.missing} deliveries missing`)
  }
  return out
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  const log = (line: string) => process.stdout.write(`${line}\n`)
  log(
    `zerorelay bench: mode ${args.mode}, scenarios ${args.scenarios.join(',')}, targets ${args.targets.join(',')}, ${args.reps} rep(s)`,
  )
  const doc = await runBench({ ...args, onProgress: log })
  const dir = join(REPO_ROOT, 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const file = args.out ?? join(dir, `${args.mode}-${doc.startedAt.replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`)
  log('')
  log(renderReport(doc))
  log(`results: ${file}`)
  if (args.mode !== 'smoke') {
    // bench/results/plots belongs to the run shown in docs/benchmarks.md; other runs get their own folder.
    const plotsDir = args.isUpdatingDocs ? join(dir, 'plots') : file.replace(/\.json$/, '') + '-plots'
    const plots = writePlots(doc, plotsDir)
    log(`plots: ${plots.join(', ')}`)
  }
  if (args.isUpdatingDocs) {
    updateDocs(doc, file)
    log('docs/benchmarks.md updated')
  }
  const bad = failures(doc)
  for (const b of bad) log(`FAILED: ${b}`)
  return bad.length > 0 ? 1 : 0
}

// Run only as a script, not when imported (the smoke test imports runBench directly).
if (process.argv[1] !== undefined && /cli\.ts$/.test(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`)
      process.exit(2)
    },
  )
}
