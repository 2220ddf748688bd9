import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { AuthStatus } from '../../../../shared/auth/dto'
import type { CaseListRow } from '../../../../shared/cases/case-file'
import type { Page } from '../../../../shared/ipc/page'
import { AppError } from '../../../../shared/ipc/result'
import { AuthGate } from '../../../../renderer/src/features/auth/components/auth-gate'
import { session } from '../../../../renderer/src/lib/session'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp } from '../../../kit/render'
import { CLERK, DraftPage } from './auth-fixtures'

const LOGGED_IN: AuthStatus = { needsSetup: false, user: CLERK, reason: null }
const NO_CASES: Page<CaseListRow> = { rows: [], total: 0, page: 1, pageSize: 20, tookMs: 1 }

/** Logged in as the clerk, on a page with a draft typed in. */
async function setup(searchResult: () => Page<CaseListRow>, extra: FakeHandlers = {}, idleMs?: number) {
  const { api, user } = renderWithApp(
    <AuthGate idleMs={idleMs}>
      <DraftPage />
    </AuthGate>,
    { api: { 'auth:status': () => LOGGED_IN, 'case:search': searchResult, ...extra } },
  )
  await user.type(await screen.findByLabelText('草稿'), '王芳的申请')
  return { api, user }
}

const refuse = (reason: string, message: string) => (): never => {
  throw new AppError('PERMISSION', message, { reason })
}

describe('PERMISSION refusals from any call', () => {
  it("'login-required' puts the login screen over the page; the same user logging in finds the draft still there", async () => {
    let loggedIn = false
    const { api, user } = await setup(() => {
      if (!loggedIn) throw new AppError('PERMISSION', '请先登录', { reason: 'login-required' })
      return NO_CASES
    }, {
      'auth:login': () => {
        loggedIn = true
        return CLERK
      },
    })
    await user.click(screen.getByRole('button', { name: '搜索' }))
    const login = await screen.findByTestId('login-screen')
    expect(login.textContent).toContain('登录已失效，请重新登录')
    expect(session.get().phase).toBe('login')

    // The page underneath is still mounted (and cannot be reached while covered).
    expect((screen.getByLabelText('草稿', { selector: 'input' }) as HTMLInputElement).value).toBe('王芳的申请')
    expect(screen.getByLabelText('草稿', { selector: 'input' }).closest('[inert]')).not.toBeNull()

    await user.type(within(login).getByLabelText('用户名'), 'zhangli')
    await user.type(within(login).getByLabelText('密码'), 'Zhangli2026{Enter}')
    await waitFor(() => expect(screen.queryByTestId('login-screen')).toBeNull())
    expect((screen.getByLabelText('草稿') as HTMLInputElement).value).toBe('王芳的申请')
    await user.click(screen.getByRole('button', { name: '搜索' }))
    await waitFor(() => expect(screen.getByTestId('result').textContent).toBe('共 0 件'))
    expect(api.callsTo('case:search')).toHaveLength(2)
  })

  it("'idle-locked' shows the lock screen: who was working, only the password; unlocking keeps the draft", async () => {
    const { api, user } = await setup(refuse('idle-locked', '长时间未操作，已自动锁定，请重新输入密码'), { 'auth:login': () => CLERK })
    await user.click(screen.getByRole('button', { name: '搜索' }))
    const lock = await screen.findByTestId('lock-screen')
    expect(within(lock).getByTestId('locked-user').textContent).toContain('张丽')
    expect(within(lock).getByTestId('locked-user').textContent).toContain('受理员')
    expect(within(lock).queryByLabelText('用户名')).toBeNull()

    // While locked the page's own calls do not reach the main process.
    const before = api.callsTo('case:search').length
    screen.getByRole('button', { name: '搜索', hidden: true }).click()
    await waitFor(() => expect(screen.getByTestId('result').textContent).toContain('已锁定'))
    expect(api.callsTo('case:search')).toHaveLength(before)

    await user.type(within(lock).getByLabelText('密码'), 'Zhangli2026{Enter}')
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).toBeNull())
    expect(api.callsTo('auth:login')).toEqual([{ username: 'zhangli', password: 'Zhangli2026' }])
    expect((screen.getByLabelText('草稿') as HTMLInputElement).value).toBe('王芳的申请')
  })

  it("'forbidden' shows 「您的角色无权执行此操作」 and stays on the page", async () => {
    const { user } = await setup(refuse('forbidden', '您的角色（受理员）无权执行此操作，请联系管理员'))
    await user.click(screen.getByRole('button', { name: '搜索' }))
    await screen.findByText('您的角色无权执行此操作，请联系管理员')
    expect(screen.queryByTestId('login-screen')).toBeNull()
    expect(screen.queryByTestId('lock-screen')).toBeNull()
    expect(session.get().phase).toBe('ready')
    expect((screen.getByLabelText('草稿') as HTMLInputElement).value).toBe('王芳的申请')
  })

  it('a wrong password on the lock screen keeps it locked and says why', async () => {
    const { user } = await setup(refuse('idle-locked', '长时间未操作'), { 'auth:login': refuse('bad-credentials', '用户名或密码错误') })
    await user.click(screen.getByRole('button', { name: '搜索' }))
    const lock = await screen.findByTestId('lock-screen')
    await user.type(within(lock).getByLabelText('密码'), 'Wrong2026{Enter}')
    expect((await within(lock).findByTestId('login-error')).textContent).toContain('用户名或密码错误')
    expect(session.get().phase).toBe('locked')
  })
})

describe('idle timer', () => {
  it('locks the screen after the idle time without input, with no call to the main process', async () => {
    const { api } = await setup(() => NO_CASES, {}, 300)
    const calls = api.calls.length
    await screen.findByTestId('lock-screen', {}, { timeout: 3000 })
    expect(session.get().phase).toBe('locked')
    expect(api.calls.length).toBe(calls)
    expect((screen.getByLabelText('草稿', { selector: 'input' }) as HTMLInputElement).value).toBe('王芳的申请')
  })
})
