/**
 * The admin listener's Hono app: `/healthz` (liveness: the process serves requests),
 * `/readyz` (503 while draining or while a required dependency — the broker, the history
 * store, or anything registered later — reports not ready) and `/metrics` (Prometheus text).
 * Responses reveal no internals (no versions, hosts or config).
 */
import { Hono } from 'hono'
import type { Registry } from 'prom-client'

/** A dependency readiness probe, e.g. the broker or history store. */
export interface ReadinessCheck {
  /** Fixed name, shown in the /readyz body (no hosts or credentials). */
  readonly name: string
  isReady(): boolean
}

/** What the admin app reads. */
export interface AdminAppOptions {
  readonly registry: Registry
  readonly isDraining: () => boolean
  readonly checks: () => readonly ReadinessCheck[]
}

/** Creates the admin Hono app. */
export function createAdminApp(options: AdminAppOptions): Hono {
  const app = new Hono()
  app.get('/healthz', (c) => c.text('ok\n'))
  app.get('/readyz', (c) => {
    if (options.isDraining()) return c.text('draining\n', 503)
    const down = options
      .checks()
      .filter((check) => !check.isReady())
      .map((check) => check.name)
    if (down.length > 0) return c.text(`not ready: ${down.join(', ')}\n`, 503)
    return c.text('ready\n')
  })
  app.get('/metrics', async (c) => {
    const body = await options.registry.metrics()
    return c.body(body, 200, { 'Content-Type': options.registry.contentType })
  })
  app.notFound((c) => c.text('not found\n', 404))
  return app
}
