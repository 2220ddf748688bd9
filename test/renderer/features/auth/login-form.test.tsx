import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/ipc/result'
import { AuthGate } from '../../../../renderer/src/features/auth/components/auth-gate'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp } from '../../../kit/render'
import { CLERK } from './auth-fixtures'

function setup(handlers: FakeHandlers = {}) {
  const { api, user } = renderWithApp(
    <AuthGate>
      <p>工作台首页</p>
    </AuthGate>,
    { api: { 'auth:status': () => ({ needsSetup: false, user: null, reason: null }), ...handlers } },
  )
  return { api, user }
}

/** The error text under the form field whose input has this id. */
function fieldError(id: string): string {
  const item = document.getElementById(id)?.closest('.ant-form-item')
  return item?.querySelector('.ant-form-item-explain-error')?.textContent ?? ''
}

describe('login form', () => {
  it('names empty boxes in Chinese and sends nothing', async () => {
    const { api } = setup()
    const button = await screen.findByRole('button', { name: /登\s*录/ })
    fireEvent.click(button)
    await waitFor(() => expect(fieldError('username')).toBe('请输入用户名'))
    expect(fieldError('password')).toBe('请输入密码')
    expect(api.callsTo('auth:login')).toEqual([])
    expect(screen.queryByText('工作台首页')).toBeNull()
  })

  it('checks the username with the shared schema before sending (too short, bad characters)', async () => {
    const { api, user } = setup()
    await user.type(await screen.findByLabelText('用户名'), 'a')
    await user.type(screen.getByLabelText('密码'), 'x{Enter}')
    await waitFor(() => expect(fieldError('username')).toBe('用户名至少2个字符'))
    await user.clear(screen.getByLabelText('用户名'))
    await user.type(screen.getByLabelText('用户名'), 'zhang li{Enter}')
    await waitFor(() => expect(fieldError('username')).toBe('用户名只能包含字母、数字、汉字和 _ . -'))
    expect(fieldError('password')).toBe('')
    expect(api.callsTo('auth:login')).toEqual([])
  })

  it('Enter submits; a refusal shows 「用户名或密码错误」 and empties the password', async () => {
    const { api, user } = setup({
      'auth:login': () => {
        throw new AppError('PERMISSION', '用户名或密码错误', { reason: 'bad-credentials' })
      },
    })
    await user.type(await screen.findByLabelText('用户名'), 'zhangli')
    await user.type(screen.getByLabelText('密码'), 'Wrong2026{Enter}')
    expect((await screen.findByTestId('login-error')).textContent).toContain('用户名或密码错误')
    expect(api.callsTo('auth:login')).toEqual([{ username: 'zhangli', password: 'Wrong2026' }])
    expect((screen.getByLabelText('密码') as HTMLInputElement).value).toBe('')
    // A bad password is not a lost session: the login screen stays as it is.
    expect(screen.getByTestId('login-screen')).toBeTruthy()
  })

  it('shows the lockout message from the server as it is', async () => {
    const { user } = setup({
      'auth:login': () => {
        throw new AppError('PERMISSION', '密码连续错误 5 次，账号已锁定 15 分钟', { reason: 'account-locked' })
      },
    })
    await user.type(await screen.findByLabelText('用户名'), 'zhangli')
    await user.type(screen.getByLabelText('密码'), 'Wrong2026{Enter}')
    expect((await screen.findByTestId('login-error')).textContent).toContain('账号已锁定 15 分钟')
  })

  it('opens the app after a successful login', async () => {
    const { user } = setup({ 'auth:login': () => CLERK })
    await user.type(await screen.findByLabelText('用户名'), 'zhangli')
    await user.type(screen.getByLabelText('密码'), 'Zhangli2026{Enter}')
    await screen.findByText('工作台首页')
    expect(screen.queryByTestId('login-screen')).toBeNull()
  })

  it('sends a user who must change the password to that screen first', async () => {
    const { user } = setup({ 'auth:login': () => ({ ...CLERK, mustChangePassword: true }) })
    await user.type(await screen.findByLabelText('用户名'), 'zhangli')
    await user.type(screen.getByLabelText('密码'), 'Chushi2026{Enter}')
    await screen.findByTestId('must-change-screen')
    expect(screen.queryByText('工作台首页')).toBeNull()
  })
})

describe('first run', () => {
  it('creates the administrator only when the form passes SetupAdminInput and both passwords match', async () => {
    const { api, user } = setup({
      'auth:status': () => ({ needsSetup: true, user: null, reason: null }),
      'auth:setup-admin': (input) => ({ ...CLERK, id: 'u-admin', username: input.username, displayName: input.displayName, roles: ['admin'] }),
    })
    expect((await screen.findByTestId('setup-screen')).textContent).toContain('首次使用：创建管理员账号')
    await user.type(screen.getByLabelText('用户名'), 'admin')
    await user.type(screen.getByLabelText('姓名'), '赵敏')
    await user.type(screen.getByLabelText('密码'), 'onlyletters')
    await user.type(screen.getByLabelText('确认密码'), 'different1{Enter}')
    await waitFor(() => expect(fieldError('password')).toBe('密码须包含数字'))
    expect(fieldError('confirm')).toBe('两次输入的密码不一致')
    expect(api.callsTo('auth:setup-admin')).toEqual([])

    await user.clear(screen.getByLabelText('密码'))
    await user.type(screen.getByLabelText('密码'), 'Fayuan2026')
    await user.clear(screen.getByLabelText('确认密码'))
    await user.type(screen.getByLabelText('确认密码'), 'Fayuan2026{Enter}')
    await screen.findByText('工作台首页')
    expect(api.callsTo('auth:setup-admin')).toEqual([{ username: 'admin', displayName: '赵敏', password: 'Fayuan2026' }])
  })
})
