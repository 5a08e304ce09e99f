/**
 * Strict proto-JSON reading for the harness's YAML files (scenario files, target
 * descriptions). YAML is parsed to plain values, then checked here against the
 * message's reflection type and turned into the object form the generated
 * `fromObject` expects. Unlike `fromObject` alone it rejects everything a typo can
 * produce: unknown keys, wrong value types, out-of-range integers, unknown enum
 * names, two members of a oneof. Enums must be written by name (a scenario never
 * carries magic numbers). `google.protobuf.Struct`/`Value` fields accept any JSON;
 * they hold frame patterns, checked separately (patterns.ts).
 */
import type * as pb from 'protobufjs/light.js'
import { reflectType } from './gen.js'

/** Thrown for input that is not a valid proto-JSON form of the expected message. */
export class SchemaError extends Error {
  override name = 'SchemaError'
}

const UINT32_MAX = 2 ** 32 - 1
const INT32_MIN = -(2 ** 31)
const INT32_MAX = 2 ** 31 - 1

/** lower_snake_case → lowerCamelCase, the proto3 JSON name. */
export function jsonName(protoName: string): string {
  return protoName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Field lookup by JSON name and by .proto name. */
export function fieldByName(type: pb.Type, key: string): pb.Field | undefined {
  const direct = type.fields[key]
  if (direct) return direct.resolve()
  for (const f of type.fieldsArray) if (jsonName(f.name) === key) return f.resolve()
  return undefined
}

/** Converts any JSON value to the object form of `google.protobuf.Value`. */
export function jsToValueObject(v: unknown, path: string): Record<string, unknown> {
  if (v === null || v === undefined) return { nullValue: 0 }
  switch (typeof v) {
    case 'number':
      if (!Number.isFinite(v)) throw new SchemaError(`${path}: non-finite number`)
      return { numberValue: v }
    case 'string':
      return { stringValue: v }
    case 'boolean':
      return { boolValue: v }
    case 'object':
      if (Array.isArray(v)) return { listValue: { values: v.map((e, i) => jsToValueObject(e, `${path}[${i}]`)) } }
      return { structValue: jsToStructObject(v as Record<string, unknown>, path) }
    default:
      throw new SchemaError(`${path}: ${typeof v} is not JSON`)
  }
}

function jsToStructObject(v: Record<string, unknown>, path: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [k, e] of Object.entries(v)) fields[k] = jsToValueObject(e, `${path}.${k}`)
  return { fields }
}

interface ValueLike {
  nullValue?: number | null
  numberValue?: number | null
  stringValue?: string | null
  boolValue?: boolean | null
  structValue?: StructLike | null
  listValue?: { values?: ValueLike[] | null } | null
}
interface StructLike {
  fields?: Record<string, ValueLike> | null
}

/** Converts a `google.protobuf.Value` message back to plain JSON (`undefined` when unset). */
export function valueToJs(v: ValueLike | null | undefined): unknown {
  if (v === null || v === undefined) return undefined
  if (v.structValue != null) return structToJs(v.structValue)
  if (v.listValue != null) return (v.listValue.values ?? []).map((e) => valueToJs(e) ?? null)
  if (v.stringValue != null) return v.stringValue
  if (v.numberValue != null) return v.numberValue
  if (v.boolValue != null) return v.boolValue
  return null
}

/** Converts a `google.protobuf.Struct` message back to a plain object. */
export function structToJs(s: StructLike | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, e] of Object.entries(s?.fields ?? {})) out[k] = valueToJs(e) ?? null
  return out
}

function checkScalar(field: pb.Field, v: unknown, path: string): unknown {
  const t = field.type
  if (field.resolvedType && 'values' in field.resolvedType) {
    const en = field.resolvedType as pb.Enum
    if (typeof v !== 'string') throw new SchemaError(`${path}: expected an enum name of ${en.name}, got ${show(v)}`)
    const n = en.values[v]
    if (n === undefined)
      throw new SchemaError(
        `${path}: unknown ${en.name} value ${JSON.stringify(v)} (one of ${Object.keys(en.values).join(', ')})`,
      )
    return n
  }
  switch (t) {
    case 'string':
      if (typeof v !== 'string') throw new SchemaError(`${path}: expected a string, got ${show(v)}`)
      return v
    case 'bool':
      if (typeof v !== 'boolean') throw new SchemaError(`${path}: expected true or false, got ${show(v)}`)
      return v
    case 'double':
    case 'float':
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new SchemaError(`${path}: expected a number, got ${show(v)}`)
      return v
    case 'uint32':
    case 'fixed32':
    case 'int32':
    case 'sint32':
    case 'sfixed32': {
      const n = typeof v === 'string' && /^-?(0|[1-9][0-9]*)$/.test(v) ? Number(v) : v
      if (typeof n !== 'number' || !Number.isInteger(n))
        throw new SchemaError(`${path}: expected an integer, got ${show(v)}`)
      const [lo, hi] = t === 'uint32' || t === 'fixed32' ? [0, UINT32_MAX] : [INT32_MIN, INT32_MAX]
      if (n < lo || n > hi) throw new SchemaError(`${path}: ${n} out of ${t} range`)
      return n
    }
    case 'uint64':
    case 'fixed64':
    case 'int64':
    case 'sint64':
    case 'sfixed64': {
      if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v)
      if (typeof v === 'string' && /^-?(0|[1-9][0-9]*)$/.test(v)) return v
      throw new SchemaError(`${path}: expected a 64-bit integer (decimal string), got ${show(v)}`)
    }
    case 'bytes':
      if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v))
        throw new SchemaError(`${path}: expected base64, got ${show(v)}`)
      return v
    default:
      throw new SchemaError(`${path}: unsupported field type ${t}`)
  }
}

function show(v: unknown): string {
  const s = JSON.stringify(v)
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s
}

function checkValue(field: pb.Field, v: unknown, path: string): unknown {
  const rt = field.resolvedType
  if (rt && !('values' in rt)) {
    const full = rt.fullName
    if (full === '.google.protobuf.Value') return jsToValueObject(v, path)
    if (full === '.google.protobuf.Struct') {
      if (!isPlainObject(v)) throw new SchemaError(`${path}: expected an object, got ${show(v)}`)
      return jsToStructObject(v, path)
    }
    return checkMessage(rt as pb.Type, v, path)
  }
  return checkScalar(field, v, path)
}

/**
 * Checks `value` against message `type` and returns the object to hand to the
 * generated `fromObject`. Throws SchemaError naming the path of the first problem.
 */
export function checkMessage(type: pb.Type, value: unknown, path = type.name): Record<string, unknown> {
  if (!isPlainObject(value)) throw new SchemaError(`${path}: expected an object (${type.name}), got ${show(value)}`)
  const out: Record<string, unknown> = {}
  const seenOneof = new Map<string, string>()
  for (const [key, v] of Object.entries(value)) {
    const field = fieldByName(type, key)
    const p = `${path}.${key}`
    if (!field) {
      const known = type.fieldsArray.map((f) => jsonName(f.name)).join(', ')
      throw new SchemaError(`${p}: unknown field of ${type.name} (known: ${known})`)
    }
    const prop = jsonName(field.name)
    if (prop in out) throw new SchemaError(`${p}: field given twice (as ${field.name} and ${prop})`)
    if (v === null) continue
    const oneof = field.partOf
    if (oneof && !oneof.name.startsWith('_')) {
      const other = seenOneof.get(oneof.name)
      if (other) throw new SchemaError(`${p}: only one of ${oneof.oneof.join(', ')} may be set (also ${other})`)
      seenOneof.set(oneof.name, key)
    }
    if (field.map) {
      if (!isPlainObject(v)) throw new SchemaError(`${p}: expected an object (map), got ${show(v)}`)
      const m: Record<string, unknown> = {}
      for (const [mk, mv] of Object.entries(v)) m[mk] = checkValue(field, mv, `${p}.${mk}`)
      out[prop] = m
    } else if (field.repeated) {
      if (!Array.isArray(v)) throw new SchemaError(`${p}: expected a list, got ${show(v)}`)
      out[prop] = v.map((e, i) => checkValue(field, e, `${p}[${i}]`))
    } else {
      out[prop] = checkValue(field, v, p)
    }
  }
  return out
}

/** Validates `value` as proto-JSON of the message `fullName` and builds it with `fromObject`. */
export function readMessage<T>(
  fullName: string,
  cls: { fromObject(o: Record<string, unknown>): T },
  value: unknown,
  path?: string,
): T {
  const type = reflectType(fullName)
  return cls.fromObject(checkMessage(type, value, path ?? type.name))
}
