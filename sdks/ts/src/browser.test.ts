/**
 * The SDK in a real browser: bundled for the browser with esbuild, served from a local HTTP
 * server, driven in Debian's chromium through playwright-core (never a downloaded browser),
 * against the fake server. Skipped, with a message, when /usr/bin/chromium is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeServer, startFakeServer } from '../test/fake-server.js'

const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const srcDir = dirname(fileURLToPath(import.meta.url))

describe('library source', () => {
  it('imports no node: modules (runs in browsers, Deno and Bun)', () => {
    const offenders = readdirSync(srcDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /from ['"]node:|import\(['"]node:/.test(readFileSync(join(srcDir, f), 'utf8')))
    expect(offenders).toEqual([])
  })
})

describe.skipIf(!hasChromium)(`browser (chromium at ${CHROMIUM}; skipped when missing)`, () => {
  let relay: FakeServer
  let http: Server
  let pageUrl: string

  beforeAll(async () => {
    const esbuild = await import('esbuild')
    const bundle = await esbuild.build({
      entryPoints: [join(srcDir, 'index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    })
    const js = bundle.outputFiles[0]?.text ?? ''
    expect(js).not.toMatch(/from\s*["']node:/)
    const html =
      '<!doctype html><meta charset="utf-8"><script type="module">' +
      "import * as zr from '/zerorelay.js'; window.zr = zr; window.ready = true</script>"
    http = createServer((req, res) => {
      if (req.url === '/zerorelay.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js)
      else res.writeHead(200, { 'content-type': 'text/html' }).end(html)
    })
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    pageUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`
    relay = await startFakeServer()
  })

  afterAll(async () => {
    await relay?.close()
    await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()))
  })

  it('connects, subscribes, publishes and receives with the browser WebSocket', { timeout: 60_000 }, async () => {
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    try {
      const page = await browser.newPage()
      await page.goto(pageUrl)
      await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true)
      const result = await page.evaluate(async (url) => {
        type Zr = typeof import('./index.js')
        const { connect } = (window as unknown as { zr: Zr }).zr
        const client = await connect(url, { token: 'browser-token' })
        const sub = client.subscribe('browser.t')
        await sub.ready()
        const bytes = Uint8Array.from({ length: 256 }, (_, i) => i)
        const ack = await client.publish('browser.t', bytes, { headers: { 'x-ü': '✓ 🚀' } })
        const it = sub[Symbol.asyncIterator]()
        const { value } = await it.next()
        const json = await (async () => {
          const c2 = await connect(url, { token: 'browser-token', encoding: 'json' })
          const s2 = c2.subscribe('browser.j')
          await s2.ready()
          await c2.publish('browser.j', 'json ✓')
          const got = await s2[Symbol.asyncIterator]().next()
          await c2.close()
          return got.value?.text()
        })()
        await client.close()
        return {
          data: Array.from(value?.data ?? []),
          headers: value?.headers,
          offset: String(value?.offset),
          ackOffset: typeof ack.offset === 'bigint' ? String(ack.offset) : 'not a bigint',
          json,
          ua: navigator.userAgent,
        }
      }, relay.url)
      expect(result.ua).toMatch(/Chrome/)
      expect(result.data).toEqual(Array.from({ length: 256 }, (_, i) => i))
      expect(result.headers).toEqual({ 'x-ü': '✓ 🚀' })
      expect(result.offset).toBe('1')
      expect(result.ackOffset).toBe('1')
      expect(result.json).toBe('json ✓')
      expect(relay.framesOf('connect')[0]?.frame.connect?.token).toBe('browser-token')
      expect(relay.upgrades.map((u) => u.protocols[0])).toEqual(['zerorelay.v1.proto', 'zerorelay.v1.json'])
      await relay.waitFor(() => relay.closes.length === 2, 5_000, 'both browser clients to close')
      expect(relay.closes.map((c) => c.code)).toEqual([1000, 1000])
    } finally {
      await browser.close()
    }
  })
})
