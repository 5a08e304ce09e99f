/**
 * The Deno CLI entry:
 * `deno run -A --unstable-sloppy-imports server/src/main.deno.ts [--config file.yaml] [--<key> <value>...]`
 * (root `npm run start:deno`). Same flags, config and behaviour as the Node entry. It uses the
 * `node:http` + `ws` adapter (strict RFC 6455, batched writes); `main.deno-native.ts` runs the
 * `Deno.serve` + `Deno.upgradeWebSocket` adapter instead. docs/runtimes.md compares them.
 */
import { runCli } from './cli.js'
import { denoNodeWsRuntime } from './runtime/deno-node-ws.js'

runCli(denoNodeWsRuntime)
