/**
 * zerorelay itself on Node, Bun and Deno: the real server entry (`server/src/main.ts`) with
 * its real protocol (protobuf subprotocol), JWT auth (an HS256 token minted here for a
 * secret put in the config) and its limits on. Unavailable until the entry exists.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { SignJWT } from 'jose'
import { registerCleanup, spawnChild } from '../proc.js'
import type { ScenarioName } from '../types.js'
import {
  commandVersion,
  freePort,
  npmBinary,
  packageVersion,
  REPO_ROOT,
  type StartedTarget,
  type StartOptions,
  type Target,
  waitForPort,
} from './target.js'

/** The server's entry point on Node; Bun and Deno have their own (docs/runtimes.md). */
export const ZERORELAY_ENTRY = join(REPO_ROOT, 'server', 'src', 'main.ts')
const ZERORELAY_START_NODE = join(REPO_ROOT, 'scripts', 'start.sh')
const ZERORELAY_ENTRY_BUN = join(REPO_ROOT, 'server', 'src', 'main.bun.ts')
const ZERORELAY_START_DENO = join(REPO_ROOT, 'scripts', 'start-deno.sh')
const TENANT = 'bench'
// A fixed, non-secret benchmark key (loopback only, thrown away with the process).
const SECRET = 'zerorelay-bench-hs256-secret-0123456789abcdef'
const SCENARIOS: readonly ScenarioName[] = ['A', 'B', 'C', 'D', 'E', 'F']

/** Mints the benchmark's token: tenant `bench`, may publish and subscribe to `bench.>`. */
export async function mintBenchToken(secret = SECRET): Promise<string> {
  return new SignJWT({ zr: { tenant: TENANT, pub: ['bench.>'], sub: ['bench.>'] } })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret))
}

/** The relay configuration the benchmark runs with (JSON, read with `--config`). */
export function benchConfig(port: number, opts: StartOptions, adminPort = 0): Record<string, unknown> {
  return {
    host: '127.0.0.1',
    port,
    adminHost: '127.0.0.1',
    adminPort,
    logLevel: 'warn', // per-connection info logs would be measured as relay cost
    // The default rate limits and quotas stay on (10 000 messages/s per connection, 50 000
    // publishes/s per tenant, ...): every scenario runs below them.
    limits: {
      maxConnections: 20_000, // scenario C holds 10 000 (+ a publisher)
      maxQueuedBytes: opts.maxQueuedBytes,
    },
    tenantLimits: { maxConnections: 20_000 },
    auth: {
      defaultTenant: TENANT,
      tenants: { [TENANT]: { keys: [{ alg: 'HS256', secret: SECRET }] } },
    },
  }
}

function runtimeCommand(runtime: 'node' | 'bun' | 'deno', confPath: string): [string, string[]] {
  const args = ['--config', confPath]
  // Node and Deno: through the product's launchers (`npm start`, `npm run start:deno`), so the relay
  // runs with the V8 flags it ships with; they `exec` the runtime, so the pid accounted is the relay's.
  if (runtime === 'node') return ['bash', [ZERORELAY_START_NODE, ...args]]
  if (runtime === 'bun') return [npmBinary('bun') as string, [ZERORELAY_ENTRY_BUN, ...args]]
  return ['bash', [ZERORELAY_START_DENO, ...args]]
}

async function startZerorelay(runtime: 'node' | 'bun' | 'deno', opts: StartOptions): Promise<StartedTarget> {
  const port = await freePort()
  const adminPort = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'zr-bench-relay-'))
  const conf = join(dir, 'relay.json')
  writeFileSync(conf, JSON.stringify(benchConfig(port, opts, adminPort), null, 2))
  const cleanup = registerCleanup(() => rmSync(dir, { recursive: true, force: true }))
  const [cmd, args] = runtimeCommand(runtime, conf)
  // BENCH_SERVER_NODE_ARGS: extra Node flags for the relay only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  // to see where the time goes (NODE_OPTIONS refuses some, and would reach every Node process).
  // The launcher runs the `node` on PATH: put this process's Node first, the one version() reports.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  }
  const nodeFlags = process.env.BENCH_SERVER_NODE_ARGS
  if (nodeFlags !== undefined) env.ZERORELAY_NODE_FLAGS = nodeFlags
  // BENCH_SERVER_DENO_ARGS: extra `deno run` flags, e.g. "--v8-flags=--perf-basic-prof" for `perf`.
  env.ZERORELAY_DENO_FLAGS = `--quiet ${process.env.BENCH_SERVER_DENO_ARGS ?? ''}`.trim()
  const child = spawnChild(cmd, args, {
    cpu: opts.cpu,
    cwd: REPO_ROOT,
    env,
    label: `zerorelay-${runtime}`,
    isVerbose: opts.isVerbose,
  })
  let isAlive = true
  void child.exited.then(() => {
    isAlive = false
  })
  try {
    await waitForPort(port, 30_000, () => isAlive)
  } catch (err) {
    await child.stop()
    cleanup()
    throw new Error(`zerorelay-${runtime} did not start: ${(err as Error).message}: ${child.stderrTail()}`)
  }
  return {
    child,
    port,
    dialectOptions: { token: await mintBenchToken() },
    async stop() {
      await child.stop()
      cleanup()
    },
    async serverCounters() {
      const text = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text()
      return { slowClosedByRelay: slowConsumersOf(text) }
    },
  }
}

/** `zerorelay_slow_consumers_total` from the relay's Prometheus text (NaN when absent). */
export function slowConsumersOf(metricsText: string): number {
  const m = /^zerorelay_slow_consumers_total(?:\{[^}]*\})? (\d+)$/m.exec(metricsText)
  return m === null ? Number.NaN : Number(m[1])
}

/** How each target starts the relay, as its description says. */
const LAUNCH = {
  node: 'npm start: scripts/start.sh',
  bun: 'server/src/main.bun.ts',
  deno: 'npm run start:deno: scripts/start-deno.sh',
} as const

function zerorelayTarget(runtime: 'node' | 'bun' | 'deno'): Target {
  const binary = runtime === 'node' ? process.execPath : npmBinary(runtime)
  return {
    name: `zerorelay-${runtime}`,
    runtime,
    kind: 'zerorelay',
    description: `zerorelay (${LAUNCH[runtime]}) on ${runtime}: protobuf frames, JWT auth, limits on`,
    dialect: 'zerorelay',
    scenarios: SCENARIOS,
    unavailable() {
      if (!existsSync(ZERORELAY_ENTRY)) return 'server/src/main.ts does not exist yet'
      if (binary === undefined) return `${runtime} is not installed (npm install)`
      return undefined
    },
    version() {
      const rt =
        runtime === 'node'
          ? `node ${process.version}`
          : runtime === 'bun'
            ? `bun ${commandVersion(binary ?? 'bun', ['--version'])}`
            : commandVersion(binary ?? 'deno', ['--version'])
      return `zerorelay ${packageVersion('@zerorelay/server')}, ${rt}`
    },
    start: (opts) => startZerorelay(runtime, opts),
  }
}

export const zerorelayNode = zerorelayTarget('node')
export const zerorelayBun = zerorelayTarget('bun')
export const zerorelayDeno = zerorelayTarget('deno')
