/**
 * Node's file reader for the JWT authenticator's `jwksFile` support. Kept out of
 * `jwt.ts` so that module stays free of runtime APIs; the Node adapter passes
 * `readFileUtf8` as `createJwtAuthenticator(config, { readFile: readFileUtf8 })`.
 * Bun can use this module too; Deno adapters pass `(path) => Deno.readTextFile(path)`.
 */
import { readFile } from 'node:fs/promises'

/** Reads a whole file as UTF-8 text. Rejects with the underlying I/O error. */
export function readFileUtf8(path: string): Promise<string> {
  return readFile(path, 'utf8')
}
