/**
 * Frame codecs for the two subprotocols. Both encode the same `zerorelay.v1`
 * messages: protobuf in binary WebSocket messages, proto3 JSON in text messages.
 * Pure functions, no I/O; decoding never throws anything but FrameDecodeError.
 */
import { type DeliveryMessage, encodeDeliveryFrame } from './delivery.js'
import { JsonSchemaError, normalizeJson } from './json.js'
import { fromU64 } from './u64.js'
import { utf8Length } from './utf8.js'

export { utf8Length }

import { ClientFrame, type ClientFrameInit, ServerFrame, type ServerFrameInit } from './wire.js'

/** Subprotocol name of the binary (protobuf) encoding. */
export const SUBPROTOCOL_PROTO = 'zerorelay.v1.proto'
/** Subprotocol name of the text (proto3 JSON) encoding. */
export const SUBPROTOCOL_JSON = 'zerorelay.v1.json'
/** Subprotocols in the server's order of preference. */
export const SUBPROTOCOLS = [SUBPROTOCOL_PROTO, SUBPROTOCOL_JSON] as const
export type Subprotocol = (typeof SUBPROTOCOLS)[number]

/**
 * Why a frame could not be decoded:
 * - `wrong-type`: a text message on the binary subprotocol or a binary message on the
 *   JSON one (close 1003);
 * - `malformed`: not protobuf / not JSON / not UTF-8 (close 1007 or Error BAD_REQUEST);
 * - `schema`: well-formed JSON that is not a valid encoding of the frame (BAD_REQUEST).
 */
export type DecodeFailure = 'wrong-type' | 'malformed' | 'schema'

/** The only error a codec's decode functions throw. */
export class FrameDecodeError extends Error {
  override name = 'FrameDecodeError'
  constructor(
    readonly reason: DecodeFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** A WebSocket message payload as runtimes hand it over. */
export type WireData = Uint8Array | string

/** Encodes and decodes frames of one subprotocol. */
export interface FrameCodec {
  readonly subprotocol: Subprotocol
  /** true: frames travel as binary WebSocket messages; false: as text. */
  readonly binary: boolean
  encodeServer(frame: ServerFrameInit): WireData
  /**
   * `encodeServer({ delivery: { topic, ...message, deliveryCount } })` (id 0), the frame a relay
   * sends most, without building the frame object (protobuf: `encodeDeliveryFrame`).
   */
  encodeDelivery(topic: string, message: DeliveryMessage, deliveryCount: number): WireData
  decodeServer(data: WireData): ServerFrame
  encodeClient(frame: ClientFrameInit): WireData
  decodeClient(data: WireData): ClientFrame
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function decodeBinary<T>(type: { decode(b: Uint8Array): T }, data: WireData): T {
  if (typeof data === 'string') throw new FrameDecodeError('wrong-type', 'text message on the binary subprotocol')
  try {
    return type.decode(data)
  } catch (err) {
    throw new FrameDecodeError('malformed', `undecodable protobuf frame: ${(err as Error).message}`, { cause: err })
  }
}

/** The protobuf codec (`zerorelay.v1.proto`). */
export const protoCodec: FrameCodec = {
  subprotocol: SUBPROTOCOL_PROTO,
  binary: true,
  encodeServer: (frame) => ServerFrame.encode(frame).finish(),
  encodeDelivery: encodeDeliveryFrame,
  decodeServer: (data) => decodeBinary(ServerFrame, data),
  encodeClient: (frame) => ClientFrame.encode(frame).finish(),
  decodeClient: (data) => decodeBinary(ClientFrame, data),
}

/** Options for the proto3-JSON form; the same as proto3 JSON printers' defaults. */
const TO_JSON = { longs: String, enums: String, bytes: String, json: true } as const

function decodeJson<T>(type: { fromObject(o: Record<string, unknown>): T }, fullName: string, data: WireData): T {
  let text: string
  if (typeof data === 'string') {
    text = data
  } else {
    throw new FrameDecodeError('wrong-type', 'binary message on the JSON subprotocol')
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new FrameDecodeError('malformed', `invalid JSON: ${(err as Error).message}`, { cause: err })
  }
  try {
    return type.fromObject(normalizeJson(fullName, value))
  } catch (err) {
    if (err instanceof JsonSchemaError) throw new FrameDecodeError('schema', err.message, { cause: err })
    throw new FrameDecodeError('schema', `invalid frame: ${(err as Error).message}`, { cause: err })
  }
}

/**
 * Converts a frame to its proto3-JSON object form (lowerCamelCase names, 64-bit
 * integers as strings, enums as names, bytes as base64, defaults omitted).
 */
export function serverFrameToJson(frame: ServerFrameInit): Record<string, unknown> {
  return ServerFrame.toObject(frame instanceof ServerFrame ? frame : ServerFrame.fromObject(frame), TO_JSON)
}

/** See serverFrameToJson. */
export function clientFrameToJson(frame: ClientFrameInit): Record<string, unknown> {
  return ClientFrame.toObject(frame instanceof ClientFrame ? frame : ClientFrame.fromObject(frame), TO_JSON)
}

/**
 * Decodes UTF-8 text strictly (invalid sequences throw FrameDecodeError 'malformed').
 * Runtimes that hand text messages over as bytes use it before `decode*`.
 */
export function utf8Text(data: Uint8Array): string {
  try {
    return strictUtf8.decode(data)
  } catch (err) {
    throw new FrameDecodeError('malformed', 'text message is not valid UTF-8', { cause: err })
  }
}

/** A Delivery in the generated classes' form (64-bit values as protobufjs encodes them). @internal */
export function deliveryInit(topic: string, message: DeliveryMessage, deliveryCount: number) {
  return {
    topic,
    payload: message.payload,
    headers: message.headers as Record<string, string>,
    epoch: message.epoch,
    offset: fromU64(message.offset),
    publishedAtMs: fromU64(BigInt(message.publishedAtMs)),
    deliveryCount,
  }
}

/** The proto3-JSON codec (`zerorelay.v1.json`). */
export const jsonCodec: FrameCodec = {
  subprotocol: SUBPROTOCOL_JSON,
  binary: false,
  encodeServer: (frame) => JSON.stringify(serverFrameToJson(frame)),
  encodeDelivery: (topic, message, deliveryCount) =>
    JSON.stringify(serverFrameToJson({ delivery: deliveryInit(topic, message, deliveryCount) })),
  decodeServer: (data) => decodeJson(ServerFrame, 'zerorelay.v1.ServerFrame', data),
  encodeClient: (frame) => JSON.stringify(clientFrameToJson(frame)),
  decodeClient: (data) => decodeJson(ClientFrame, 'zerorelay.v1.ClientFrame', data),
}

/** The codec of a negotiated subprotocol. */
export function codecFor(subprotocol: Subprotocol): FrameCodec {
  return subprotocol === SUBPROTOCOL_JSON ? jsonCodec : protoCodec
}

/** Byte length of a WebSocket message payload as it goes on the wire. */
export function wireLength(data: WireData): number {
  return typeof data === 'string' ? utf8Length(data) : data.byteLength
}
