/**
 * Peer products doing the same job: Socket.IO (rooms) and NATS (nats-server with its
 * WebSocket listener).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { registerCleanup, spawnChild } from '../proc.js'
import {
  COMMON_SCENARIOS,
  commandVersion,
  freePort,
  nodeTsCommand,
  onPath,
  packageVersion,
  REPO_ROOT,
  SERVERS_DIR,
  startReadyServer,
  type Target,
  waitForPort,
} from './target.js'

/** Socket.IO 4 on Node: `io.to(room).emit`. */
export const socketIo: Target = {
  name: 'socketio',
  runtime: 'node',
  kind: 'peer',
  description: 'Socket.IO rooms (`io.to(topic).emit`), WebSocket transport only',
  dialect: 'socketio',
  scenarios: COMMON_SCENARIOS,
  unavailable: () => (packageVersion('socket.io') === '?' ? 'socket.io is not installed (npm install)' : undefined),
  version: () => `node ${process.version}, socket.io ${packageVersion('socket.io')}`,
  start(opts) {
    const [cmd, args] = nodeTsCommand(join(SERVERS_DIR, 'socketio-relay.ts'))
    return startReadyServer('socketio', cmd, args, opts)
  },
}

/** nats-server (Debian package, installed by bench/setup.sh) with `websocket { no_tls: true }`. */
export const nats: Target = {
  name: 'nats',
  runtime: 'go',
  kind: 'peer',
  description: 'nats-server, WebSocket listener (`no_tls: true`), core NATS subjects',
  dialect: 'nats',
  scenarios: COMMON_SCENARIOS,
  unavailable: () =>
    onPath('nats-server') === undefined ? 'nats-server is not installed (bench/setup.sh)' : undefined,
  version: () => `nats-server ${commandVersion('nats-server', ['--version']).replace(/^nats-server:\s*/, '')}`,
  async start(opts) {
    const [clientPort, wsPort] = [await freePort(), await freePort()]
    const dir = mkdtempSync(join(tmpdir(), 'zr-bench-nats-'))
    const conf = join(dir, 'nats.conf')
    // The slow-consumer limit mirrors the other relays' per-connection buffer.
    writeFileSync(
      conf,
      [
        `listen: "127.0.0.1:${clientPort}"`,
        `max_pending: ${opts.maxQueuedBytes}`,
        `max_payload: 65536`,
        `max_connections: 100000`,
        `websocket {`,
        `  listen: "127.0.0.1:${wsPort}"`,
        `  no_tls: true`,
        `  compression: false`,
        `}`,
        '',
      ].join('\n'),
    )
    const cleanup = registerCleanup(() => rmSync(dir, { recursive: true, force: true }))
    const child = spawnChild(onPath('nats-server') as string, ['-c', conf], {
      cpu: opts.cpu,
      cwd: REPO_ROOT,
      label: 'nats',
      isVerbose: opts.isVerbose,
    })
    let isAlive = true
    void child.exited.then(() => {
      isAlive = false
    })
    try {
      await waitForPort(wsPort, 15_000, () => isAlive)
    } catch (err) {
      await child.stop()
      cleanup()
      throw new Error(`nats did not start: ${(err as Error).message}: ${child.stderrTail()}`)
    }
    return {
      child,
      port: wsPort,
      dialectOptions: {},
      async stop() {
        await child.stop()
        cleanup()
      },
    }
  },
}
