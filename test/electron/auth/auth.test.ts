import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ROLE_CODES, type Role } from '../../../shared/domain/roles'
import { CHANNELS } from '../../../shared/ipc/channels'
import { CHANNEL_ACCESS, isAllowed } from '../../../shared/ipc/permissions'
import type { Result } from '../../../shared/ipc/result'
import type { Transport } from '../../../electron/main/auth/guard'
import { CLERK, TEST_NOW, makeResidentId, makeTestServices, validApplication, type TestServices } from '../../kit/services'

let now = TEST_NOW
let s: TestServices
beforeEach(async () => {
  now = TEST_NOW
  s = await makeTestServices({ clock: { now: () => now } })
})
afterEach(async () => {
  await s.dispose()
})

const desk = (key = 'desktop'): Transport => ({ via: 'electron', sessionKey: key })
const call = (channel: string, input: unknown, t: Transport = desk()) => s.guarded(channel, input, t)
const PASSWORD = 'Legal2026aid'

async function setupAdmin(t = desk()) {
  const r = await call('auth:setup-admin', { username: 'admin', displayName: '管理员甲', password: PASSWORD }, t)
  expect(r.ok).toBe(true)
}

async function createUser(username: string, roles: Role[]) {
  const r = await call('user:save', { username, displayName: `${username}姓名`, roles, active: true, initialPassword: PASSWORD })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
}

function reason(r: Result<unknown>): unknown {
  return r.ok ? null : r.error.details?.reason
}

describe('first run and login', () => {
  it('needs setup until the administrator exists, then refuses a second setup', async () => {
    const st = (await call('auth:status', {})) as Result<{ needsSetup: boolean; user: unknown }>
    expect(st.ok && st.value.needsSetup).toBe(true)
    expect(reason(await call('case:search', {}))).toBe('login-required')
    await setupAdmin()
    const after = (await call('auth:status', {})) as Result<{ needsSetup: boolean; user: { roles: string[] } | null }>
    expect(after.ok && after.value.needsSetup).toBe(false)
    expect(after.ok && after.value.user?.roles).toEqual(['admin'])
    const again = await call('auth:setup-admin', { username: 'x2', displayName: '乙', password: PASSWORD }, desk('other'))
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('stores no plain password and refuses a wrong one', async () => {
    await setupAdmin()
    const row = s.ctx.store.sqlite.prepare('SELECT password_hash FROM app_user').get() as { password_hash: string }
    expect(row.password_hash.startsWith('scrypt$')).toBe(true)
    expect(row.password_hash).not.toContain(PASSWORD)
    const bad = await call('auth:login', { username: 'admin', password: 'wrong-password1' }, desk('k2'))
    expect(bad).toMatchObject({ ok: false, error: { code: 'PERMISSION', message: '用户名或密码错误' } })
    expect((await call('auth:login', { username: 'ADMIN', password: PASSWORD }, desk('k2'))).ok).toBe(true)
  })

  it('locks the account after five wrong passwords, and unlocks after the lockout', async () => {
    await setupAdmin()
    for (let i = 0; i < 4; i++) expect(reason(await call('auth:login', { username: 'admin', password: `wrong${i}pass` }, desk('k')))).toBe('bad-credentials')
    expect(reason(await call('auth:login', { username: 'admin', password: 'wrong4pass' }, desk('k')))).toBe('account-locked')
    // Even the right password is refused while locked.
    const locked = await call('auth:login', { username: 'admin', password: PASSWORD }, desk('k'))
    expect(reason(locked)).toBe('account-locked')
    expect(locked.ok ? '' : locked.error.message).toMatch(/分钟/)
    now += 16 * 60_000
    expect((await call('auth:login', { username: 'admin', password: PASSWORD }, desk('k'))).ok).toBe(true)
  })

  it('locks an idle session and asks for the password again', async () => {
    await setupAdmin()
    expect((await call('case:search', {})).ok).toBe(true)
    now += 14 * 60_000
    expect((await call('case:search', {})).ok).toBe(true) // activity resets the idle timer
    now += 16 * 60_000
    expect(reason(await call('case:search', {}))).toBe('idle-locked')
    expect((await call('auth:login', { username: 'admin', password: PASSWORD })).ok).toBe(true)
    expect((await call('case:search', {})).ok).toBe(true)
  })

  it('keeps browser sessions apart from the desktop session', async () => {
    await setupAdmin(desk('browser-a'))
    expect((await call('case:search', {}, desk('browser-a'))).ok).toBe(true)
    expect(reason(await call('case:search', {}, desk('browser-b')))).toBe('login-required')
    await call('auth:logout', {}, desk('browser-a'))
    expect(reason(await call('case:search', {}, desk('browser-a')))).toBe('login-required')
  })

  it('never lets the last administrator be disabled', async () => {
    await setupAdmin()
    const users = (await call('user:list', {})) as Result<{ id: string }[]>
    const id = users.ok ? users.value[0]!.id : ''
    const r = await call('user:save', { id, username: 'admin', displayName: '管理员甲', roles: ['clerk'], active: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION' } })
  })
})

describe('permissions: every role × every channel', () => {
  it('classifies every channel', () => {
    for (const channel of CHANNELS) expect(CHANNEL_ACCESS[channel], channel).toBeDefined()
  })

  it('allows exactly what the table allows and refuses the rest with PERMISSION', async () => {
    await setupAdmin()
    for (const role of ROLE_CODES) await createUser(`u-${role}`, [role])
    for (const role of ROLE_CODES) {
      const t = desk(`session-${role}`)
      expect((await call('auth:login', { username: `u-${role}`, password: PASSWORD }, t)).ok).toBe(true)
      for (const channel of CHANNELS) {
        if (channel === 'auth:logout') continue // would end the session under test
        // Deliberately invalid input: an allowed call fails validation (or succeeds), never PERMISSION.
        const r = await call(channel, { __probe: true }, t)
        const refused = !r.ok && r.error.code === 'PERMISSION' && r.error.details?.reason === 'forbidden'
        expect(refused, `${role} × ${channel}`).toBe(!isAllowed(channel, [role]))
      }
    }
  })

  it('masks ID numbers in lists for clerks, shows them to reviewers, and logs opening a full record', async () => {
    await setupAdmin()
    const created = await s.dispatch('application:create', validApplication({ idNumber: makeResidentId('19800315', 124) }), CLERK)
    expect(created.ok).toBe(true)
    await createUser('clerk1', ['clerk'])
    await createUser('reviewer1', ['reviewer'])
    await call('auth:login', { username: 'clerk1', password: PASSWORD }, desk('c'))
    await call('auth:login', { username: 'reviewer1', password: PASSWORD }, desk('r'))
    const full = makeResidentId('19800315', 124)
    const asClerk = (await call('case:search', {}, desk('c'))) as Result<{ rows: { id: string; idNumberMasked: string }[] }>
    const asReviewer = (await call('case:search', {}, desk('r'))) as Result<{ rows: { idNumberMasked: string }[] }>
    expect(asClerk.ok && asClerk.value.rows[0]!.idNumberMasked).not.toBe(full)
    expect(asClerk.ok && asClerk.value.rows[0]!.idNumberMasked).toContain('*')
    expect(asReviewer.ok && asReviewer.value.rows[0]!.idNumberMasked).toBe(full)
    const id = asClerk.ok ? asClerk.value.rows[0]!.id : ''
    expect((await call('case:get', { id }, desk('c'))).ok).toBe(true)
    const views = s.ctx.store.sqlite.prepare("SELECT actor FROM audit_log WHERE action = 'case.view' AND entity_id = ?").all(id) as { actor: string }[]
    expect(views.map((v) => v.actor)).toEqual(['clerk1姓名'])
  })
})
