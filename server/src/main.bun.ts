/**
 * The Bun CLI entry: `bun server/src/main.bun.ts [--config file.yaml] [--<key> <value>...]`
 * (root `npm run start:bun`). Same flags, config and behaviour as the Node entry; see
 * docs/runtimes.md for what differs on Bun.
 */
import { runCli } from './cli.js'
import { bunRuntime } from './runtime/bun.js'

runCli(bunRuntime)
