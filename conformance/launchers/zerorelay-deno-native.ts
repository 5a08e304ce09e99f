/**
 * Launcher for the zerorelay server on Deno (launch protocol: see ./launch.ts) with the native
 * adapter (`Deno.serve` + `Deno.upgradeWebSocket`, server/src/runtime/deno.ts). The default
 * Deno adapter is `node:http` + `ws` (./zerorelay-deno.ts); docs/runtimes.md says why.
 *
 *   npx zr-conformance server -- node_modules/.bin/deno run -A --quiet --unstable-sloppy-imports conformance/launchers/zerorelay-deno-native.ts
 */
import { denoRuntime } from '../../server/src/runtime/deno.js'
import { runLauncher } from './launch.js'

runLauncher('zerorelay-deno-native', denoRuntime)
