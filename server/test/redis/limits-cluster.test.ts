/**
 * Tenant quotas held in aggregate across three relay PROCESSES on one real Redis: the tenant's
 * maxConnections and maxTopics count every node's connections and topics, a closed connection
 * frees its unit for another node, and other tenants are unaffected. Every wait is bounded.
 */
import { CloseCode, Code } from '@zerorelay/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, mintToken, openClient, type TestClient } from '../helpers.js'
import { type RedisServer, startRedisServer } from './redis-server.js'
import { type RelayProcess, startRelayProcess } from './relay-process.js'

let server: RedisServer
let nodes: RelayProcess[] = []
const clients: TestClient[] = []

beforeAll(async () => {
  server = await startRedisServer('none')
  nodes = await Promise.all(
    Array.from({ length: 3 }, () =>
      startRelayProcess(server.url, {
        ZERORELAY_TENANT_LIMITS__MAX_CONNECTIONS: '4',
        ZERORELAY_TENANT_LIMITS__MAX_TOPICS: '2',
      }),
    ),
  )
})
afterAll(async () => {
  for (const c of clients) c.ws.terminate()
  await Promise.all(nodes.map((r) => r.kill()))
  await server.dispose()
})

/** Connects to `url`; resolves the client or the refusal's error code and close code. */
async function tryConnect(url: string, tenant = 'default'): Promise<TestClient | { code: number; close: number }> {
  const c = await openClient(url)
  clients.push(c)
  const reply = await c.call({ connect: { token: await mintToken({ tenant }) } })
  if (reply.kind === 'connected') return c
  return { code: reply.error?.code ?? 0, close: (await c.closed).code }
}

describe('tenant limits across relay processes', () => {
  it('holds maxConnections and maxTopics in aggregate over three nodes', async () => {
    const urls = nodes.map((n) => n.url)
    const outcomes: (TestClient | { code: number; close: number })[] = []
    for (let i = 0; i < 6; i++) outcomes.push(await tryConnect(urls[i % 3] as string))
    const connected = outcomes.filter((o): o is TestClient => 'ws' in o)
    const refused = outcomes.filter((o) => !('ws' in o))
    expect(connected).toHaveLength(4)
    expect(refused).toEqual([
      { code: Code.CODE_LIMIT_EXCEEDED, close: CloseCode.CLOSE_CODE_CONNECTION_LIMIT },
      { code: Code.CODE_LIMIT_EXCEEDED, close: CloseCode.CLOSE_CODE_CONNECTION_LIMIT },
    ])
    // Another tenant has its own quota.
    expect('ws' in (await tryConnect(urls[2] as string, 'b'))).toBe(true)

    // Topics: two distinct topics for the tenant, whichever nodes hold them.
    const [c0, c1, c2] = connected as [TestClient, TestClient, TestClient, TestClient]
    expect((await c0.call({ subscribe: { topic: 'x' } })).kind).toBe('subscribeAck')
    expect((await c1.call({ subscribe: { topic: 'y' } })).kind).toBe('subscribeAck')
    expect((await c2.call({ subscribe: { topic: 'x' } })).kind).toBe('subscribeAck') // not a new topic
    expect((await c2.call({ subscribe: { topic: 'z' } })).error?.code).toBe(Code.CODE_LIMIT_EXCEEDED)

    // A closed connection frees its unit for the other nodes (the release is asynchronous: bounded retry).
    c0.close()
    await c0.closed
    let again: TestClient | undefined
    for (let i = 0; i < 50 && again === undefined; i++) {
      const o = await tryConnect(urls[(i + 1) % 3] as string)
      if ('ws' in o) again = o
      else await new Promise((r) => setTimeout(r, 50))
    }
    expect(again).toBeDefined()
  })
})
