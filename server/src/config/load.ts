/**
 * Loads the configuration from its sources, with precedence flags > env > file > defaults:
 * - a YAML or JSON file (`--config <path>` or `ZERORELAY_CONFIG`);
 * - environment variables `ZERORELAY_<KEY>`: a nested key uses `__` between segments
 *   (`ZERORELAY_LIMITS__MAX_FRAME_BYTES`), and a leaf whose name is unique in the schema
 *   may be given alone (`ZERORELAY_MAX_FRAME_BYTES`);
 * - command-line flags `--<key> <value>` / `--<key>=<value>`, kebab-case, dots for nesting
 *   (`--limits.max-frame-bytes 4096`), unique leaves alone (`--max-frame-bytes 4096`, `--port 8080`).
 * Validation happens once, into a deeply frozen RelayConfig; errors name the bad key.
 * No I/O of its own: the caller injects `readFile`.
 */
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { type RelayConfig, relayConfigSchema } from './schema.js'

/** A configuration problem; the message starts with `config error:` and names the key. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The kind of a leaf, which decides how env/flag strings are converted. */
export type LeafKind = 'number' | 'boolean' | 'string' | 'string-list' | 'json'

/** One configurable leaf of the schema. */
export interface ConfigLeaf {
  /** Dotted path, e.g. `limits.maxFrameBytes`. */
  readonly path: string
  readonly kind: LeafKind
  /** The default value (undefined when the key is optional without a default). */
  readonly defaultValue: unknown
}

/** zod's internal definitions (`_zod.def`) are not typed for traversal. */
type AnySchema = any

function unwrap(schema: AnySchema): AnySchema {
  let s = schema
  for (;;) {
    const type = s._zod.def.type
    if (type === 'default' || type === 'optional' || type === 'nullable' || type === 'prefault')
      s = s._zod.def.innerType
    else return s
  }
}

function kindOf(schema: AnySchema): LeafKind {
  const s = unwrap(schema)
  switch (s._zod.def.type) {
    case 'number':
    case 'int':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'array':
      return unwrap(s._zod.def.element)._zod.def.type === 'string' ? 'string-list' : 'json'
    case 'string':
    case 'enum':
      return 'string'
    default:
      return 'json'
  }
}

/** Every leaf of the relay schema with its kind and default. Records (auth.tenants) are leaves. */
export function configLeaves(): ConfigLeaf[] {
  const defaults = relayConfigSchema.parse({}) as unknown as Record<string, unknown>
  const out: ConfigLeaf[] = []
  const walk = (schema: AnySchema, prefix: string[], defaultsAt: unknown) => {
    const shape = unwrap(schema)._zod.def.shape as Record<string, AnySchema>
    for (const [key, child] of Object.entries(shape)) {
      const path = [...prefix, key]
      const childDefault = (defaultsAt as Record<string, unknown> | undefined)?.[key]
      if (unwrap(child)._zod.def.type === 'object') walk(child, path, childDefault)
      else out.push({ path: path.join('.'), kind: kindOf(child), defaultValue: childDefault })
    }
  }
  walk(relayConfigSchema, [], defaults)
  return out
}

const LEAVES = configLeaves()
const BY_PATH = new Map(LEAVES.map((l) => [l.path, l]))
const BY_LEAF_NAME = new Map<string, ConfigLeaf>()
for (const leaf of LEAVES) {
  const name = leaf.path.split('.').pop() as string
  // A short name means the first leaf declared with it (limits.maxConnections, not tenantLimits.maxConnections).
  if (!BY_LEAF_NAME.has(name)) BY_LEAF_NAME.set(name, leaf)
}

function camel(words: string[]): string {
  return words
    .filter((w) => w.length > 0)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('')
}

function findLeaf(segments: string[]): ConfigLeaf | undefined {
  const path = segments.join('.')
  const exact = BY_PATH.get(path)
  if (exact) return exact
  if (segments.length === 1) return BY_LEAF_NAME.get(path)
  return undefined
}

function convert(leaf: ConfigLeaf, raw: string, source: string): unknown {
  const bad = (what: string) => new ConfigError(`config error: ${leaf.path}: ${what} (from ${source})`)
  switch (leaf.kind) {
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(raw.trim())) throw bad(`expected a number, got ${JSON.stringify(raw)}`)
      return Number(raw)
    }
    case 'boolean':
      if (raw === 'true' || raw === '1') return true
      if (raw === 'false' || raw === '0') return false
      throw bad(`expected true or false, got ${JSON.stringify(raw)}`)
    case 'string-list':
      if (raw.trim().startsWith('[')) return parseJson(raw, bad)
      return raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
    case 'json':
      return parseJson(raw, bad)
    default:
      return raw
  }
}

function parseJson(raw: string, bad: (what: string) => ConfigError): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    throw bad('expected JSON')
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.')
  let node = target
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment]
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      const created: Record<string, unknown> = {}
      node[segment] = created
      node = created
    } else {
      node = next as Record<string, unknown>
    }
  }
  node[segments[segments.length - 1] as string] = value
}

/** The result of reading the sources: the merged, not yet validated input and notes for the startup log. */
export interface ConfigLayers {
  readonly input: Record<string, unknown>
  /** The config file used, if any. */
  readonly configPath: string | undefined
  /** `ZERORELAY_*` variables that name no key (ignored). */
  readonly ignoredEnv: readonly string[]
  /** `--help` was given. */
  readonly help: boolean
}

/** Where configuration comes from. */
export interface ConfigSources {
  /** Command-line arguments after the script name. */
  readonly argv?: readonly string[]
  /** Environment variables. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Reads a config file as text. Required when a file is named. */
  readonly readFile?: (path: string) => Promise<string>
}

function parseFlags(argv: readonly string[]): { flags: [string, string][]; configPath?: string; help: boolean } {
  const flags: [string, string][] = []
  let configPath: string | undefined
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    if (!arg.startsWith('--')) throw new ConfigError(`config error: unexpected argument ${JSON.stringify(arg)}`)
    let name = arg.slice(2)
    let value: string | undefined
    const eq = name.indexOf('=')
    if (eq >= 0) {
      value = name.slice(eq + 1)
      name = name.slice(0, eq)
    } else {
      value = argv[i + 1]
      if (value === undefined || value.startsWith('--'))
        throw new ConfigError(`config error: flag --${name} needs a value`)
      i++
    }
    if (name === 'config') configPath = value
    else flags.push([name, value])
  }
  return configPath === undefined ? { flags, help } : { flags, configPath, help }
}

/** Reads file, env and flags and merges them (flags > env > file). Does not validate. */
export async function readConfigLayers(sources: ConfigSources): Promise<ConfigLayers> {
  const env = sources.env ?? {}
  const { flags, configPath: flagPath, help } = parseFlags(sources.argv ?? [])
  const configPath = flagPath ?? (env.ZERORELAY_CONFIG || undefined)
  let input: Record<string, unknown> = {}
  if (configPath !== undefined) {
    if (!sources.readFile) throw new ConfigError('config error: no file reader to read the config file')
    let text: string
    try {
      text = await sources.readFile(configPath)
    } catch (err) {
      throw new ConfigError(`config error: cannot read ${configPath}: ${(err as Error).message}`)
    }
    let parsed: unknown
    try {
      parsed = parseYaml(text)
    } catch (err) {
      throw new ConfigError(`config error: ${configPath} is not valid YAML/JSON: ${(err as Error).message}`)
    }
    if (parsed !== null && parsed !== undefined) {
      if (typeof parsed !== 'object' || Array.isArray(parsed))
        throw new ConfigError(`config error: ${configPath} must hold a mapping`)
      input = parsed as Record<string, unknown>
    }
  }
  const ignoredEnv: string[] = []
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith('ZERORELAY_') || name === 'ZERORELAY_CONFIG' || raw === undefined) continue
    const segments = name
      .slice('ZERORELAY_'.length)
      .split('__')
      .map((s) => camel(s.split('_')))
    const leaf = findLeaf(segments)
    if (leaf === undefined) {
      ignoredEnv.push(name)
      continue
    }
    setPath(input, leaf.path, convert(leaf, raw, `env ${name}`))
  }
  for (const [name, raw] of flags) {
    const segments = name.split('.').map((s) => camel(s.split('-')))
    const leaf = findLeaf(segments)
    if (leaf === undefined) throw new ConfigError(`config error: unknown flag --${name}`)
    setPath(input, leaf.path, convert(leaf, raw, `flag --${name}`))
  }
  return { input, configPath, ignoredEnv, help }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'
  if (issue.code === 'unrecognized_keys') {
    return `${path === '(root)' ? '' : `${path}.`}${issue.keys.join(', ')}: unknown key`
  }
  if (issue.code === 'too_small' && issue.origin === 'number' && issue.minimum === 0 && !issue.inclusive)
    return `${path}: expected a positive integer`
  return `${path}: ${issue.message}`
}

/** Validates a merged input into a deeply frozen RelayConfig. Throws ConfigError naming the bad key(s). */
export function resolveConfig(input: unknown): RelayConfig {
  const result = relayConfigSchema.safeParse(input ?? {})
  if (!result.success) {
    throw new ConfigError(`config error: ${result.error.issues.map(describeIssue).join('; ')}`)
  }
  return deepFreeze(result.data)
}

/** Reads every source and validates: the one call the entry point makes. */
export async function loadConfig(sources: ConfigSources): Promise<{ config: RelayConfig; layers: ConfigLayers }> {
  const layers = await readConfigLayers(sources)
  return { config: resolveConfig(layers.input), layers }
}

/** The help text for `--help`: every flag with its default. */
export function configHelp(): string {
  const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
  const lines = LEAVES.map((l) => {
    const name = l.path.split('.').pop() as string
    const flag = BY_LEAF_NAME.get(name) === l ? kebab(name) : l.path.split('.').map(kebab).join('.')
    return `  --${flag.padEnd(32)} default: ${JSON.stringify(l.defaultValue) ?? '(unset)'}`
  })
  return [
    'usage: zerorelay [--config file.yaml] [--<key> <value> ...]',
    '',
    'Every key can also be set by env (ZERORELAY_<KEY>, nested with __). See docs/configuration.md.',
    '',
    ...lines,
  ].join('\n')
}

/** A copy of the config safe to log: HMAC secrets and JWKs replaced by "[REDACTED]". */
export function redactConfig(config: RelayConfig): unknown {
  return JSON.parse(
    JSON.stringify(config, (key, value) => {
      if (key === 'secret' || key === 'jwk' || key === 'token') return '[REDACTED]'
      if (key === 'url' && typeof value === 'string') return redactUrlCredentials(value)
      return value
    }),
  ) as unknown
}

/** A URL with its password (and a user that could be one) replaced: `redis://user:[REDACTED]@host`. */
export function redactUrlCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password === '' && parsed.username === '') return url
    if (parsed.password !== '') parsed.password = 'REDACTED'
    else parsed.username = 'REDACTED' // redis://:pass@ parses as no user; redis://pass@ as a user
    return parsed.toString()
  } catch {
    return url === '' ? url : '[REDACTED]'
  }
}
