/**
 * Server mode: runs the selected permutations against a server under test, either
 * an already-running one or servers started per configuration group by a launch
 * command, and applies the known-failing list.
 */
import { jsonCodec } from '@zerorelay/protocol'
import { configKey, configMismatch, DEFAULT_SERVER_CONFIG, type EffectiveConfig, mergeConfig } from './config.js'
import { openConnection } from './connections.js'
import {
  type EngineOptions,
  newNamespace,
  runClientScenario,
  runScenario,
  type ScenarioResult,
  skipped,
  type Target,
} from './engine.js'
import { Mode, type TargetDescription } from './gen.js'
import { expand, loadSuites, type Permutation } from './loader.js'
import { checkKnownFailing, matchesAny, type NamePattern } from './select.js'
import { authEnvFromDescription, describedConfig, launchServer } from './targets.js'
import { type AuthEnv, createAuthEnv, mintToken } from './tokens.js'

/** Where the server under test comes from. */
export type ServerSource =
  | { readonly kind: 'url'; readonly url: string; readonly description: TargetDescription }
  | { readonly kind: 'launch'; readonly command: readonly string[] }

/** Options of a server-mode run (and of both mode, with `driver`). */
export interface ServerRunOptions extends EngineOptions {
  /** Both mode: the SDK's driver command. SDK actors then connect to the server under test. */
  readonly driver?: readonly string[]
  /** Scenario files or directories. */
  readonly suites: readonly string[]
  readonly source: ServerSource
  /** --run patterns (empty: everything). */
  readonly run: readonly NamePattern[]
  /** --skip patterns. */
  readonly skip: readonly NamePattern[]
  /** The known-failing list. */
  readonly knownFailing: readonly NamePattern[]
  /** Progress and debug lines (-v). */
  readonly log?: (line: string) => void
  /** Called after each permutation. */
  readonly onResult?: (r: ScenarioResult) => void
}

/** What a run produced. */
export interface RunOutcome {
  /** Every selected permutation, in order. */
  readonly results: readonly ScenarioResult[]
  /** Names of failures covered by the known-failing list. */
  readonly expectedFailures: ReadonlySet<string>
  /** Errors that fail the run besides failed scenarios (stale known-failing entries). */
  readonly errors: readonly string[]
  /** Number of scenarios (before the codec expansion). */
  readonly scenarioCount: number
}

/** Features the runner itself provides, given the keys it holds. */
export function runnerFeatures(auth: AuthEnv): string[] {
  const out: string[] = []
  if (auth.rs256) out.push('token.alg-confusion')
  if (auth.rs256?.privateKey) out.push('token.rs256')
  // Wrong-aud/iss scenarios only mean something when the server is known to check them.
  if (auth.audience) out.push('token.audience')
  if (auth.issuer) out.push('token.issuer')
  return out
}

/** Connects once and returns `connected.features` (empty when the probe fails). */
export async function probeFeatures(url: string, auth: AuthEnv, log?: (line: string) => void): Promise<string[]> {
  const ns = newNamespace()
  const token = await mintToken(auth, { sub: 'probe', zr: { pub: [`${ns}.>`], sub: [`${ns}.>`] } }, 0)
  const r = await openConnection('ws', {
    url,
    protocols: [jsonCodec.subprotocol],
    actor: 'probe',
    trace: () => {},
    timeoutMs: 5000,
  })
  if (!r.ok) {
    log?.(`feature probe: ${r.error}`)
    return []
  }
  try {
    r.conn.sendMessage(jsonCodec.encodeClient({ id: 1, connect: { token, clientName: 'zr-conformance' } }))
    const deadline = performance.now() + 5000
    while (performance.now() < deadline && !r.conn.closed) {
      const got = r.conn.received.find((m) => m.frame?.connected)
      if (got) return [...(got.frame?.connected?.features ?? [])]
      await r.conn.waitChange(deadline)
    }
    log?.('feature probe: no Connected frame')
    return []
  } finally {
    r.conn.terminate()
  }
}

function skipReason(perm: Permutation, features: ReadonlySet<string>, config: EffectiveConfig): string | undefined {
  const missing = (perm.scenario.requires ?? []).filter((f) => !features.has(f))
  if (missing.length > 0)
    return `requires ${missing.join(', ')} (not announced by the server nor provided by the runner)`
  return configMismatch(perm.scenario.serverConfig, config)
}

async function runGroup(
  perms: readonly Permutation[],
  target: Target,
  opts: ServerRunOptions,
  results: ScenarioResult[],
): Promise<void> {
  for (const perm of perms) {
    // Both mode: required features may come from the driver too; the engine checks them.
    const reason = opts.driver
      ? configMismatch(perm.scenario.serverConfig, target.config)
      : skipReason(perm, target.features, target.config)
    const r = reason ? skipped(perm, reason) : await runScenario(perm, target, opts)
    opts.log?.(`${r.status.toUpperCase()}: ${r.name} (${Math.round(r.durationMs)} ms)`)
    results.push(r)
    opts.onResult?.(r)
  }
}

/**
 * Runs server mode, or both mode when `opts.driver` is set (MODE_BOTH scenarios: an
 * SDK through its driver against the server under test). Never throws for a failing
 * server; throws for unusable input.
 */
export async function runServerMode(opts: ServerRunOptions): Promise<RunOutcome> {
  const files = loadSuites(opts.suites)
  const all = expand(files, opts.driver ? Mode.MODE_BOTH : Mode.MODE_SERVER)
  const allNames = all.map((p) => p.name)
  const selected = all.filter(
    (p) => (opts.run.length === 0 || matchesAny(opts.run, p.name)) && !matchesAny(opts.skip, p.name),
  )
  const scenarioCount = new Set(selected.map((p) => `${p.suite}/${p.scenario.name}`)).size
  const results: ScenarioResult[] = []
  const src = opts.source
  if (src.kind === 'url') {
    const auth = authEnvFromDescription(src.description)
    const config = describedConfig(src.description)
    const probed = await probeFeatures(src.url, auth, opts.log)
    const features = new Set([...(src.description.features ?? []), ...probed, ...runnerFeatures(auth)])
    opts.log?.(`target ${src.url}: features ${[...features].join(', ') || '(none)'}`)
    await runGroup(selected, { wsUrl: src.url, features, config, auth }, opts, results)
  } else {
    const auth = await createAuthEnv()
    const groups = new Map<string, Permutation[]>()
    for (const p of selected) {
      const k = configKey(p.scenario.serverConfig)
      groups.set(k, [...(groups.get(k) ?? []), p])
    }
    opts.log?.(`${selected.length} permutation(s) across ${groups.size} server configuration(s)`)
    for (const perms of groups.values()) {
      const first = perms[0] as Permutation
      const requested = mergeConfig(DEFAULT_SERVER_CONFIG, first.scenario.serverConfig)
      let server: Awaited<ReturnType<typeof launchServer>> | undefined
      try {
        server = await launchServer(src.command, requested, auth, { verbose: opts.log })
      } catch (err) {
        for (const perm of perms) {
          const r = {
            ...skipped(perm, ''),
            status: 'failed' as const,
            notes: [],
            failure: { step: 'launch', message: (err as Error).message },
          }
          results.push(r)
          opts.onResult?.(r)
        }
        continue
      }
      try {
        const probed = await probeFeatures(server.wsUrl, auth, opts.log)
        const features = new Set([...server.features, ...probed, ...runnerFeatures(auth)])
        opts.log?.(`launched ${server.wsUrl} (features: ${[...features].join(', ') || 'none'})`)
        await runGroup(perms, { wsUrl: server.wsUrl, features, config: server.config, auth }, opts, results)
      } finally {
        await server.stop()
      }
    }
  }
  const kf = checkKnownFailing(
    opts.knownFailing,
    results.map((r) => ({ name: r.name, status: r.status })),
    allNames,
  )
  const errors =
    selected.length === 0 ? ['no test case selected (check --run/--skip and --suites)', ...kf.errors] : kf.errors
  return { results, expectedFailures: kf.expectedFailures, errors, scenarioCount }
}

/** Options of a client-mode run. */
export interface ClientRunOptions extends EngineOptions {
  readonly suites: readonly string[]
  /** The SDK's driver command. */
  readonly driver: readonly string[]
  readonly run: readonly NamePattern[]
  readonly skip: readonly NamePattern[]
  readonly knownFailing: readonly NamePattern[]
  readonly log?: (line: string) => void
  readonly onResult?: (r: ScenarioResult) => void
  /** Permutations run at the same time (each has its own reference server and driver). Default 1. */
  readonly parallel?: number
}

/** Runs `fn` over `items` with at most `limit` at a time; results keep the order of `items`. */
export async function mapPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i] as T)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return out
}

/**
 * Client mode: every selected permutation runs against a fresh reference server with
 * a fresh driver process (`parallel` of them at a time). Scenarios requiring features
 * the driver does not announce (HelloResult.features) are skipped.
 */
export async function runClientMode(opts: ClientRunOptions): Promise<RunOutcome> {
  const files = loadSuites(opts.suites)
  const all = expand(files, Mode.MODE_CLIENT)
  const selected = all.filter(
    (p) => (opts.run.length === 0 || matchesAny(opts.run, p.name)) && !matchesAny(opts.skip, p.name),
  )
  const auth = await createAuthEnv()
  const results = await mapPool(selected, opts.parallel ?? 1, async (perm) => {
    const r = await runClientScenario(perm, { driver: opts.driver, auth, log: opts.log }, opts)
    opts.log?.(`${r.status.toUpperCase()}: ${r.name} (${Math.round(r.durationMs)} ms)`)
    opts.onResult?.(r)
    return r
  })
  const kf = checkKnownFailing(
    opts.knownFailing,
    results.map((r) => ({ name: r.name, status: r.status })),
    all.map((p) => p.name),
  )
  const errors =
    selected.length === 0 ? ['no test case selected (check --run/--skip and --suites)', ...kf.errors] : kf.errors
  return {
    results,
    expectedFailures: kf.expectedFailures,
    errors,
    scenarioCount: new Set(selected.map((p) => `${p.suite}/${p.scenario.name}`)).size,
  }
}
