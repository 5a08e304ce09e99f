/**
 * Strict proto3-JSON parsing for the `zerorelay.v1.json` subprotocol.
 *
 * protobufjs's `fromObject` coerces silently (`{"topic": 5}` becomes "5", an unknown
 * enum name becomes 0, unknown keys are ignored). A debugging subprotocol must do
 * the opposite and say exactly what is wrong, so this module validates the parsed
 * JSON against the schema (read from the generated reflection descriptor) and only
 * then hands a normalised object to the generated `fromObject`.
 *
 * Rules (docs/protocol.md#json-encoding):
 * - field names: the lowerCamelCase JSON name or the .proto name; unknown fields are
 *   rejected; the same field twice (under both names) is rejected;
 * - `null` means "absent";
 * - 64-bit integers: decimal strings, or JSON numbers only while they are safe
 *   integers (|n| <= 2^53 - 1), never silently rounded;
 * - 32-bit integers: JSON numbers or decimal strings, range-checked;
 * - enums: the value name, or an integer (open enums keep unknown numbers);
 * - bytes: standard or URL-safe base64, padding optional;
 * - strings: well-formed UTF-16 (no lone surrogates);
 * - at most one member of a oneof.
 */
import type * as pb from 'protobufjs/light.js'
import descriptorRoot from './gen/descriptor.js'

/** Thrown for JSON that is not a valid proto3-JSON encoding of the expected message. */
export class JsonSchemaError extends Error {
  override name = 'JsonSchemaError'
}

const INT32_MIN = -(2 ** 31)
const INT32_MAX = 2 ** 31 - 1
const UINT32_MAX = 2 ** 32 - 1
const INT64_MIN = -(1n << 63n)
const INT64_MAX = (1n << 63n) - 1n
const UINT64_MAX = (1n << 64n) - 1n

const INT_STRING = /^-?(0|[1-9][0-9]*)$/
const BASE64 = /^[A-Za-z0-9+/\-_]*={0,2}$/

interface FieldInfo {
  readonly field: pb.Field
  /** Property name used by the generated static code (lowerCamelCase). */
  readonly prop: string
  readonly oneof: string | undefined
}

interface TypeInfo {
  readonly type: pb.Type
  /** JSON name and .proto name, both mapped to the field. */
  readonly byName: Map<string, FieldInfo>
}

const typeCache = new Map<pb.Type, TypeInfo>()

function lowerCamel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

function infoOf(type: pb.Type): TypeInfo {
  let info = typeCache.get(type)
  if (info) return info
  const byName = new Map<string, FieldInfo>()
  for (const field of type.fieldsArray) {
    field.resolve()
    const fi: FieldInfo = { field, prop: lowerCamel(field.name), oneof: field.partOf?.name }
    byName.set(fi.prop, fi)
    byName.set(field.name, fi)
  }
  info = { type, byName }
  typeCache.set(type, info)
  return info
}

function fail(path: string, what: string): never {
  throw new JsonSchemaError(`${path}: ${what}`)
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function parseInt32(v: unknown, path: string, min: number, max: number): number {
  let n: number
  if (typeof v === 'number') n = v
  else if (typeof v === 'string' && INT_STRING.test(v)) n = Number(v)
  else return fail(path, 'expected an integer')
  if (!Number.isInteger(n) || n < min || n > max) fail(path, `integer out of range [${min}, ${max}]`)
  return n
}

function parseInt64(v: unknown, path: string, unsigned: boolean): string {
  let n: bigint
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) fail(path, '64-bit value is not a safe JSON number; send it as a decimal string')
    n = BigInt(v)
  } else if (typeof v === 'string' && INT_STRING.test(v)) {
    n = BigInt(v)
  } else {
    return fail(path, 'expected a 64-bit integer (decimal string)')
  }
  const [min, max] = unsigned ? [0n, UINT64_MAX] : [INT64_MIN, INT64_MAX]
  if (n < min || n > max) fail(path, '64-bit integer out of range')
  return n.toString()
}

/** Decodes standard or URL-safe base64, with or without padding. */
export function decodeBase64(s: string, path = 'bytes'): Uint8Array {
  if (!BASE64.test(s) || s.replace(/=+$/, '').length % 4 === 1) fail(path, 'invalid base64')
  const std = s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '')
  const bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4))
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

function parseScalar(field: pb.Field, v: unknown, path: string): unknown {
  if (field.resolvedType && 'values' in field.resolvedType) {
    const en = field.resolvedType as pb.Enum
    if (typeof v === 'string') {
      if (!Object.hasOwn(en.values, v)) fail(path, `unknown value ${JSON.stringify(v)} of enum ${en.name}`)
      return en.values[v]
    }
    return parseInt32(v, path, INT32_MIN, INT32_MAX)
  }
  if (field.resolvedType) {
    return parseMessage(field.resolvedType as pb.Type, v, path)
  }
  switch (field.type) {
    case 'string':
      if (typeof v !== 'string') fail(path, 'expected a string')
      if (!v.isWellFormed()) fail(path, 'string contains a lone surrogate')
      return v
    case 'bool':
      if (typeof v !== 'boolean') fail(path, 'expected true or false')
      return v
    case 'bytes':
      if (typeof v !== 'string') fail(path, 'expected base64 bytes')
      return decodeBase64(v, path)
    case 'uint32':
    case 'fixed32':
      return parseInt32(v, path, 0, UINT32_MAX)
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return parseInt32(v, path, INT32_MIN, INT32_MAX)
    case 'uint64':
    case 'fixed64':
      return parseInt64(v, path, true)
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return parseInt64(v, path, false)
    default:
      return fail(path, `unsupported field type ${field.type}`)
  }
}

function parseMessage(type: pb.Type, value: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(value)) fail(path, `expected an object (${type.name})`)
  const info = infoOf(type)
  const out: Record<string, unknown> = Object.create(null)
  const oneofSet = new Map<string, string>()
  for (const key of Object.keys(value)) {
    const fi = info.byName.get(key)
    const here = `${path}.${key}`
    if (!fi) fail(here, `unknown field in ${type.name}`)
    if (Object.hasOwn(out, fi.prop)) fail(here, `field ${fi.field.name} given twice`)
    const v = value[key]
    if (v === null) continue
    if (fi.oneof) {
      const other = oneofSet.get(fi.oneof)
      if (other !== undefined) fail(here, `oneof ${fi.oneof} already has ${other}`)
      oneofSet.set(fi.oneof, fi.field.name)
    }
    const field = fi.field
    if (field.map) {
      if (!isPlainObject(v)) fail(here, 'expected an object (map)')
      const m: Record<string, unknown> = Object.create(null)
      for (const k of Object.keys(v)) {
        if (!k.isWellFormed()) fail(here, 'map key contains a lone surrogate')
        const mv = v[k]
        if (mv === null) fail(`${here}[${JSON.stringify(k)}]`, 'null map value')
        m[k] = parseScalar(field, mv, `${here}[${JSON.stringify(k)}]`)
      }
      out[fi.prop] = m
    } else if (field.repeated) {
      if (!Array.isArray(v)) fail(here, 'expected an array')
      out[fi.prop] = v.map((item, i) => parseScalar(field, item, `${here}[${i}]`))
    } else {
      out[fi.prop] = parseScalar(field, v, here)
    }
  }
  return out
}

/**
 * Validates an already-parsed JSON value as the proto3-JSON form of the message
 * `fullName` (e.g. "zerorelay.v1.ClientFrame") and returns it in the object form
 * that the generated `fromObject` accepts. Throws JsonSchemaError.
 */
export function normalizeJson(fullName: string, value: unknown): Record<string, unknown> {
  const type = descriptorRoot.lookupType(fullName)
  return parseMessage(type, value, fullName.slice(fullName.lastIndexOf('.') + 1))
}
