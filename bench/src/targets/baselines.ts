/**
 * The raw baselines: the cheapest relay each runtime offers for the same job, speaking the
 * simple binary protocol. zerorelay on a runtime is compared with that runtime's baseline.
 */
import { join } from 'node:path'
import {
  COMMON_SCENARIOS,
  commandVersion,
  nodeTsCommand,
  npmBinary,
  packageVersion,
  SERVERS_DIR,
  startReadyServer,
  type Target,
} from './target.js'

/** Node `ws` 8, frames built once, writes corked per socket per event-loop turn. */
export const nodeWs: Target = {
  name: 'node-ws',
  runtime: 'node',
  kind: 'baseline',
  description: 'Node `ws`, delivery frame built once, cork/uncork per socket per loop turn',
  dialect: 'simple',
  scenarios: COMMON_SCENARIOS,
  unavailable: () => undefined,
  version: () => `node ${process.version}, ws ${packageVersion('ws')}`,
  start(opts) {
    const [cmd, args] = nodeTsCommand(join(SERVERS_DIR, 'node-ws-relay.ts'))
    return startReadyServer('node-ws', cmd, args, opts)
  },
}

/** Bun's native pub/sub (`server.publish`, uWS). */
export const bunNative: Target = {
  name: 'bun',
  runtime: 'bun',
  kind: 'baseline',
  description: 'Bun.serve native pub/sub (`ws.subscribe` + `server.publish`)',
  dialect: 'simple',
  scenarios: COMMON_SCENARIOS,
  unavailable: () => (npmBinary('bun') === undefined ? 'bun is not installed (npm install)' : undefined),
  version: () => `bun ${commandVersion(npmBinary('bun') ?? 'bun', ['--version'])}`,
  start(opts) {
    return startReadyServer('bun', npmBinary('bun') as string, [join(SERVERS_DIR, 'bun-relay.ts')], opts)
  },
}

/** Deno's `Deno.upgradeWebSocket` with a per-subscriber send loop. */
export const denoNative: Target = {
  name: 'deno',
  runtime: 'deno',
  kind: 'baseline',
  description: 'Deno.serve + Deno.upgradeWebSocket, per-subscriber send loop',
  dialect: 'simple',
  scenarios: COMMON_SCENARIOS,
  unavailable: () => (npmBinary('deno') === undefined ? 'deno is not installed (npm install)' : undefined),
  version: () => commandVersion(npmBinary('deno') ?? 'deno', ['--version']),
  start(opts) {
    return startReadyServer(
      'deno',
      npmBinary('deno') as string,
      ['run', '-A', '--quiet', '--no-check', '--no-config', join(SERVERS_DIR, 'deno-relay.ts')],
      opts,
    )
  },
}
