/**
 * The synchronous HMAC check the JWT authenticator uses for HS256/384/512 tokens when a runtime
 * provides `node:crypto` (Node, Bun and Deno all do). Kept out of `jwt.ts` so that module stays
 * free of runtime APIs; `createRelay` passes `hmacVerifyNode` as `createJwtAuthenticator(config,
 * { hmacVerify })`.
 *
 * Why not WebCrypto: `crypto.subtle.verify` is asynchronous everywhere, and on Node each call is
 * a job on the libuv thread pool with its promise, job object and copies of key and data. On the
 * connection-ramp benchmark that was about a fifth of the CPU of a whole handshake; one
 * `createHmac` over a few hundred bytes costs a few microseconds and no event-loop turn.
 */
import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto'
import type { HmacVerify } from './jwt.js'

const NODE_HASH = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' } as const

/** Key objects of the secrets seen so far (one per configured key, held as long as the key is). */
const keyObjects = new WeakMap<Uint8Array, KeyObject>()

/** Whether `signature` is the HMAC of the ASCII `signingInput` under `secret`, compared in constant time. */
export const hmacVerifyNode: HmacVerify = (hash, secret, signingInput, signature) => {
  let key = keyObjects.get(secret)
  if (key === undefined) {
    key = createSecretKey(secret)
    keyObjects.set(secret, key)
  }
  const mac = createHmac(NODE_HASH[hash], key).update(signingInput, 'latin1').digest()
  return mac.length === signature.length && timingSafeEqual(mac, signature)
}
