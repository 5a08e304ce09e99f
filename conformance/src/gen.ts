/**
 * The generated code for `zerorelay.conformance.v1`, re-exported under stable names.
 * Generated files live in `./gen` and are never edited (`npm run gen` rewrites them).
 *
 * - `cv1`: the protobufjs static classes (encode/decode/fromObject) of the harness
 *   messages: scenarios, the launch protocol and the driver protocol;
 * - `descriptorRoot`: the same schema (plus the imported `zerorelay.v1` and
 *   `google.protobuf` files) as reflection, with the .proto field names kept. The
 *   YAML loader and the frame-pattern matcher walk it to validate strictly.
 */
import type * as pb from 'protobufjs/light.js'
import { google, zerorelay } from './gen/conformance.js'
import descriptorRoot from './gen/descriptor.js'

/** Static classes of `zerorelay.conformance.v1`. */
export const cv1 = zerorelay.conformance.v1
/** Static classes of `google.protobuf` (Struct, Value) as bundled with the harness messages. */
export const gpb = google.protobuf
export { zerorelay as conformanceRoot }

export type ScenarioFile = zerorelay.conformance.v1.ScenarioFile.$Properties
export type Scenario = zerorelay.conformance.v1.Scenario.$Properties
export type Step = zerorelay.conformance.v1.Step.$Properties
export type Actor = zerorelay.conformance.v1.Actor.$Properties
export type ServerConfig = zerorelay.conformance.v1.ServerConfig.$Properties
export type AuthConfig = zerorelay.conformance.v1.AuthConfig.$Properties
export type TargetDescription = zerorelay.conformance.v1.TargetDescription.$Properties
export type Blob = zerorelay.conformance.v1.Blob.$Properties
export type WsFrame = zerorelay.conformance.v1.WsFrame.$Properties
export type PbValue = google.protobuf.Value

export const Mode = cv1.Mode
export type Mode = zerorelay.conformance.v1.Mode
export const Level = cv1.Level
export type Level = zerorelay.conformance.v1.Level
export const Codec = cv1.Codec
export type Codec = zerorelay.conformance.v1.Codec
export const Verdict = cv1.Verdict
export type Verdict = zerorelay.conformance.v1.Verdict
export const TokenKind = cv1.TokenKind
export type TokenKind = zerorelay.conformance.v1.TokenKind
export const Transport = cv1.Transport
export type Transport = zerorelay.conformance.v1.Transport
export const Handshake = cv1.Handshake
export type Handshake = zerorelay.conformance.v1.Handshake

/** Reflection root with every type above and the wire protocol (.proto field names). */
export const reflection: pb.Root = descriptorRoot as unknown as pb.Root

/** Looks up a message type by its full name ("zerorelay.v1.ServerFrame"). */
export function reflectType(fullName: string): pb.Type {
  return reflection.lookupType(fullName)
}

/** Names of the ServerConfig fields, lowerCamelCase, in field-number order. */
export const SERVER_CONFIG_KEYS = [
  'maxFrameBytes',
  'authTimeoutMs',
  'pingIntervalMs',
  'pongTimeoutMs',
  'maxSubscriptions',
  'messagesPerSecond',
  'messagesBurst',
  'maxQueuedBytes',
  'maxBadRequests',
  'ackWaitMs',
  'maxDeliver',
  'maxInFlight',
  'retainedMessages',
  'maxUnreadAgeMs',
] as const
export type ServerConfigKey = (typeof SERVER_CONFIG_KEYS)[number]
