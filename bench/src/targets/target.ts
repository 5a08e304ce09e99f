/**
 * The target interface: one benchmarked server. Adding a target is one file that exports a
 * `Target` and one line in `index.ts`. The orchestrator starts it (pinned to the server
 * CPU), points the generator at the port with the target's dialect, and stops it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import net from 'node:net'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DialectName, DialectOptions } from '../loadgen/dialects.js'
import { type Child, spawnChild, waitForLine } from '../proc.js'
import type { ScenarioName } from '../types.js'

/** Repository root (two levels above bench/src). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
/** bench/src/servers: the relay programs of the baselines and peers. */
export const SERVERS_DIR = join(REPO_ROOT, 'bench', 'src', 'servers')

/** How the orchestrator starts a target. */
export interface StartOptions {
  /** CPU to pin the server to; undefined: not pinned. */
  cpu?: number
  /** Per-connection outbound buffer before a subscriber counts as slow, in bytes. */
  maxQueuedBytes: number
  /** Forward the server's stderr. */
  isVerbose: boolean
}

/** A started target. */
export interface StartedTarget {
  /** The server process (its pid is the one whose CPU and memory are accounted). */
  readonly child: Child
  /** WebSocket port on 127.0.0.1. */
  readonly port: number
  /** What the generator's dialect needs (e.g. a token). */
  readonly dialectOptions: DialectOptions
  /** Stops the server and removes what it left behind. */
  stop(): Promise<void>
  /**
   * What the server counts about itself after a run, merged into the run's metrics (zerorelay:
   * `slowClosedByRelay`, the subscribers it closed as slow consumers, from its admin `/metrics`).
   * A non-reading client cannot see its own close, so the generator alone cannot tell.
   */
  serverCounters?(): Promise<Record<string, number>>
}

/** One benchmarked server. */
export interface Target {
  /** Unique name used on the command line (`--targets node-ws,bun`). */
  readonly name: string
  readonly runtime: 'node' | 'bun' | 'deno' | 'go'
  /** zerorelay itself, a runtime's raw baseline, or a peer product. */
  readonly kind: 'zerorelay' | 'baseline' | 'peer'
  /** One line for the report. */
  readonly description: string
  /** The wire protocol the generator speaks to it. */
  readonly dialect: DialectName
  /** Scenarios it takes part in. */
  readonly scenarios: readonly ScenarioName[]
  /** Why it cannot run on this machine, or undefined when it can. */
  unavailable(): string | undefined
  /** Versions of what it runs, e.g. "node v20.20.2, ws 8.23.0". */
  version(): string
  start(opts: StartOptions): Promise<StartedTarget>
}

/** Scenarios every relay takes part in (D is zerorelay's only). */
export const COMMON_SCENARIOS: readonly ScenarioName[] = ['A', 'B', 'C', 'E', 'F']

/** Version of an installed npm package, or "?" . */
export function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8'))
    return String(pkg.version)
  } catch {
    return '?'
  }
}

const versionCache = new Map<string, string>()

/** First line of `cmd args` (cached), or "?" when it fails. */
export function commandVersion(cmd: string, args: readonly string[]): string {
  const key = `${cmd} ${args.join(' ')}`
  let v = versionCache.get(key)
  if (v === undefined) {
    try {
      v = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 })
        .trim()
        .split('\n')[0] as string
    } catch {
      v = '?'
    }
    versionCache.set(key, v)
  }
  return v
}

/** Path of a binary shipped by an npm package (`node_modules/.bin/<name>`, symlinks resolved). */
export function npmBinary(name: string): string | undefined {
  const p = join(REPO_ROOT, 'node_modules', '.bin', name)
  if (!existsSync(p)) return undefined
  return realpathSync(p)
}

/** Absolute path of `cmd` on PATH, or undefined. */
export function onPath(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const p = join(dir, cmd)
    if (dir !== '' && existsSync(p)) return p
  }
  return undefined
}

/**
 * Starts a server that prints `READY <port>` on stdout once it listens, and returns it.
 * Stops it again when it does not become ready within `timeoutMs`.
 */
export async function startReadyServer(
  label: string,
  cmd: string,
  args: readonly string[],
  opts: StartOptions,
  extra: { env?: NodeJS.ProcessEnv; dialectOptions?: DialectOptions; timeoutMs?: number; cleanup?: () => void } = {},
): Promise<StartedTarget> {
  const child = spawnChild(cmd, args, {
    cpu: opts.cpu,
    cwd: REPO_ROOT,
    env: { ...process.env, BENCH_MAX_QUEUED_BYTES: String(opts.maxQueuedBytes), ...extra.env },
    label,
    isVerbose: opts.isVerbose,
  })
  try {
    const m = await waitForLine(child, /^READY (\d+)\s*$/, extra.timeoutMs ?? 30_000)
    return {
      child,
      port: Number(m[1]),
      dialectOptions: extra.dialectOptions ?? {},
      async stop() {
        await child.stop()
        extra.cleanup?.()
      },
    }
  } catch (err) {
    await child.stop()
    extra.cleanup?.()
    throw new Error(`${label} did not start: ${(err as Error).message}`)
  }
}

/** Compiled entries of this process: TypeScript entry → its bundle under bench/dist. */
const compiledEntries = new Map<string, string>()

/**
 * Node running a TypeScript entry point compiled to JavaScript (scripts/build-node-entry.mjs, once
 * per entry and bench invocation), as `npm start` runs the relay: no process under measurement
 * (baseline, peer, generator) carries the tsx loader's hook thread, whose own collections land on
 * the pinned CPU at random moments (docs/runtimes.md, "Node runs compiled JavaScript").
 */
export function nodeTsCommand(entry: string): [string, string[]] {
  let compiled = compiledEntries.get(entry)
  if (compiled === undefined) {
    const name = relative(join(REPO_ROOT, 'bench', 'src'), entry)
      .replace(/\.ts$/, '')
      .replaceAll('/', '-')
    compiled = join(REPO_ROOT, 'bench', 'dist', `${name}.mjs`)
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-node-entry.mjs'), entry, compiled], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    compiledEntries.set(entry, compiled)
  }
  return [process.execPath, [compiled]]
}

/** A free TCP port on 127.0.0.1 (for servers that cannot listen on port 0 and report it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = net.createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0
      srv.close(() => resolvePort(port))
    })
  })
}

/** Resolves once something accepts TCP connections on 127.0.0.1:`port`. */
export async function waitForPort(port: number, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('process exited')
    const ok = await new Promise<boolean>((r) => {
      const s = net.connect({ host: '127.0.0.1', port })
      s.once('connect', () => {
        s.destroy()
        r(true)
      })
      s.once('error', () => r(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`nothing listens on ${port} after ${timeoutMs} ms`)
}
