/**
 * The Node CLI entry (root `npm start`, which compiles it to `server/dist/main.mjs` and runs
 * `node server/dist/main.mjs [--config file.yaml] [--<key> <value>...]`; `node --import tsx
 * server/src/main.ts` works too, see docs/runtimes.md for why it is not the default). Loads the config (flags > env > file > defaults), starts one relay node,
 * and drains gracefully on SIGTERM/SIGINT (exit 0). Without any auth keys it runs in dev
 * mode: an ephemeral HS256 secret and a printed, ready-to-use dev token. Bun and Deno have
 * their own entries (`main.bun.ts`, `main.deno.ts`; see docs/runtimes.md).
 */
import { runCli } from './cli.js'
import { nodeRuntime } from './runtime/node.js'

runCli(nodeRuntime)
