/** UTF-8 sizes of strings, shared by the codecs and the hand-written Delivery encoder. */

/**
 * UTF-8 byte length of a string without encoding it (a lone surrogate counts as the 3 bytes
 * of U+FFFD, as encoders write it).
 */
export function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4
        i++
      } else n += 3
    } else n += 3
  }
  return n
}
