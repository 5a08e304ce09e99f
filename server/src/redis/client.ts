/**
 * One Redis connection, created lazily: `ioredis` is loaded with a dynamic `import()` the first
 * time a connection is opened, so a relay without Redis never loads it (and Bun / Deno entries
 * start without it). Fail-fast settings: no offline queue (a command while disconnected rejects
 * at once), no resending of in-flight commands after a reconnect (an append whose reply was lost
 * must not be stored twice behind the caller's back), a per-command timeout, and reconnects with
 * exponential backoff for as long as the connection is open.
 */
import type { RedisOptions as IoRedisOptions, Redis } from 'ioredis'

/** Connection settings shared by the Redis broker and history store (the `redis` config section). */
export interface RedisConnectionOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://...`. */
  readonly url: string
  /** A command without a reply after this long rejects, in milliseconds. */
  readonly commandTimeoutMs: number
  /** A connection attempt without an answer after this long fails (and is retried), in milliseconds. */
  readonly connectTimeoutMs: number
  /** First reconnect delay, in milliseconds (doubled per failed attempt). */
  readonly reconnectMinDelayMs: number
  /** Largest reconnect delay, in milliseconds. */
  readonly reconnectMaxDelayMs: number
}

/** Events a connection reports (all optional). */
export interface RedisConnectionEvents {
  /** The connection is (again) usable. */
  onReady?(client: Redis): void
  /** The connection was lost (it reconnects by itself). */
  onDown?(error: Error | undefined): void
}

/** A lazily opened, self-reconnecting connection. */
export interface RedisConnection {
  /** The client once created (it may be disconnected). */
  readonly client: Redis | undefined
  /** Whether the connection is up and ready. */
  isReady(): boolean
  /** Resolves the client once created (not necessarily connected). */
  whenCreated(): Promise<Redis>
  /** Closes the connection and stops reconnecting. Idempotent. */
  close(): Promise<void>
}

type RedisConstructor = typeof import('ioredis').Redis
let constructorPromise: Promise<RedisConstructor> | undefined

/** Loads ioredis once (dynamic import) and resolves its client class. */
export function loadIoRedis(): Promise<RedisConstructor> {
  constructorPromise ??= import('ioredis').then((mod) => {
    // ESM named export, or the CommonJS module object behind `default`.
    const m = mod as unknown as { Redis?: RedisConstructor; default?: { Redis?: RedisConstructor } }
    const ctor = m.Redis ?? m.default?.Redis
    if (ctor === undefined) throw new Error('ioredis: Redis client class not found')
    return ctor
  })
  return constructorPromise
}

/** The reconnect delay after `attempt` failed attempts (1-based): exponential with ±20 % jitter, capped. */
export function reconnectDelayMs(attempt: number, minMs: number, maxMs: number): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.min(30, Math.max(0, attempt - 1)))
  const jitter = base * 0.2 * (Math.random() * 2 - 1)
  return Math.max(1, Math.min(maxMs, Math.round(base + jitter)))
}

/** Opens a connection in the background (never throws; see `isReady`). */
export function openRedisConnection(
  options: RedisConnectionOptions,
  name: string,
  events: RedisConnectionEvents = {},
): RedisConnection {
  let client: Redis | undefined
  let ready = false
  let closed = false
  const created = (async () => {
    const RedisClass = await loadIoRedis()
    const ioOptions: IoRedisOptions = {
      connectionName: name,
      lazyConnect: true,
      enableOfflineQueue: false,
      autoResubscribe: false,
      autoResendUnfulfilledCommands: false,
      maxRetriesPerRequest: 0,
      enableReadyCheck: true,
      commandTimeout: options.commandTimeoutMs,
      connectTimeout: options.connectTimeoutMs,
      retryStrategy: (times) =>
        closed ? null : reconnectDelayMs(times, options.reconnectMinDelayMs, options.reconnectMaxDelayMs),
      reconnectOnError: () => false,
    }
    const c = new RedisClass(options.url, ioOptions)
    client = c
    c.on('ready', () => {
      ready = true
      events.onReady?.(c)
    })
    c.on('close', () => {
      const was = ready
      ready = false
      if (was) events.onDown?.(undefined)
    })
    c.on('error', () => {
      // Reported through readiness and command rejections; reconnecting is automatic.
    })
    if (!closed) c.connect().catch(() => undefined)
    return c
  })()
  created.catch(() => undefined)
  return {
    get client() {
      return client
    },
    isReady: () => ready && !closed,
    whenCreated: () => created,
    async close() {
      if (closed) return
      closed = true
      ready = false
      const c = await created.catch(() => undefined)
      if (c === undefined) return
      c.disconnect(false)
    },
  }
}

/**
 * Callers waiting for a Redis-backed part to become ready (`whenReady`), shared by the broker
 * and the history store: `wait` resolves at once when ready, else on the next `wake` while
 * ready, and rejects with `timeoutError()` after `timeoutMs`.
 */
export class ReadyWaiters {
  #waiters: (() => void)[] = []

  constructor(
    private readonly isReady: () => boolean,
    private readonly timeoutError: () => Error,
  ) {}

  wait(timeoutMs: number): Promise<void> {
    if (this.isReady()) return Promise.resolve()
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== done)
        reject(this.timeoutError())
      }, timeoutMs)
      const done = () => {
        clearTimeout(timer)
        resolve()
      }
      this.#waiters.push(done)
    })
  }

  /** Resolves every waiter, if ready now. */
  wake(): void {
    if (!this.isReady()) return
    const list = this.#waiters
    this.#waiters = []
    for (const w of list) w()
  }
}
