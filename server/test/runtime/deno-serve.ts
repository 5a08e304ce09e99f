/**
 * A relay entry for tests and measurements of the Deno adapters, run under Deno:
 *
 *   deno run -A --quiet --unstable-sloppy-imports server/test/runtime/deno-serve.ts <deno|deno-node-ws> [configJson]
 *
 * Starts the relay with the named adapter (127.0.0.1, port 0 unless the config says
 * otherwise), prints `URL <ws url>` on stdout, and runs until stdin reaches EOF.
 */
import { createRelay, type RelayConfigInput, type RelayRuntime } from '../../src/index.js'
import { denoRuntime } from '../../src/runtime/deno.js'
import { denoNodeWsRuntime } from '../../src/runtime/deno-node-ws.js'

/** The adapters this entry can start, by name. */
const DENO_ADAPTERS: Readonly<Record<string, RelayRuntime>> = {
  deno: denoRuntime,
  'deno-node-ws': denoNodeWsRuntime,
}

async function main(): Promise<void> {
  const [adapter = 'deno', configJson = '{}'] = process.argv.slice(2)
  const runtime = DENO_ADAPTERS[adapter]
  if (runtime === undefined) throw new Error(`unknown adapter ${adapter} (${Object.keys(DENO_ADAPTERS).join(', ')})`)
  const config: RelayConfigInput = {
    host: '127.0.0.1',
    port: 0,
    adminHost: '127.0.0.1',
    adminPort: 0,
    logLevel: 'warn',
    ...(JSON.parse(configJson) as RelayConfigInput),
  }
  const relay = createRelay(config, { runtime, logDestination: process.stderr })
  const { url } = await relay.start()
  process.stdout.write(`URL ${url}\n`)
  process.stdin.resume()
  await new Promise((resolve) => process.stdin.once('end', resolve))
  await relay.close()
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`deno-serve: ${(err as Error)?.stack ?? err}\n`)
    process.exit(1)
  },
)
