import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { UserDto } from '../../../../shared/auth/dto'
import { AppError } from '../../../../shared/ipc/result'
import { UsersPage } from '../../../../renderer/src/features/users/components/users-page'
import { renderWithApp } from '../../../kit/render'

const ADMIN: UserDto = { id: 'u1', username: 'admin', displayName: '赵敏', roles: ['admin'], active: true, mustChangePassword: false, locked: false }
const LOCKED: UserDto = { id: 'u2', username: 'zhangli', displayName: '张丽', roles: ['clerk', 'reviewer'], active: true, mustChangePassword: false, locked: true }

function setup(save: (input: unknown) => UserDto) {
  const { api, user } = renderWithApp(<UsersPage />, { api: { 'user:list': () => [ADMIN, LOCKED], 'user:save': save } })
  return { api, user }
}

function fieldError(id: string): string {
  return document.getElementById(id)?.closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent ?? ''
}

describe('用户管理', () => {
  it('lists users with Chinese role labels and the lock state', async () => {
    setup(() => ADMIN)
    const row = (await screen.findByText('zhangli')).closest('tr')
    if (!row) throw new Error('no row')
    expect(within(row).getByText('受理员')).toBeTruthy()
    expect(within(row).getByText('审查员')).toBeTruthy()
    expect(within(row).getByText('已锁定')).toBeTruthy()
    expect(within(row).getByText('启用')).toBeTruthy()
  })

  it('a new user needs a valid username and an initial password; nothing is sent until then', async () => {
    const { api, user } = setup(() => ADMIN)
    await screen.findByText('zhangli')
    await user.click(screen.getByRole('button', { name: /新增用户/ }))
    await user.type(await screen.findByLabelText('用户名'), 'x')
    fireEvent.submit(document.getElementById('user_username')?.closest('form') as HTMLFormElement)
    await waitFor(() => expect(fieldError('user_username')).toBe('用户名至少2个字符'))
    expect(fieldError('user_displayName')).toBe('请输入姓名')
    expect(fieldError('user_initialPassword')).toBe('请设置初始密码')
    expect(api.callsTo('user:save')).toEqual([])
  })

  it('puts the server’s 用户名已被使用 on the username field', async () => {
    const { api, user } = setup(() => {
      throw new AppError('CONFLICT', '用户名「zhangli」已被使用', { issues: [{ path: ['username'], message: '用户名已被使用' }] })
    })
    await screen.findByText('zhangli')
    await user.click(screen.getByRole('button', { name: /新增用户/ }))
    await user.type(await screen.findByLabelText('用户名'), 'zhangli')
    await user.type(screen.getByLabelText('姓名'), '张丽')
    await user.type(screen.getByLabelText('初始密码'), 'Chushi2026')
    fireEvent.submit(document.getElementById('user_username')?.closest('form') as HTMLFormElement)
    await waitFor(() => expect(fieldError('user_username')).toBe('用户名已被使用'))
    expect(api.callsTo('user:save')).toEqual([{ username: 'zhangli', displayName: '张丽', roles: ['clerk'], active: true, initialPassword: 'Chushi2026' }])
  })
})
