/**
 * Launcher for the zerorelay server on Deno (launch protocol: see ./launch.ts) with Deno's
 * default adapter `denoNodeWsRuntime` (`node:http` upgrade + `ws`: strict RFC 6455 handling and
 * batched writes; see server/src/runtime/deno-node-ws.ts). The native adapter has its own
 * launcher, ./zerorelay-deno-native.ts.
 *
 *   npx zr-conformance server -- node_modules/.bin/deno run -A --quiet --unstable-sloppy-imports conformance/launchers/zerorelay-deno.ts
 */
import { denoNodeWsRuntime } from '../../server/src/runtime/deno-node-ws.js'
import { runLauncher } from './launch.js'

runLauncher('zerorelay-deno', denoNodeWsRuntime)
