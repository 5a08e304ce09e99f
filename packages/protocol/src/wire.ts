/**
 * The generated protobufjs code for `zerorelay.v1`, re-exported under stable names.
 * Generated files live in `./gen` and are never edited (`npm run gen` rewrites them).
 */
import { zerorelay } from './gen/zerorelay.js'

export const v1 = zerorelay.v1

export const ClientFrame = v1.ClientFrame
export type ClientFrame = zerorelay.v1.ClientFrame
export const ServerFrame = v1.ServerFrame
export type ServerFrame = zerorelay.v1.ServerFrame

/** Properties accepted when building a frame (`create`, `encode`). */
export type ClientFrameInit = zerorelay.v1.ClientFrame.$Properties
/** Properties accepted when building a frame (`create`, `encode`). */
export type ServerFrameInit = zerorelay.v1.ServerFrame.$Properties

export type Connect = zerorelay.v1.Connect.$Properties
export type Subscribe = zerorelay.v1.Subscribe.$Properties
export type Unsubscribe = zerorelay.v1.Unsubscribe.$Properties
export type Publish = zerorelay.v1.Publish.$Properties
export type Ack = zerorelay.v1.Ack.$Properties
export type Refresh = zerorelay.v1.Refresh.$Properties
export type Ping = zerorelay.v1.Ping.$Properties
export type Connected = zerorelay.v1.Connected.$Properties
export type Limits = zerorelay.v1.Limits.$Properties
export type SubscribeAck = zerorelay.v1.SubscribeAck.$Properties
export type UnsubscribeAck = zerorelay.v1.UnsubscribeAck.$Properties
export type Delivery = zerorelay.v1.Delivery.$Properties
export type PublishAck = zerorelay.v1.PublishAck.$Properties
export type WireError = zerorelay.v1.Error.$Properties
export type Pong = zerorelay.v1.Pong.$Properties
export type Disconnect = zerorelay.v1.Disconnect.$Properties
export type Refreshed = zerorelay.v1.Refreshed.$Properties
export type Gap = zerorelay.v1.Gap.$Properties
export type StreamPosition = zerorelay.v1.StreamPosition.$Properties

/** Reply error codes (closed set). The generated enum, re-exported. */
export const Code = v1.Code
export type Code = zerorelay.v1.Code
/** Connection close codes. The generated enum, re-exported. */
export const CloseCode = v1.CloseCode
export type CloseCode = zerorelay.v1.CloseCode
/** What a client does after a close. The generated enum, re-exported. */
export const ReconnectAdvice = v1.ReconnectAdvice
export type ReconnectAdvice = zerorelay.v1.ReconnectAdvice
/** Delivery guarantee of a subscription. The generated enum, re-exported. */
export const DeliveryMode = v1.DeliveryMode
export type DeliveryMode = zerorelay.v1.DeliveryMode

/** The kinds of command a client can send. */
export type ClientKind = NonNullable<ClientFrameInit['kind']>
/** The kinds of frame a server can send. */
export type ServerKind = NonNullable<ServerFrameInit['kind']>
