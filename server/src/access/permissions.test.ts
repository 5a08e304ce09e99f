import { describe, expect, it } from 'vitest'
import { compilePermissions } from './permissions.js'

const t = (s: string) => s.split('.')

describe('compilePermissions()', () => {
  it('allows publish to topics matching a publish pattern only', () => {
    const perms = compilePermissions(['chat.>', 'notify.alice'], [])
    expect(perms.canPublish(t('chat.room.1'))).toBe(true)
    expect(perms.canPublish(t('notify.alice'))).toBe(true)
    expect(perms.canPublish(t('notify.bob'))).toBe(false)
    expect(perms.canPublish(t('chat'))).toBe(false)
  })

  it('allows subscribe to patterns covered by a subscribe pattern', () => {
    const perms = compilePermissions([], ['chat.>', 'orders.*.eu'])
    expect(perms.canSubscribe(t('chat.*'))).toBe(true)
    expect(perms.canSubscribe(t('chat.>'))).toBe(true)
    expect(perms.canSubscribe(t('orders.x.eu'))).toBe(true)
    expect(perms.canSubscribe(t('orders.*.eu'))).toBe(true)
    expect(perms.canSubscribe(t('orders.>'))).toBe(false)
    expect(perms.canSubscribe(t('>'))).toBe(false)
    expect(perms.canSubscribe(t('*.room'))).toBe(false)
  })

  it('grants nothing when the lists are empty (least privilege)', () => {
    const perms = compilePermissions([], [])
    expect(perms.canPublish(t('a'))).toBe(false)
    expect(perms.canSubscribe(t('a'))).toBe(false)
  })

  it.each([['a..b'], [''], ['a.>.b'], ['or*ders']])('throws on the invalid pattern %j', (bad) => {
    expect(() => compilePermissions([bad], [])).toThrow(/invalid publish permission pattern/)
    expect(() => compilePermissions([], [bad])).toThrow(/invalid subscribe permission pattern/)
  })
})
