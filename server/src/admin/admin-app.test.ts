import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { createAdminApp } from './admin-app.js'

describe('createAdminApp()', () => {
  it('answers /readyz 503 while draining and /healthz 200 throughout', async () => {
    let draining = false
    const app = createAdminApp({ registry: new Registry(), isDraining: () => draining, checks: () => [] })
    expect((await app.request('/readyz')).status).toBe(200)
    draining = true
    const res = await app.request('/readyz')
    expect(res.status).toBe(503)
    expect(await res.text()).toBe('draining\n')
    expect((await app.request('/healthz')).status).toBe(200)
    expect((await app.request('/nope')).status).toBe(404)
  })
})
