import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { AuditVerifyResult } from '../../../../shared/backup/dto'
import { AuditCheckCard, HomeAuditCheck } from '../../../../renderer/src/features/backup/components/audit-check-card'
import { renderWithApp } from '../../../kit/render'

const INTACT: AuditVerifyResult = {
  ok: true,
  checked: 1234,
  head: { seq: 1234, hash: 'ab'.repeat(32) },
  breaks: [],
  breaksTruncated: false,
  anchors: { checked: 3, mismatches: [] },
  tookMs: 180,
}

const BROKEN: AuditVerifyResult = {
  ...INTACT,
  ok: false,
  breaks: [
    { seq: 17, kind: 'edited', message: '第17条记录的内容与其哈希值不符' },
    { seq: 40, kind: 'deleted', message: '第40条记录缺失' },
    { seq: 52, kind: 'reordered', message: '第52条与前一条的链接不符' },
    { seq: 60, kind: 'unhashed', message: '第60条没有哈希值' },
  ],
}

function renderCard(result: AuditVerifyResult) {
  const { api, user } = renderWithApp(<AuditCheckCard />, { api: { 'audit:verify': () => result } })
  return { api, user }
}

describe('审计日志校验', () => {
  it('shows 审计日志完整 for an intact chain', async () => {
    const { api, user } = renderCard(INTACT)
    await user.click(screen.getByRole('button', { name: /开始校验/ }))
    const ok = await screen.findByTestId('audit-ok')
    expect(within(ok).getByText('审计日志完整')).toBeTruthy()
    expect(within(ok).getByText(/共检查 1234 条审计记录/)).toBeTruthy()
    expect(api.callsTo('audit:verify')).toEqual([{}])
  })

  it('lists every break with its seq and the kind in Chinese', async () => {
    const { user } = renderCard(BROKEN)
    await user.click(screen.getByRole('button', { name: /开始校验/ }))
    expect(await screen.findByText('审计日志不完整：发现 4 处问题')).toBeTruthy()
    const cells = (seq: string) => Array.from((screen.getByText(seq).closest('tr') as HTMLElement).querySelectorAll('td')).map((td) => td.textContent)
    expect(cells('17')).toEqual(['17', '被修改', '第17条记录的内容与其哈希值不符'])
    expect(cells('40')).toEqual(['40', '被删除', '第40条记录缺失'])
    expect(cells('52')).toEqual(['52', '顺序被调换', '第52条与前一条的链接不符'])
    expect(cells('60')).toEqual(['60', '未经系统写入', '第60条没有哈希值'])
    expect(screen.queryByText('审计日志完整')).toBeNull()
  })

  it('the home screen offers it to a director, not to an administrator (who has it on 数据备份) or a clerk', () => {
    const base = { id: 'u', username: 'u', displayName: '某', active: true, mustChangePassword: false, locked: false }
    const show = (roles: ('director' | 'admin' | 'clerk')[]) => {
      const view = renderWithApp(<HomeAuditCheck />, { signedIn: { ...base, roles } })
      const shown = view.queryByText('审计日志校验') !== null
      view.unmount()
      return shown
    }
    expect(show(['director'])).toBe(true)
    expect(show(['admin'])).toBe(false)
    expect(show(['director', 'admin'])).toBe(false)
    expect(show(['clerk'])).toBe(false)
  })
})
