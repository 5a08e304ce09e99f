/**
 * `@zerorelay/protocol`: the zerorelay v1 wire protocol for TypeScript.
 *
 * - the generated protobufjs message classes and enums (`ClientFrame`, `ServerFrame`,
 *   `Code`, `CloseCode`, ...), re-exported under stable names;
 * - the two frame codecs (`protoCodec`, `jsonCodec`) for the subprotocols
 *   `zerorelay.v1.proto` and `zerorelay.v1.json`;
 * - `closeAction()`, the close-code policy every client follows;
 * - `toU64()` / `fromU64()`: 64-bit values as `bigint` at the API boundary.
 *   protobufjs decodes uint64 as `Long`; never let one escape into a public API.
 */

export * from './close-codes.js'
export * from './codec.js'
export { type DeliveryMessage, encodeDeliveryFrame } from './delivery.js'
export { decodeBase64, JsonSchemaError } from './json.js'
export { fromU64, toU64, U64_MAX, type U64Like } from './u64.js'
export * from './wire.js'
