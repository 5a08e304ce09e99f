/**
 * Test harness: a relay node as its own process (`node --import tsx server/src/main.ts`) on free
 * ports, configured by environment variables to use one Redis, with the test tenants' keys.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { SECRET, SECRET_B } from '../helpers.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** A running relay process. */
export class RelayProcess {
  readonly child: ChildProcess
  url = ''
  adminUrl = ''
  #output = ''

  constructor(child: ChildProcess) {
    this.child = child
    const onData = (d: Buffer) => {
      this.#output += d.toString('utf8')
      if (this.#output.length > 200_000) this.#output = this.#output.slice(-100_000)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
  }

  get output(): string {
    return this.#output
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  /** Resolves the listen addresses from the startup banner. */
  async started(timeoutMs = 20_000): Promise<void> {
    const re = /zerorelay is running: (ws:\/\/\S+)\s+\(admin: (http:\/\/[^\s/]+)/
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`relay did not start:\n${this.#output}`)), timeoutMs)
      const check = () => {
        const m = re.exec(this.#output)
        if (m === null) return
        clearTimeout(timer)
        this.url = m[1] as string
        this.adminUrl = m[2] as string
        resolve()
      }
      this.child.stdout?.on('data', check)
      this.child.once('exit', () => {
        clearTimeout(timer)
        reject(new Error(`relay exited:\n${this.#output}`))
      })
      check()
    })
  }

  /** GETs an admin path; resolves the HTTP status (0 when unreachable). */
  async status(path: '/readyz' | '/healthz'): Promise<number> {
    try {
      const res = await fetch(`${this.adminUrl}${path}`)
      await res.text()
      return res.status
    } catch {
      return 0
    }
  }

  /** Polls `/readyz` (bounded) until it answers `status`. */
  async waitReady(ready = true, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (((await this.status('/readyz')) === 200) === ready) return
      if (Date.now() > deadline) throw new Error(`/readyz did not become ${ready ? 'ready' : 'unready'}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  /** SIGKILL. */
  async kill(): Promise<void> {
    if (!this.running) return
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()))
    this.child.kill('SIGKILL')
    await exited
  }
}

/** Starts a relay process using `redisUrl`; resolves once it listens and /readyz is 200. */
export async function startRelayProcess(redisUrl: string, env: Record<string, string> = {}): Promise<RelayProcess> {
  const tenants = JSON.stringify({
    default: { keys: [{ alg: 'HS256', secret: SECRET }] },
    b: { keys: [{ alg: 'HS256', secret: SECRET_B }] },
  })
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ZERORELAY_PORT: '0',
      ZERORELAY_ADMIN_PORT: '0',
      ZERORELAY_LOG_LEVEL: 'warn',
      ZERORELAY_AUTH__TENANTS: tenants,
      ZERORELAY_AUTH__LEEWAY_MS: '0',
      ZERORELAY_REDIS__URL: redisUrl,
      ZERORELAY_REDIS__COMMAND_TIMEOUT_MS: '1000',
      ZERORELAY_REDIS__CONNECT_TIMEOUT_MS: '1000',
      ZERORELAY_REDIS__RECONNECT_MIN_DELAY_MS: '50',
      ZERORELAY_REDIS__RECONNECT_MAX_DELAY_MS: '300',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const relay = new RelayProcess(child)
  try {
    await relay.started()
    await relay.waitReady(true)
  } catch (err) {
    await relay.kill()
    throw err
  }
  return relay
}
