import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../shared/ipc/channels'
import { CLERK, countRows, makeTestServices, validApplication, type TestServices } from '../../kit/services'

let s: TestServices
beforeAll(async () => {
  s = await makeTestServices()
})
afterAll(async () => {
  await s.dispose()
})

const WRITE_CHANNELS = ['settings:save', 'consultation:create', 'application:create'] as const

describe('IPC boundary', () => {
  it('refuses an unknown channel with VALIDATION', async () => {
    for (const name of ['case:delete', '__proto__', 'constructor', 'toString', '', 42, null]) {
      const r = await s.dispatch(name, {}, CLERK)
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
  })

  const badInputs: [string, unknown][] = [
    ['a string instead of an object', 'hello'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['wrong field types', { applicant: 1, case: 'x', intake: [] }],
    ['unknown keys', { ...validApplication(), extra: 'nope' }],
    ['a huge string', { ...validApplication(), applicant: { ...validApplication().applicant, name: '王'.repeat(1_000_000) } }],
    ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}, "centerName": 1}')],
  ]

  it.each(WRITE_CHANNELS.flatMap((ch) => badInputs.map(([label, input]) => [ch, label, input] as const)))(
    '%s with %s gets VALIDATION and changes nothing',
    async (channel, _label, input) => {
      const before = countRows(s)
      const r = await s.dispatch(channel, input, CLERK)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION')
        expect(r.error.message).toMatch(/[\u4e00-\u9fff]/) // a Chinese message
      }
      expect(countRows(s)).toEqual(before)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )

  it('names the field in the details for a form to show', async () => {
    const bad = validApplication()
    bad.applicant.phone = '12345'
    const r = await s.dispatch('application:create', bad, CLERK)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.details?.issues?.map((i) => i.path.join('.'))).toContain('applicant.phone')
  })

  it('fuzz: random input on every channel, as an administrator and as a clerk, never crashes or half-writes', async () => {
    const admin = { via: 'web' as const, sessionKey: 'fuzz-admin' }
    const clerk = { via: 'web' as const, sessionKey: 'fuzz-clerk' }
    const setup = await s.guarded('auth:setup-admin', { username: 'fuzzadmin', displayName: '管理员', password: 'Fuzz2026pass' }, admin)
    expect(setup.ok).toBe(true)
    const created = await s.guarded('user:save', { username: 'fuzzclerk', displayName: '受理员', roles: ['clerk'], active: true, initialPassword: 'Fuzz2026pass' }, admin)
    expect(created.ok).toBe(true)
    expect((await s.guarded('auth:login', { username: 'fuzzclerk', password: 'Fuzz2026pass' }, clerk)).ok).toBe(true)
    // Channels that end or replace the session or the store are left out of random calls.
    const skip = new Set(['auth:logout', 'auth:login', 'auth:setup-admin', 'backup:restore'])
    const channels = CHANNELS.filter((c) => !skip.has(c))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything({ maxDepth: 3 }), fc.boolean(), async (channel, input, asAdmin) => {
        const before = countRows(s)
        const r = await s.guarded(channel, input, asAdmin ? admin : clerk)
        if (!r.ok) {
          expect(['VALIDATION', 'NOT_FOUND', 'PERMISSION', 'NOT_CONFIGURED', 'CONFLICT']).toContain(r.error.code)
          expect(r.error.code).not.toBe('INTERNAL')
          expect(countRows(s)).toEqual(before) // a refused call writes nothing
        }
      }),
      { numRuns: 600 },
    )
  })
})
