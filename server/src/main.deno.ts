/**
 * The Deno CLI entry:
 * `deno run -A --unstable-sloppy-imports server/src/main.deno.ts [--config file.yaml] [--<key> <value>...]`
 * (root `npm run start:deno`). Same flags, config and behaviour as the Node entry; see
 * docs/runtimes.md for what differs on Deno.
 */
import { runCli } from './cli.js'
import { denoRuntime } from './runtime/deno.js'

runCli(denoRuntime)
