import { describe, expect, it } from 'vitest'
import { compilePermissions, MAX_CACHED_PERMISSIONS } from './permissions.js'

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

  it('shares one compiled object between identical pattern lists, and only between those', () => {
    const a = compilePermissions(['chat.>'], ['chat.>', 'news.*'])
    expect(compilePermissions(['chat.>'], ['chat.>', 'news.*'])).toBe(a)
    expect(compilePermissions(['chat.>'], ['news.*', 'chat.>'])).not.toBe(a)
    expect(compilePermissions(['chat.>', 'news.*'], ['chat.>'])).not.toBe(a)
    // List boundaries are part of the key: ["a", "b"] is not ["a.b"] nor a pattern with a comma.
    const ab = compilePermissions(['a', 'b'], [])
    expect(compilePermissions(['a.b'], [])).not.toBe(ab)
    expect(ab.canPublish(t('a.b'))).toBe(false)
    expect(compilePermissions(['a.b'], []).canPublish(t('a.b'))).toBe(true)
  })

  it('keeps answering correctly when the cache starts over', () => {
    const first = compilePermissions(['keep.me'], [])
    for (let i = 0; i <= MAX_CACHED_PERMISSIONS; i++) compilePermissions([`churn.${i}`], [])
    const again = compilePermissions(['keep.me'], [])
    expect(again.canPublish(t('keep.me'))).toBe(true)
    expect(again.canPublish(t('churn.1'))).toBe(false)
    expect(first.canPublish(t('keep.me'))).toBe(true)
  })

  it('does not cache a list with an invalid pattern', () => {
    expect(() => compilePermissions(['ok', 'a..b'], [])).toThrow(/invalid publish permission pattern/)
    expect(() => compilePermissions(['ok', 'a..b'], [])).toThrow(/invalid publish permission pattern/)
  })
})
