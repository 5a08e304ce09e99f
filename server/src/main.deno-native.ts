/**
 * The Deno CLI entry with the native adapter (`Deno.serve` + `Deno.upgradeWebSocket`):
 * `deno run -A --unstable-sloppy-imports server/src/main.deno-native.ts [--config file.yaml]`
 * (root `npm run start:deno-native`). The default Deno entry is `main.deno.ts` (`node:http` +
 * `ws`); docs/runtimes.md says what the native adapter cannot do and what it costs.
 */
import { runCli } from './cli.js'
import { denoRuntime } from './runtime/deno.js'

runCli(denoRuntime)
