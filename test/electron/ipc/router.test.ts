import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../shared/ipc/channels'
import { CLERK, countRows, makeTestServices, validApplication, type TestServices } from '../../helpers/test-services'

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

  it('fuzz: random input on every channel never crashes, never half-writes, and fails as VALIDATION', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), fc.anything({ maxDepth: 3 }), async (channel, input) => {
        const before = countRows(s)
        const r = await s.dispatch(channel, input, CLERK)
        if (r.ok) {
          // Only read channels may accept arbitrary-looking input (e.g. {} for app:info).
          expect((WRITE_CHANNELS as readonly string[]).includes(channel)).toBe(false)
          expect(countRows(s)).toEqual(before)
        } else {
          expect(['VALIDATION', 'NOT_FOUND']).toContain(r.error.code)
          expect(countRows(s)).toEqual(before)
        }
      }),
      { numRuns: 400 },
    )
  })
})
