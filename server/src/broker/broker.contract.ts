/**
 * The Broker contract as a reusable test suite: `runBrokerContract(name, factory)`. The memory
 * broker always runs it; the Redis broker (later issue) runs the same suite.
 */
import { describe, expect, it } from 'vitest'
import type { Broker, BrokerMessage } from './broker.js'

const t = (s: string) => s.split('.')

function message(tenant: string, topic: string, offset: number, connectionId = 'c1'): BrokerMessage {
  return {
    tenant,
    topic,
    payload: new TextEncoder().encode(`${tenant}/${topic}/${offset}`),
    headers: { n: String(offset) },
    epoch: 'e',
    offset: BigInt(offset),
    publishedAtMs: 1,
    origin: { nodeId: 'n1', connectionId },
  }
}

/** Waits until `predicate` holds, polling the event loop (brokers may deliver asynchronously). */
async function until(predicate: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 5))
  }
}

/** Runs the Broker contract against `factory` (each call returns a broker that shares nothing with earlier ones). */
export function runBrokerContract(name: string, factory: () => Broker | Promise<Broker>): void {
  describe(`Broker contract: ${name}`, () => {
    it('delivers to handlers with a matching interest only, each message once', async () => {
      const broker = await factory()
      const got: BrokerMessage[] = []
      const other: BrokerMessage[] = []
      const node = broker.attach((m) => got.push(m))
      const node2 = broker.attach((m) => other.push(m))
      node.addInterest('t', t('chat.*'))
      node.addInterest('t', t('chat.>')) // overlapping: still one delivery
      node2.addInterest('t', t('news.>'))
      await broker.publish(message('t', 'chat.a', 1))
      await broker.publish(message('t', 'weather', 2))
      await until(() => got.length >= 1)
      await broker.publish(message('t', 'news.x', 3))
      await until(() => other.length >= 1)
      expect(got.map((m) => m.topic)).toEqual(['chat.a'])
      expect(other.map((m) => m.topic)).toEqual(['news.x'])
      node.detach()
      node2.detach()
      await broker.close()
    })

    it("never delivers one tenant's message to another tenant's interest", async () => {
      const broker = await factory()
      const got: BrokerMessage[] = []
      const node = broker.attach((m) => got.push(m))
      node.addInterest('b', t('>'))
      node.addInterest('a', t('marker'))
      await broker.publish(message('a', 'chat.x', 1))
      await broker.publish(message('a', 'marker', 2))
      await until(() => got.length >= 1)
      expect(got.map((m) => `${m.tenant}:${m.topic}`)).toEqual(['a:marker'])
      await broker.close()
    })

    it('keeps publish order per topic and carries the message unchanged', async () => {
      const broker = await factory()
      const got: BrokerMessage[] = []
      const node = broker.attach((m) => got.push(m))
      node.addInterest('t', t('x'))
      for (let i = 1; i <= 100; i++) await broker.publish(message('t', 'x', i))
      await until(() => got.length >= 100)
      expect(got.map((m) => m.offset)).toEqual(Array.from({ length: 100 }, (_, i) => BigInt(i + 1)))
      expect(got[0]?.headers).toEqual({ n: '1' })
      expect(new TextDecoder().decode(got[0]?.payload)).toBe('t/x/1')
      expect(got[0]?.origin).toEqual({ nodeId: 'n1', connectionId: 'c1' })
      await broker.close()
    })

    it('stops delivering after removeInterest and after detach', async () => {
      const broker = await factory()
      const got: BrokerMessage[] = []
      const node = broker.attach((m) => got.push(m))
      node.addInterest('t', t('x'))
      node.addInterest('t', t('marker'))
      node.removeInterest('t', t('x'))
      await broker.publish(message('t', 'x', 1))
      await broker.publish(message('t', 'marker', 2))
      await until(() => got.length >= 1)
      expect(got.map((m) => m.topic)).toEqual(['marker'])
      node.detach()
      const probe: BrokerMessage[] = []
      broker.attach((m) => probe.push(m)).addInterest('t', t('marker'))
      await broker.publish(message('t', 'marker', 3))
      await until(() => probe.length >= 1) // delivered to a live node, so the detached one had its chance
      expect(got).toHaveLength(1)
      await broker.close()
    })

    it('reports readiness', async () => {
      const broker = await factory()
      expect(broker.isReady()).toBe(true)
      await broker.close()
    })
  })
}
