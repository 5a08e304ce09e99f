/**
 * Test helpers: start a relay on port 0 with small limits and a real JWT authenticator, mint
 * tokens, and drive real `ws` clients that decode ServerFrames with either codec.
 */
import type { ChildProcess } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { Writable } from 'node:stream'
import {
  type ClientFrameInit,
  codecFor,
  type FrameCodec,
  type ServerFrame,
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_PROTO,
  type Subprotocol,
} from '@zerorelay/protocol'
import { SignJWT } from 'jose'
import WebSocket from 'ws'
import { createRelay, type Relay, type RelayConfigInput, type RelayOptions } from '../src/index.js'

export const SECRET = 'integration-test-secret-0123456789abcdef'
export const SECRET_B = 'integration-test-secret-tenant-b-0123456789'

/** A small, fast test configuration: two tenants "default" and "b". */
export function testConfig(overrides: RelayConfigInput = {}): RelayConfigInput {
  return {
    port: 0,
    adminPort: 0,
    logLevel: 'debug',
    ...overrides,
    limits: { maxFrameBytes: 64 * 1024, maxBadFrames: 3, ...overrides.limits },
    timeouts: {
      authTimeoutMs: 2_000,
      pingIntervalMs: 5_000,
      pongTimeoutMs: 5_000,
      drainTimeoutMs: 2_000,
      ...overrides.timeouts,
    },
    auth: {
      leewayMs: 0,
      tenants: {
        default: { keys: [{ alg: 'HS256', secret: SECRET }] },
        b: { keys: [{ alg: 'HS256', secret: SECRET_B }] },
      },
      ...overrides.auth,
    },
  }
}

/** Captures log lines (pino output). */
export class LogCapture extends Writable {
  readonly lines: string[] = []
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    cb()
  }
  get text(): string {
    return this.lines.join('\n')
  }
}

/** A started relay plus its log capture. */
export interface TestRelay {
  readonly relay: Relay
  readonly url: string
  readonly adminUrl: string
  readonly logs: LogCapture
  close(): Promise<void>
}

/** Starts a relay on 127.0.0.1 port 0 (admin port 0). */
export async function startRelay(overrides: RelayConfigInput = {}, options: RelayOptions = {}): Promise<TestRelay> {
  const logs = new LogCapture()
  const relay = createRelay(testConfig(overrides), { logDestination: logs, ...options })
  const { url, adminUrl } = await relay.start()
  return { relay, url, adminUrl, logs, close: () => relay.close() }
}

/** Signs a token for the test tenants. */
export async function mintToken(
  options: {
    sub?: string
    tenant?: string
    pub?: string[]
    subscribe?: string[]
    expiresInS?: number
    secret?: string
    extra?: Record<string, unknown>
  } = {},
): Promise<string> {
  const nowS = Math.floor(Date.now() / 1000)
  const zr: Record<string, unknown> = { pub: options.pub ?? ['>'], sub: options.subscribe ?? ['>'] }
  if (options.tenant !== undefined && options.tenant !== 'default') zr.tenant = options.tenant
  const secret = options.secret ?? (options.tenant === 'b' ? SECRET_B : SECRET)
  return new SignJWT({ zr, ...options.extra })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.sub ?? 'alice')
    .setIssuedAt(nowS)
    .setExpirationTime(nowS + (options.expiresInS ?? 3600))
    .sign(new TextEncoder().encode(secret))
}

/** How a test client closed. */
export interface CloseInfo {
  readonly code: number
  readonly reason: string
}

/** A real `ws` client that decodes ServerFrames. */
export class TestClient {
  readonly ws: WebSocket
  readonly codec: FrameCodec
  readonly frames: ServerFrame[] = []
  readonly closed: Promise<CloseInfo>
  #waiters: (() => void)[] = []
  #nextId = 1

  constructor(ws: WebSocket, subprotocol: Subprotocol) {
    this.ws = ws
    this.codec = codecFor(subprotocol)
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      this.frames.push(this.codec.decodeServer(isBinary ? new Uint8Array(data) : data.toString('utf8')))
      this.#wake()
    })
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() })
        this.#wake()
      })
    })
  }

  #wake(): void {
    const waiters = this.#waiters
    this.#waiters = []
    for (const w of waiters) w()
  }

  /** Sends a frame with the client's codec. */
  send(frame: ClientFrameInit): void {
    this.ws.send(this.codec.encodeClient(frame))
  }

  /** Sends raw data (bytes as binary, string as text). */
  sendRaw(data: Uint8Array | string): void {
    this.ws.send(data, { binary: typeof data !== 'string' })
  }

  /** A fresh non-zero request id. */
  id(): number {
    return this.#nextId++
  }

  /** Waits for (and removes) the first frame matching `predicate`. */
  async next(predicate: (f: ServerFrame) => boolean = () => true, timeoutMs = 5_000): Promise<ServerFrame> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const i = this.frames.findIndex(predicate)
      if (i >= 0) return this.frames.splice(i, 1)[0] as ServerFrame
      if (this.ws.readyState === WebSocket.CLOSED) throw new Error('connection closed while waiting for a frame')
      const remaining = deadline - Date.now()
      if (remaining <= 0) throw new Error(`no matching frame within ${timeoutMs} ms; have ${this.frames.length}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining)
        this.#waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  /** Waits for the reply to `id`. */
  reply(id: number, timeoutMs?: number): Promise<ServerFrame> {
    return this.next((f) => f.id === id, timeoutMs)
  }

  /** Sends a command and waits for its reply. */
  async call(frame: ClientFrameInit): Promise<ServerFrame> {
    const id = frame.id ?? this.id()
    this.send({ ...frame, id })
    return this.reply(id)
  }

  close(): void {
    this.ws.close()
  }
}

/** Opens a WebSocket; resolves once open (rejects on an HTTP refusal with its status). */
export async function openClient(
  url: string,
  options: { protocols?: string[]; headers?: Record<string, string>; autoPong?: boolean } = {},
): Promise<TestClient> {
  const protocols = options.protocols ?? [SUBPROTOCOL_JSON]
  const ws = new WebSocket(url, protocols, {
    headers: options.headers,
    autoPong: options.autoPong ?? true,
    maxPayload: 64 * 1024 * 1024,
  })
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ws.once('error', reject)
  })
  const sub = (ws.protocol || SUBPROTOCOL_JSON) as Subprotocol
  return new TestClient(ws, sub === SUBPROTOCOL_PROTO ? SUBPROTOCOL_PROTO : SUBPROTOCOL_JSON)
}

/** Opens a client and authenticates it; returns the client and its Connected frame. */
export async function connectClient(
  url: string,
  token: string,
  options: { protocols?: string[]; autoPong?: boolean } = {},
): Promise<TestClient> {
  const client = await openClient(url, options)
  const reply = await client.call({ connect: { token } })
  if (reply.kind !== 'connected') throw new Error(`connect failed: ${JSON.stringify(reply.toJSON())}`)
  return client
}

/** Sends a raw upgrade request; resolves the HTTP status and headers of the refusal (or 101). */
export function rawUpgrade(
  url: string,
  headers: Record<string, string | string[]>,
  options: { path?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const u = new URL(url)
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: u.hostname,
      port: u.port,
      path: options.path ?? u.pathname + u.search,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...headers,
      },
    })
    req.on('upgrade', (res, socket) => {
      socket.destroy()
      resolve({ status: res.statusCode ?? 0, headers: res.headers })
    })
    req.on('response', (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, headers: res.headers })
    })
    req.on('error', reject)
    req.end()
  })
}

/** Asserts the relay still serves a fresh connect + ping (the post-hostile-case invariant). */
export async function assertAlive(url: string): Promise<void> {
  const client = await connectClient(url, await mintToken())
  const pong = await client.call({ ping: { clientTimeMs: 1 } })
  if (pong.kind !== 'pong') throw new Error('relay did not answer ping')
  client.close()
  await client.closed
}

/**
 * Waits for a relay child process to print its addresses as one JSON line starting with
 * `{"url"` on stdout; rejects with the child's output if it exits first or takes over 15 s.
 */
export function childAddress<T = { url: string; adminUrl: string; memUrl: string }>(child: ChildProcess): Promise<T> {
  let out = ''
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString('utf8')
  })
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child did not start; output:\n${out}`)), 15_000)
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8')
      const line = out.split('\n').find((l) => l.startsWith('{"url"'))
      if (line !== undefined) {
        clearTimeout(timer)
        resolve(JSON.parse(line) as T)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`child exited ${code}; output:\n${out}`))
    })
  })
}
