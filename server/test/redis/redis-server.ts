/**
 * Test harness: a real `redis-server` process on a free 127.0.0.1 port, in its own temporary
 * directory, with a chosen persistence mode. It can be stopped, SIGKILLed and restarted on the
 * same port and directory (so an AOF survives the restart). Never a mock: tests that need Redis
 * fail with a clear message when `redis-server` is not installed (scripts/setup.sh installs it).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'

/** `none`: no RDB, no AOF (a restart loses everything). `aof-always`: AOF with fsync per write. */
export type Persistence = 'none' | 'aof-always'

/** Fails (not skips) when redis-server is missing. */
export function requireRedisServer(): string {
  try {
    return execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error(
      'redis-server is not installed or not on PATH: the Redis tests need a real Redis ≥ 7.0 ' +
        '(Debian: apt-get install redis-server; scripts/setup.sh installs it)',
    )
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** A redis-server child process owned by a test. */
export class RedisServer {
  readonly dir: string
  readonly persistence: Persistence
  port = 0
  #child: ChildProcess | undefined
  #output = ''

  constructor(persistence: Persistence) {
    this.persistence = persistence
    this.dir = mkdtempSync(join(tmpdir(), 'zr-redis-'))
  }

  /** `redis://127.0.0.1:<port>`. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}`
  }

  /** Whether the process is running. */
  get running(): boolean {
    return this.#child !== undefined && this.#child.exitCode === null && this.#child.signalCode === null
  }

  /** Starts on a free port (first start) or on the same port (restart); resolves once it accepts connections. */
  async start(): Promise<void> {
    if (this.running) throw new Error('redis-server already running')
    const fixedPort = this.port !== 0
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = fixedPort ? this.port : await freePort()
      try {
        await this.#spawn(port)
        this.port = port
        return
      } catch (err) {
        if (attempt === 4) throw err
        if (fixedPort) await new Promise((r) => setTimeout(r, 100))
      }
    }
  }

  #spawn(port: number): Promise<void> {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      this.dir,
      '--daemonize',
      'no',
      '--protected-mode',
      'no',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
      '--loglevel',
      'notice',
      '--logfile',
      '',
      ...(this.persistence === 'aof-always'
        ? ['--appendonly', 'yes', '--appendfsync', 'always']
        : ['--appendonly', 'no']),
    ]
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    this.#child = child
    this.#output = ''
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`redis-server did not start within 10 s:\n${this.#output}`))
      }, 10_000)
      const onData = (d: Buffer) => {
        this.#output += d.toString('utf8')
        if (this.#output.includes('Ready to accept connections')) {
          clearTimeout(timer)
          resolve()
        }
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      child.once('error', (err) => {
        clearTimeout(timer)
        reject(err)
      })
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`redis-server exited with ${code}:\n${this.#output}`))
      })
    })
  }

  async #waitExit(): Promise<void> {
    const child = this.#child
    if (child === undefined || !this.running) return
    await new Promise<void>((resolve) => child.once('exit', () => resolve()))
  }

  /** SIGKILL (no shutdown save). */
  async kill(): Promise<void> {
    if (!this.running) return
    const exited = this.#waitExit()
    this.#child?.kill('SIGKILL')
    await exited
  }

  /** Graceful stop (SIGTERM). */
  async stop(): Promise<void> {
    if (!this.running) return
    const exited = this.#waitExit()
    this.#child?.kill('SIGTERM')
    await exited
  }

  /** Kills with SIGKILL and starts again on the same port and directory. */
  async restart(): Promise<void> {
    await this.kill()
    await this.start()
  }

  /** Runs one command on a fresh connection. */
  async command(name: string, ...args: (string | number)[]): Promise<unknown> {
    const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0 })
    try {
      await client.connect()
      return await client.call(name, ...args)
    } finally {
      client.disconnect()
    }
  }

  /** Stops and removes the directory. */
  async dispose(): Promise<void> {
    await this.kill()
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/** Starts a redis-server with `persistence`. */
export async function startRedisServer(persistence: Persistence = 'none'): Promise<RedisServer> {
  requireRedisServer()
  const server = new RedisServer(persistence)
  await server.start()
  return server
}

/** Fast-failing connection settings for a test client of `server`. */
export function connection(server: RedisServer) {
  return {
    url: server.url,
    commandTimeoutMs: 1_000,
    connectTimeoutMs: 1_000,
    reconnectMinDelayMs: 20,
    reconnectMaxDelayMs: 200,
  }
}
