import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ClientFrame, FrameDecodeError, jsonCodec, protoCodec, ServerFrame } from './index.js'

interface Vectors {
  valid: { name: string; message: string; json: unknown; binary: string }[]
  binaryOnly: { name: string; message: string; json: unknown; binary: string }[]
  invalidBinary: { name: string; message: string; binary: string }[]
  invalidJson: { name: string; message: string; text: string }[]
}

const vectors: Vectors = JSON.parse(
  readFileSync(new URL('../../../conformance/vectors/frames.json', import.meta.url), 'utf8'),
)

const isClient = (m: string) => m === 'zerorelay.v1.ClientFrame'
const decodeBin = (m: string, hex: string) =>
  isClient(m) ? protoCodec.decodeClient(Buffer.from(hex, 'hex')) : protoCodec.decodeServer(Buffer.from(hex, 'hex'))
const decodeJson = (m: string, text: string) =>
  isClient(m) ? jsonCodec.decodeClient(text) : jsonCodec.decodeServer(text)
/** Canonical comparable form of a decoded message: its proto3-JSON object. */
const canon = (m: string, msg: ClientFrame | ServerFrame) =>
  isClient(m)
    ? ClientFrame.toObject(msg as ClientFrame, { longs: String, enums: String, bytes: String })
    : ServerFrame.toObject(msg as ServerFrame, { longs: String, enums: String, bytes: String })

describe('conformance/vectors/frames.json (TypeScript, protobufjs)', () => {
  it('has vectors of every category', () => {
    expect(vectors.valid.length).toBeGreaterThan(20)
    expect(vectors.binaryOnly.length).toBeGreaterThan(0)
    expect(vectors.invalidBinary.length).toBeGreaterThan(0)
    expect(vectors.invalidJson.length).toBeGreaterThan(0)
  })

  for (const v of vectors.valid) {
    it(`${v.name}: binary and JSON decode to equal messages`, () => {
      const fromBin = decodeBin(v.message, v.binary)
      const fromJson = decodeJson(v.message, JSON.stringify(v.json))
      expect(canon(v.message, fromBin)).toEqual(canon(v.message, fromJson))
      // The JSON we print parses back to the same message, and equals the vector's JSON.
      const printed = isClient(v.message)
        ? jsonCodec.encodeClient(fromBin as ClientFrame)
        : jsonCodec.encodeServer(fromBin as ServerFrame)
      expect(JSON.parse(printed as string)).toEqual(v.json)
    })
  }

  for (const v of vectors.binaryOnly) {
    it(`${v.name}: decodes to the expected message`, () => {
      expect(canon(v.message, decodeBin(v.message, v.binary))).toEqual(
        canon(v.message, decodeJson(v.message, JSON.stringify(v.json))),
      )
    })
  }

  for (const v of vectors.invalidBinary) {
    it(`rejects binary ${v.name}`, () => {
      expect(() => decodeBin(v.message, v.binary)).toThrow(FrameDecodeError)
    })
  }

  for (const v of vectors.invalidJson) {
    it(`rejects JSON ${v.name}`, () => {
      expect(() => decodeJson(v.message, v.text)).toThrow(FrameDecodeError)
    })
  }
})
