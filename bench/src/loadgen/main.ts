/**
 * Entry of the load-generator process: `node bench/dist/loadgen-main.mjs '<GenConfig JSON>'` (compiled
 * from this file by `nodeTsCommand`; `node --import tsx bench/src/loadgen/main.ts` runs it too).
 * Prints one line `RESULT <GenResult JSON>` on stdout and exits; exits non-zero on failure.
 * The orchestrator pins it to its own CPU and kills it if it overruns.
 */
import type { GenConfig } from '../types.js'
import { runScenario } from './scenarios.js'

const cfg = JSON.parse(process.argv[2] ?? '{}') as GenConfig
const p = cfg.params
// Self-imposed bound, below the orchestrator's own kill timer.
const budgetMs = 60_000 + p.warmupMs + p.durationMs + p.drainMs + 3 * p.settleMs
setTimeout(() => {
  process.stderr.write(`generator: over its ${budgetMs} ms budget, giving up\n`)
  process.exit(3)
}, budgetMs).unref()

// Exit (rather than die) on the orchestrator's SIGTERM, so that --cpu-prof (BENCH_GEN_NODE_ARGS) writes its profile.
process.on('SIGTERM', () => process.exit(0))

runScenario(cfg).then(
  (result) => {
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`, () => process.exit(0))
  },
  (err: unknown) => {
    process.stderr.write(`generator: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exit(1)
  },
)
