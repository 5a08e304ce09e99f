/**
 * The runtime-neutral CLI behind every entry (`main.ts` on Node, `main.bun.ts`, `main.deno.ts`):
 * loads the config (flags > env > file > defaults), starts one relay node on the given runtime,
 * and drains gracefully on SIGTERM/SIGINT (exit 0). Without any auth keys it runs in dev mode:
 * an ephemeral HS256 secret and a printed, ready-to-use dev token. Uses `node:process`, which
 * Bun and Deno provide.
 */
import process from 'node:process'
import { readFileUtf8 } from './auth/read-file.node.js'
import { ConfigError, configHelp, loadConfig, redactConfig, resolveConfig } from './config/load.js'
import type { RelayConfig } from './config/schema.js'
import { generateDevSecret, hasRealKeys, mintDevToken, withDevSecret } from './dev/dev-token.js'
import { createRelay } from './index.js'
import type { RelayRuntime } from './runtime/socket.js'

function banner(url: string, adminUrl: string, token: string | undefined, usesRedis: boolean): string {
  const lines = [
    '',
    `zerorelay is running: ${url}   (admin: ${adminUrl}/healthz /readyz /metrics)`,
    usesRedis
      ? 'History and fanout go through Redis (redis.url): other nodes on the same Redis share topics.'
      : 'History is kept in memory: it survives client disconnects, not a server restart.',
  ]
  if (token !== undefined) {
    lines.push(
      '',
      'DEV MODE: no auth keys configured, so an ephemeral HS256 secret was generated (valid until this process exits).',
      'Dev token (sub "dev", may publish and subscribe to ">", valid 24 h):',
      '',
      `ZERORELAY_DEV_TOKEN=${token}`,
      '',
      'Try it (in another terminal):',
      `  npx wscat -s zerorelay.v1.json -c ${url}`,
      `  > {"id":1,"connect":{"token":"${token}"}}`,
      '  > {"id":2,"subscribe":{"topic":"chat.room.1"}}',
      '  > {"id":3,"publish":{"topic":"chat.room.1","payload":"aGVsbG8=","ack":true}}',
      '',
      'Configure real keys (auth.tenants) to turn dev mode off; see docs/configuration.md.',
    )
  }
  lines.push('')
  return lines.join('\n')
}

async function main(runtime: RelayRuntime, onStopSignal: (stop: (signal: string) => void) => void): Promise<number> {
  let config: RelayConfig
  let ignoredEnv: readonly string[] = []
  let configPath: string | undefined
  try {
    const loaded = await loadConfig({ argv: process.argv.slice(2), env: process.env, readFile: readFileUtf8 })
    if (loaded.layers.help) {
      process.stdout.write(`${configHelp()}\n`)
      return 0
    }
    config = loaded.config
    ignoredEnv = loaded.layers.ignoredEnv
    configPath = loaded.layers.configPath
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`)
      return 2
    }
    throw err
  }

  let devToken: string | undefined
  if (!hasRealKeys(config.auth)) {
    const secret = generateDevSecret()
    config = resolveConfig({ ...config, auth: withDevSecret(config.auth, secret) })
    devToken = await mintDevToken(secret, {
      lifetimeMs: Math.min(24 * 3600_000, config.auth.maxTokenLifetimeMs),
      ...(config.auth.audience === undefined ? {} : { audience: config.auth.audience }),
      ...(config.auth.issuer === undefined ? {} : { issuer: config.auth.issuer }),
    })
  }

  const relay = createRelay(config, { runtime })
  const { logger } = relay
  logger.info({ config: redactConfig(config), configPath }, 'configuration')
  if (ignoredEnv.length > 0) logger.warn({ ignoredEnv }, 'environment variables that name no config key were ignored')
  if (devToken !== undefined) logger.warn('dev mode: ephemeral HS256 secret generated; do not use in production')

  const { url, adminUrl } = await relay.start()
  process.stdout.write(banner(url, adminUrl, devToken, config.redis.url !== ''))

  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutdown requested')
      relay.drain().then(
        () => resolve(0),
        (err: unknown) => {
          logger.error({ err }, 'drain failed')
          resolve(1)
        },
      )
    }
    onStopSignal(stop)
  })
}

/**
 * Runs the CLI on a runtime: loads the config, starts one relay, drains on SIGTERM/SIGINT and
 * exits (0 after a drain, 2 on a config error, 1 on a failure). Call it first thing in an entry
 * file: signals are recorded from this call on, so none is lost while starting up.
 */
export function runCli(runtime: RelayRuntime): void {
  let stopSignal: string | undefined
  let onStop: ((signal: string) => void) | undefined
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopSignal !== undefined) return
      stopSignal = signal
      onStop?.(signal)
    })
  }
  main(runtime, (stop) => {
    if (stopSignal !== undefined) stop(stopSignal)
    else onStop = stop
  }).then(
    (code) => {
      // pino writes synchronously to stdout by default; exit once stdout is flushed.
      process.stdout.write('', () => process.exit(code))
    },
    (err: unknown) => {
      process.stderr.write(`zerorelay: fatal: ${(err as Error)?.stack ?? String(err)}\n`)
      process.exit(1)
    },
  )
}
