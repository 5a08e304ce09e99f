import { CloseCode } from '@zerorelay/protocol'
import { describe, expect, it } from 'vitest'
import { Code, codeForClose, RelayError } from './errors.js'

describe('RelayError', () => {
  it('formats its message as [code_name] detail and keeps the cause', () => {
    const cause = new Error('inner')
    const err = new RelayError(Code.CODE_PERMISSION_DENIED, 'publish to "a.b" denied', { cause })
    expect(err).toBeInstanceOf(Error)
    expect(err.message).toBe('[permission_denied] publish to "a.b" denied')
    expect(err.cause).toBe(cause)
    expect(err.retryable).toBe(false)
    expect(err.name).toBe('RelayError')
  })

  it('maps unknown and unspecified codes to CODE_INTERNAL', () => {
    expect(new RelayError(999 as Code, 'x').code).toBe(Code.CODE_INTERNAL)
    expect(RelayError.fromWire({ code: 0, message: 'x' }).code).toBe(Code.CODE_INTERNAL)
  })

  it('from() normalises aborts, timeouts and foreign errors', () => {
    const abort = RelayError.from(new DOMException('stop', 'AbortError'))
    expect(abort.code).toBe(Code.CODE_CANCELED)
    const timeout = RelayError.from(new DOMException('late', 'TimeoutError'))
    expect(timeout.code).toBe(Code.CODE_DEADLINE_EXCEEDED)
    expect(timeout.retryable).toBe(true)
    const other = RelayError.from('boom')
    expect(other.code).toBe(Code.CODE_INTERNAL)
    const same = new RelayError(Code.CODE_NOT_FOUND, 'x')
    expect(RelayError.from(same)).toBe(same)
  })

  it('fromWire() carries retryable, retryAfterMs and a bigint position', () => {
    const err = RelayError.fromWire({
      code: Code.CODE_UNRECOVERABLE_POSITION,
      message: 'too old',
      position: { epoch: 'e9', offset: '18446744073709551615' as never },
    })
    expect(err.position).toEqual({ epoch: 'e9', offset: 18446744073709551615n })
    const limited = RelayError.fromWire({ code: Code.CODE_RATE_LIMITED, retryable: true, retryAfterMs: 250 })
    expect(limited.retryable).toBe(true)
    expect(limited.retryAfterMs).toBe(250)
  })

  it('fromClose() derives Code and retryability from the close code', () => {
    const stop = RelayError.fromClose(CloseCode.CLOSE_CODE_TOKEN_REVOKED, 'revoked')
    expect(stop.code).toBe(Code.CODE_PERMISSION_DENIED)
    expect(stop.closeCode).toBe(4504)
    expect(stop.retryable).toBe(false)
    const again = RelayError.fromClose(4008, 'slow')
    expect(again.retryable).toBe(true)
    expect(again.code).toBe(Code.CODE_UNAVAILABLE)
  })

  it.each([
    [1000, Code.CODE_CANCELED],
    [4001, Code.CODE_TOKEN_EXPIRED],
    [4501, Code.CODE_UNAUTHENTICATED],
    [4503, Code.CODE_PERMISSION_DENIED],
    [4500, Code.CODE_BAD_REQUEST],
    [1009, Code.CODE_LIMIT_EXCEEDED],
    [4329, Code.CODE_RATE_LIMITED],
    [4000, Code.CODE_UNAVAILABLE],
  ])('codeForClose(%i) = %i', (close, code) => {
    expect(codeForClose(close)).toBe(code)
  })
})
