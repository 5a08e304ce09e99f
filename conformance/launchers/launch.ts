/**
 * The launch protocol (launch.proto) for the zerorelay server, shared by the Node, Bun and
 * Deno launchers: reads one ServerLaunchRequest from stdin, starts the relay with
 * `createRelay()` on an ephemeral port with the given runtime adapter, answers with a
 * ServerLaunchResponse on stdout, and runs until stdin reaches EOF. Logs go to stderr
 * (stdout carries only the protocol). ZR_LOG_LEVEL sets the relay's log level (default "warn").
 */
import { createRelay, type RelayConfigInput, type RelayRuntime } from '@zerorelay/server'
import { MessageReader, writeMessage } from '../src/framing.js'
import { cv1 } from '../src/gen.js'

type LaunchRequest = ReturnType<typeof cv1.ServerLaunchRequest.decode>

/** Maps the harness's ServerConfig/AuthConfig onto the relay's config. */
export function relayConfigFor(req: LaunchRequest): RelayConfigInput {
  const c = req.config ?? cv1.ServerConfig.create()
  const a = req.auth ?? cv1.AuthConfig.create()
  const host = req.listenHost || '127.0.0.1'
  const keys: NonNullable<NonNullable<RelayConfigInput['auth']>['tenants']>[string]['keys'] = []
  if (a.hs256Secret) keys.push({ alg: 'HS256', secret: a.hs256Secret, ...(a.hs256Kid ? { kid: a.hs256Kid } : {}) })
  if (a.rs256PublicKeyPem)
    keys.push({ alg: 'RS256', publicKeyPem: a.rs256PublicKeyPem, ...(a.rs256Kid ? { kid: a.rs256Kid } : {}) })
  const set = <T>(v: T | null | undefined) => (v === null || v === undefined || v === 0 ? undefined : v)
  return {
    host,
    port: 0,
    adminHost: host,
    adminPort: 0,
    logLevel: (process.env.ZR_LOG_LEVEL as RelayConfigInput['logLevel']) ?? 'warn',
    limits: {
      maxFrameBytes: set(c.maxFrameBytes),
      maxSubscriptions: set(c.maxSubscriptions),
      maxQueuedBytes: set(c.maxQueuedBytes),
      maxBadFrames: set(c.maxBadRequests),
      messagesPerSecond: set(c.messagesPerSecond),
      messagesBurst: set(c.messagesBurst),
      // 0 is meaningful here (no probe), so it is passed as it is.
      maxUnreadAgeMs: c.maxUnreadAgeMs ?? undefined,
    },
    timeouts: {
      authTimeoutMs: set(c.authTimeoutMs),
      pingIntervalMs: set(c.pingIntervalMs),
      pongTimeoutMs: set(c.pongTimeoutMs),
      drainTimeoutMs: 1000,
    },
    history: { maxMessagesPerTopic: set(c.retainedMessages) },
    delivery: { ackWaitMs: set(c.ackWaitMs), maxDeliver: set(c.maxDeliver), maxInFlight: set(c.maxInFlight) },
    auth: {
      tenants: { default: { keys } },
      issuer: a.issuer || undefined,
      audience: a.audience || undefined,
      leewayMs: a.leewayMs ?? 0,
    },
  }
}

async function serve(runtime: RelayRuntime | undefined): Promise<void> {
  const reader = new MessageReader(process.stdin)
  const bytes = await reader.next()
  if (!bytes) return
  const req = cv1.ServerLaunchRequest.decode(bytes)
  const respond = (res: ReturnType<typeof cv1.ServerLaunchResponse.create>) =>
    writeMessage(process.stdout, cv1.ServerLaunchResponse.encode(res).finish())
  let relay: ReturnType<typeof createRelay>
  try {
    relay = createRelay(relayConfigFor(req), { logDestination: process.stderr, ...(runtime ? { runtime } : {}) })
    const { url, adminUrl } = await relay.start()
    const cfg = relay.config
    respond(
      cv1.ServerLaunchResponse.create({
        wsUrl: url,
        adminUrl,
        // Connected.features is the authority; the runner reads it from a probe connection.
        features: [],
        // What the relay really runs with.
        effectiveConfig: cv1.ServerConfig.create({
          messagesPerSecond: cfg.limits.messagesPerSecond,
          messagesBurst: cfg.limits.messagesBurst,
          maxFrameBytes: cfg.limits.maxFrameBytes,
          authTimeoutMs: cfg.timeouts.authTimeoutMs,
          pingIntervalMs: cfg.timeouts.pingIntervalMs,
          pongTimeoutMs: cfg.timeouts.pongTimeoutMs,
          maxSubscriptions: cfg.limits.maxSubscriptions,
          maxQueuedBytes: cfg.limits.maxQueuedBytes,
          maxBadRequests: cfg.limits.maxBadFrames,
          retainedMessages: cfg.history.maxMessagesPerTopic,
          ackWaitMs: cfg.delivery.ackWaitMs,
          maxDeliver: cfg.delivery.maxDeliver,
          maxInFlight: cfg.delivery.maxInFlight,
          maxUnreadAgeMs: cfg.limits.maxUnreadAgeMs,
        }),
      }),
    )
  } catch (err) {
    respond(cv1.ServerLaunchResponse.create({ error: (err as Error).message }))
    process.exitCode = 1
    return
  }
  // Run until the runner closes stdin.
  while ((await reader.next()) !== undefined) {
    // Further messages are not part of the launch protocol; ignore them.
  }
  await relay.close()
}

/** Runs the launcher: `name` prefixes fatal errors; `runtime` defaults to Node's. */
export function runLauncher(name: string, runtime?: RelayRuntime): void {
  serve(runtime).then(
    () => process.exit(process.exitCode ?? 0),
    (err) => {
      process.stderr.write(`${name} launcher: ${(err as Error)?.stack ?? err}\n`)
      process.exit(1)
    },
  )
}
