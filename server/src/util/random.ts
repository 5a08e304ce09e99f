/** Random identifiers (node ids, epochs, publish ids) from the runtime's CSPRNG. */

/** `byteCount` random bytes as lowercase hex (2 characters per byte). */
export function randomHex(byteCount: number): string {
  const bytes = new Uint8Array(byteCount)
  crypto.getRandomValues(bytes)
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}
