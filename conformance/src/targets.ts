/**
 * Servers under test: an already-running one (`--url` + `--server-config`) or one
 * started per configuration group by a launch command that speaks the launch
 * protocol (launch.proto) on its stdin/stdout.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Readable, Writable } from 'node:stream'
import { parse as parseYaml } from 'yaml'
import { DEFAULT_SERVER_CONFIG, type EffectiveConfig, explicitFields, mergeConfig } from './config.js'
import { MessageReader, writeMessage } from './framing.js'
import { cv1, type ServerConfig, type TargetDescription } from './gen.js'
import { readMessage } from './proto-json.js'
import type { AuthEnv } from './tokens.js'

/** Reads a `--server-config` file: the YAML form of TargetDescription. */
export function readTargetDescription(file: string): TargetDescription {
  return readMessage(
    'zerorelay.conformance.v1.TargetDescription',
    cv1.TargetDescription,
    parseYaml(readFileSync(file, 'utf8')),
    file,
  )
}

/** The auth environment for a running server: only what its description reveals. */
export function authEnvFromDescription(d: TargetDescription): AuthEnv {
  const a = d.auth
  if (!a?.hs256Secret) throw new Error('the server config needs auth.hs256Secret: the runner mints tokens with it')
  return {
    hs256Secret: a.hs256Secret,
    issuer: a.issuer || undefined,
    audience: a.audience || undefined,
    leewayMs: a.leewayMs ?? 0,
    hs256Kid: a.hs256Kid || undefined,
    rs256Kid: a.rs256Kid || undefined,
    rs256: a.rs256PublicKeyPem ? { publicKeyPem: a.rs256PublicKeyPem } : undefined,
  }
}

/** The configuration a described server runs with (unset fields: the runner's defaults). */
export function describedConfig(d: TargetDescription): EffectiveConfig {
  return mergeConfig(DEFAULT_SERVER_CONFIG, d.config)
}

/** A launched server. */
export interface LaunchedServer {
  readonly wsUrl: string
  readonly features: readonly string[]
  /** The configuration in force: the request, corrected by the server's effective_config. */
  readonly config: EffectiveConfig
  /** The server's stderr so far (last 64 KiB). */
  stderr(): string
  /** Closes its stdin and waits for it to exit (SIGTERM, then SIGKILL, if it does not). */
  stop(): Promise<void>
}

/**
 * Starts the launch command, sends the ServerLaunchRequest and waits for the
 * response. Rejects when the command exits, times out or reports an error.
 */
export async function launchServer(
  command: readonly string[],
  config: EffectiveConfig,
  auth: AuthEnv,
  opts: { timeoutMs?: number; verbose?: (line: string) => void } = {},
): Promise<LaunchedServer> {
  const [cmd, ...args] = command
  if (!cmd) throw new Error('empty launch command')
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString('utf8')).slice(-65_536)
    opts.verbose?.(d.toString('utf8').trimEnd())
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  child.stdin?.on('error', () => {})
  const request = cv1.ServerLaunchRequest.create({
    config: cv1.ServerConfig.create({ ...config }),
    auth: cv1.AuthConfig.create({
      hs256Secret: auth.hs256Secret,
      rs256PublicKeyPem: auth.rs256?.publicKeyPem ?? '',
      issuer: auth.issuer ?? '',
      audience: auth.audience ?? '',
      leewayMs: auth.leewayMs,
      hs256Kid: auth.hs256Kid ?? '',
      rs256Kid: auth.rs256Kid ?? '',
    }),
    listenHost: '127.0.0.1',
  })
  writeMessage(child.stdin as Writable, cv1.ServerLaunchRequest.encode(request).finish())
  const reader = new MessageReader(child.stdout as Readable)
  const timeoutMs = opts.timeoutMs ?? 20_000
  let timer: NodeJS.Timeout | undefined
  const stop = () => stopChild(child, exited)
  try {
    const bytes = await Promise.race([
      reader.next(),
      exited.then((code) => {
        throw new Error(`launch command exited with ${code} before answering\n${stderr}`)
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`launch command did not answer within ${timeoutMs} ms\n${stderr}`)),
          timeoutMs,
        )
      }),
    ])
    if (!bytes) throw new Error(`launch command closed stdout without answering\n${stderr}`)
    const res = cv1.ServerLaunchResponse.decode(bytes)
    if (res.error) throw new Error(`server failed to start: ${res.error}\n${stderr}`)
    if (!res.wsUrl) throw new Error('launch response without ws_url')
    const effective = mergeConfig(config, res.effectiveConfig as ServerConfig | null)
    return {
      wsUrl: res.wsUrl,
      features: res.features,
      config: Object.keys(explicitFields(res.effectiveConfig)).length > 0 ? effective : config,
      stderr: () => stderr,
      stop,
    }
  } catch (err) {
    await stop()
    throw err
  } finally {
    clearTimeout(timer)
  }
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.stdin?.end()
  const wait = (ms: number) =>
    Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())])
  if (await wait(5000)) return
  child.kill('SIGTERM')
  if (await wait(3000)) return
  child.kill('SIGKILL')
  await wait(3000)
}
