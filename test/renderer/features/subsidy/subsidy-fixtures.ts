/**
 * Users, clock and DOM helpers shared by the subsidy, finance and duty-lawyer screen tests.
 * Amounts are integer fen, as the main process sends them.
 */
import { screen, waitFor } from '@testing-library/react'
import { vi } from 'vitest'
import type { Role } from '../../../../shared/domain/roles'
import type { UserDto } from '../../../../shared/auth/dto'
import { AppError } from '../../../../shared/ipc/result'
import { roleLabel } from '../../../../shared/domain/roles'
import type { User } from '../../../kit/render'

const user = (id: string, username: string, displayName: string, roles: Role[]): UserDto => ({
  id,
  username,
  displayName,
  roles,
  active: true,
  mustChangePassword: false,
  locked: false,
})

export const CLERK = user('u-clerk', 'zhangli', '张丽', ['clerk'])
export const DIRECTOR = user('u-director', 'wangzr', '王主任', ['director'])
export const FINANCE = user('u-finance', 'liukj', '刘会计', ['finance'])

/** What the main process's permission guard answers when the user's roles do not allow a channel. */
export function forbidden(u: UserDto, channel: string): AppError {
  return new AppError('PERMISSION', `您的角色（${u.roles.map(roleLabel).join('、')}）无权执行此操作，请联系管理员`, { reason: 'forbidden', channel })
}

/**
 * Freezes the date (only `Date`; timers stay real so user-event and polling work) at
 * 2026-03-09 10:00 Beijing time: the pages default their month and year from today.
 */
export function freezeToday(): void {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.UTC(2026, 2, 9, 2, 0))
}

/** Opens an antd Select and picks the option with this label. */
export async function pick(u: User, select: HTMLElement, label: string): Promise<void> {
  const box = select.closest('.ant-select') ?? select
  await u.click(box.querySelector('.ant-select-selector, .ant-select-content') ?? box)
  const options = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')].filter(
      (o) => o.getAttribute('title') === label || o.textContent === label,
    )
    if (found.length === 0) throw new Error(`no option ${label}`)
    return found
  })
  await u.click(options[options.length - 1]!)
}

/** The table row (tr) holding this text. */
export async function rowOf(text: string, within: HTMLElement = document.body): Promise<HTMLElement> {
  const cell = await waitFor(() => {
    const hit = [...within.querySelectorAll('tr td')].find((td) => td.textContent === text)
    if (!hit) throw new Error(`no row for ${text}`)
    return hit
  })
  return cell.closest('tr') as HTMLElement
}

/** The text of every cell of a row, in order. */
export function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')
}

/** The antd message (toast) with this text. */
export function toast(text: string | RegExp): Promise<HTMLElement> {
  return screen.findByText(text, { selector: '.ant-message-notice-title' })
}

/** The element with this id, once it is there. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): Promise<T> {
  return waitFor(() => {
    const el = document.getElementById(id)
    if (!el) throw new Error(`no element #${id}`)
    return el as T
  })
}

/**
 * jsdom has no object URLs: stands in for them and records the files a page downloads
 * through a temporary <a download> link.
 */
export function captureDownloads(): { files: { name: string; type: string; text: () => Promise<string> }[]; restore: () => void } {
  const files: { name: string; type: string; text: () => Promise<string> }[] = []
  const blobs = new Map<string, Blob>()
  const urls = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void }
  const before = { create: urls.createObjectURL, revoke: urls.revokeObjectURL }
  urls.createObjectURL = (b: Blob) => {
    const url = `blob:test/${blobs.size + 1}`
    blobs.set(url, b)
    return url
  }
  urls.revokeObjectURL = () => undefined
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '')
    if (blob) files.push({ name: this.download, type: blob.type, text: () => blob.text() })
  })
  return {
    files,
    restore: () => {
      click.mockRestore()
      urls.createObjectURL = before.create
      urls.revokeObjectURL = before.revoke
    },
  }
}
