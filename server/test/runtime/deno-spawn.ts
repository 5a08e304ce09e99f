/**
 * Spawns the relay on Deno with a chosen adapter (`deno-serve.ts`) for tests and measurements
 * run from Node.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RelayConfigInput } from '../../src/index.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The Deno binary installed by npm (a root devDependency). */
export const DENO_BINARY = join(ROOT, 'node_modules', '.bin', 'deno')

/** Whether the Deno binary is installed. */
export const hasDeno = (): boolean => existsSync(DENO_BINARY)

/** The Deno adapters `deno-serve.ts` can start. */
export type DenoAdapterName = 'deno' | 'deno-node-ws'

/** One relay process on Deno. */
export interface DenoRelay {
  /** `ws://127.0.0.1:port/<path>` of the public listener. */
  readonly url: string
  readonly pid: number
  /** stdout + stderr so far. */
  readonly output: () => string
  /** Closes stdin (the relay closes and exits), SIGKILL after 10 s; resolves on exit. */
  stop(): Promise<void>
}

/** Starts the relay on Deno with `adapter`; rejects if it does not print its URL within 30 s. */
export async function spawnDenoRelay(adapter: DenoAdapterName, config: RelayConfigInput = {}): Promise<DenoRelay> {
  const child = spawn(
    DENO_BINARY,
    [
      'run',
      '-A',
      '--quiet',
      '--unstable-sloppy-imports',
      join(ROOT, 'server', 'test', 'runtime', 'deno-serve.ts'),
      adapter,
      JSON.stringify(config),
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
  )
  let out = ''
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    out += s
  })
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    out += s
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end()
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(kill)
    }
  }
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`deno relay (${adapter}) did not start:\n${out}`)), 30_000)
      const onData = () => {
        const m = /URL (\S+)/.exec(out)
        if (m === null) return
        clearTimeout(timer)
        child.stdout.off('data', onData)
        resolve(m[1] as string)
      }
      child.stdout.on('data', onData)
      void exited.then(() => {
        clearTimeout(timer)
        reject(new Error(`deno relay (${adapter}) exited before listening:\n${out}`))
      })
    })
    return { url, pid: child.pid as number, output: () => out, stop }
  } catch (err) {
    await stop()
    throw err
  }
}
