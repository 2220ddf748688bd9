/**
 * Helpers for the case-file panel tests (handling, quality, follow-up, complaints): a fixed
 * business day, a fake `window.api` that refuses calls the way the main process's guard does
 * (by the signed-in user's roles), antd Select and message helpers.
 */
import { screen, waitFor } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, expect, vi } from 'vitest'
import { roleLabel, type Role } from '../../../../shared/domain/roles'
import { isAllowed } from '../../../../shared/ipc/permissions'
import type { UserDto } from '../../../../shared/auth/dto'
import { createFakeApi, type FakeApi, type FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp, type User } from '../../../kit/render'

/** The business day of every test: 2026-03-09, 10:30 Beijing time. */
export const TODAY = '2026-03-09'
const NOW_MS = Date.UTC(2026, 2, 9, 2, 30)

// Only Date is faked: timers stay real, so user-event, antd and react-query run as usual.
export function fixToday(): void {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW_MS)
}
afterEach(() => {
  vi.useRealTimers()
})

export const userWith = (roles: Role[]): UserDto => ({
  id: 'u-zhangli',
  username: 'zhangli',
  displayName: '张丽',
  roles,
  active: true,
  mustChangePassword: false,
  locked: false,
})

/** The main process's answer to a call the user's roles do not allow (electron/main/auth/guard.ts). */
export const forbiddenMessage = (roles: readonly Role[]) => `您的角色（${roles.map(roleLabel).join('、')}）无权执行此操作，请联系管理员`

/**
 * A fake api behind the same role check as the main process: a channel the roles do not allow
 * is refused with PERMISSION/forbidden before its handler runs (the call is still recorded).
 */
export function guardedApi(handlers: FakeHandlers, roles: Role[]): FakeApi {
  const api = createFakeApi(handlers)
  const inner = api.invoke.bind(api)
  api.invoke = async (channel, input) => {
    if (isAllowed(channel, roles)) return inner(channel, input)
    api.calls.push({ channel, input })
    return { ok: false, error: { code: 'PERMISSION', message: forbiddenMessage(roles), details: { reason: 'forbidden', channel } } }
  }
  return api
}

export function renderPanel(panel: ReactElement, handlers: FakeHandlers, roles: Role[] = ['clerk']) {
  fixToday()
  const { api, user } = renderWithApp(panel, { api: guardedApi(handlers, roles), signedIn: userWith(roles) })
  return { api, user }
}

export function byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`no element #${id}`)
  return el as T
}

/** Opens an antd Select (found by its input's id) and picks the option with that label. */
export async function choose(user: User, selectId: string, label: string): Promise<void> {
  await user.click(byId(selectId))
  const listId = `${selectId}_list`
  const option = await waitFor(() => {
    const dropdown = document.getElementById(listId)?.closest('.ant-select-dropdown')
    const found = [...(dropdown?.querySelectorAll<HTMLElement>('.ant-select-item-option') ?? [])].find((o) => o.getAttribute('title') === label)
    if (!found) throw new Error(`no option ${label} for #${selectId}`)
    return found
  })
  await user.click(option)
}

/** The label a Select shows for its current value. */
export function selected(selectId: string): string {
  return byId(selectId).closest('.ant-select')?.querySelector('.ant-select-content')?.textContent ?? ''
}

/** Texts of the antd messages on screen, with their kind. */
export function toasts(): { kind: string; text: string }[] {
  return [...document.querySelectorAll('.ant-message-notice')].map((n) => {
    const kind = ['success', 'error', 'warning', 'info'].find((k) => n.querySelector(`.ant-message-${k}`)) ?? 'unknown'
    return { kind, text: n.textContent ?? '' }
  })
}

export async function expectToast(kind: 'success' | 'error', text: string): Promise<void> {
  await waitFor(() => expect(toasts()).toContainEqual({ kind, text }))
}

/** The error text antd shows under a form field. */
export function fieldError(id: string): string {
  return byId(id).closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent ?? ''
}

/** The texts of a table row's cells. */
export const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')

export { screen }
