import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Role } from '../../../../shared/domain/roles'
import type { OutreachImportResult, OutreachPreview, OutreachPreviewItem } from '../../../../shared/outreach/dto'
import { AppError } from '../../../../shared/ipc/result'
import { OutreachPage } from '../../../../renderer/src/features/outreach/components/outreach-page'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp, type User } from '../../../kit/render'

const FILE = '/media/usb/巡回受案-2026-03-09.ladpkg'
const PASS = '草原巡回2026'
const WRONG = '口令错误或文件已损坏：请核对口令（注意大小写和全角/半角）后重试；口令无误时，请在巡回受案电脑上重新导出数据包。数据库未作任何改动。'

const item = (over: Partial<OutreachPreviewItem> & Pick<OutreachPreviewItem, 'id' | 'status' | 'label'>): OutreachPreviewItem => ({
  kind: 'application',
  date: '2026-03-05',
  matter: 'labor-remuneration',
  provisionalCaseNumber: 'X-0001',
  reason: null,
  duplicateOf: null,
  warnings: [],
  ...over,
})

const PREVIEW: OutreachPreview = {
  packageId: 'pkg-1',
  deviceId: 'laptop-1',
  exportedAtMs: Date.UTC(2026, 2, 9, 1, 0),
  exportedBy: '张丽',
  centerName: '某县法律援助中心',
  region: 'nei-mongol',
  attachments: 0,
  warnings: [],
  counts: { new: 2, alreadyImported: 1, probableDuplicates: 2, conflicts: 1 },
  items: [
    item({ id: 'c-1', kind: 'consultation', status: 'new', label: '工资拖欠咨询', provisionalCaseNumber: null }),
    item({ id: 'a-new', status: 'new', label: '孙八', provisionalCaseNumber: 'X-0002' }),
    item({ id: 'a-old', status: 'already-imported', label: '李四', reason: '此前已导入，本中心案号 2026-0003' }),
    item({
      id: 'a-dup1',
      status: 'probable-duplicate',
      label: '钱七',
      reason: '与本中心已登记的案件 2026-0007 证件号码、受理日期和援助事项都相同，可能是同一申请',
      duplicateOf: { id: 'center-7', caseNumber: '2026-0007' },
    }),
    item({
      id: 'a-dup2',
      status: 'probable-duplicate',
      label: '周九',
      reason: '与本中心已登记的案件 2026-0009 证件号码、受理日期和援助事项都相同，可能是同一申请',
      duplicateOf: { id: 'center-9', caseNumber: '2026-0009' },
    }),
    item({ id: 'a-bad', status: 'conflict', label: '吴十', reason: '援助事项「x」不在本中心适用地区的事项范围内，请核对后在中心重新登记' }),
  ],
}

const IMPORTED: OutreachImportResult = {
  packageId: 'pkg-1',
  created: {
    applications: [
      { id: 'a-new', caseNumber: '2026-0012', provisionalCaseNumber: 'X-0002' },
      { id: 'a-dup1', caseNumber: '2026-0013', provisionalCaseNumber: 'X-0001' },
    ],
    consultations: ['c-1'],
  },
  skipped: [
    { id: 'a-dup2', reason: '疑似重复，已选择跳过：与本中心已登记的案件 2026-0009 证件号码、受理日期和援助事项都相同，可能是同一申请' },
    { id: 'a-bad', reason: '冲突：援助事项「x」不在本中心适用地区的事项范围内' },
  ],
  alreadyImported: 1,
  tookMs: 300,
}

function setup(handlers: FakeHandlers, roles: Role[] = ['clerk']) {
  const { api, user } = renderWithApp(<OutreachPage />, {
    api: {
      'policy:matters': () => ({
        region: 'nei-mongol',
        profileId: 'nei-mongol-2026',
        effectiveFrom: '2026-01-01',
        source: '测试',
        matters: [{ code: 'labor-remuneration', name: '请求支付劳动报酬', caseTypes: ['civil'], noHardshipTest: true }],
      }),
      ...handlers,
    },
    signedIn: { id: 'u1', username: 'zhangli', displayName: '张丽', roles, active: true, mustChangePassword: false, locked: false },
  })
  return { api, user }
}

async function openPreview(user: User, passphrase = PASS) {
  const form = screen.getByRole('form', { name: '导入受案包' })
  await user.type(within(form).getByLabelText('数据包文件'), FILE)
  await user.type(within(form).getByLabelText('数据包口令'), passphrase)
  await user.click(within(form).getByRole('button', { name: /预览数据包内容/ }))
}

const group = (status: OutreachPreviewItem['status']) => screen.getByTestId(`group-${status}`)

describe('巡回受案：导入', () => {
  it('shows the preview in its four groups, needs a decision per probable duplicate, and sends the decisions', async () => {
    const { api, user } = setup({ 'outreach:preview-import': () => PREVIEW, 'outreach:import': () => IMPORTED })
    await openPreview(user)
    await screen.findByTestId('group-new')
    expect(api.callsTo('outreach:preview-import')).toEqual([{ file: FILE, passphrase: PASS }])

    expect(within(group('new')).getByText('新增 2 条')).toBeTruthy()
    expect(within(group('new')).getByText('工资拖欠咨询')).toBeTruthy()
    const sun = within(group('new')).getByText('孙八').closest('tr') as HTMLElement
    expect(within(sun).getByText('请求支付劳动报酬')).toBeTruthy()
    expect(within(sun).getByText('X-0002')).toBeTruthy()
    expect(within(group('already-imported')).getByText('已导入过 1 条')).toBeTruthy()
    expect(within(group('already-imported')).getByText(/本中心案号 2026-0003/)).toBeTruthy()
    expect(within(group('conflict')).getByText('冲突 1 条')).toBeTruthy()
    expect(within(group('conflict')).getByText(/不在本中心适用地区的事项范围内/)).toBeTruthy()
    const dups = group('probable-duplicate')
    expect(within(dups).getByText('疑似重复 2 条')).toBeTruthy()
    expect(within(dups).getByText('2026-0007')).toBeTruthy()
    expect(within(dups).getByText('2026-0009')).toBeTruthy()

    const confirm = screen.getByRole('button', { name: /确认导入/ }) as HTMLButtonElement
    expect(confirm.disabled).toBe(true)
    expect(screen.getByText('还有 2 条疑似重复的记录没有选择导入或跳过')).toBeTruthy()

    await user.click(within(within(dups).getByRole('radiogroup', { name: '「钱七」的处理方式' })).getByText('导入'))
    expect(confirm.disabled).toBe(true)
    await user.click(within(within(dups).getByRole('radiogroup', { name: '「周九」的处理方式' })).getByText('跳过'))
    expect(confirm.disabled).toBe(false)
    expect(screen.getByText(/将登记受理申请 2 件、法律咨询 1 条/)).toBeTruthy()
    await user.click(confirm)

    expect(await screen.findByText('导入完成')).toBeTruthy()
    expect(api.callsTo('outreach:import')).toEqual([{ file: FILE, passphrase: PASS, decisions: { 'a-dup1': 'import', 'a-dup2': 'skip' } }])
    const created = screen.getByText('2026-0012').closest('tr') as HTMLElement
    expect(within(created).getByText('X-0002')).toBeTruthy()
    expect(within(screen.getByText('2026-0013').closest('tr') as HTMLElement).getByText('X-0001')).toBeTruthy()
    expect(screen.getByText(/1 条以前已导入过，未重复登记/)).toBeTruthy()
    expect(screen.getByText(/疑似重复，已选择跳过/)).toBeTruthy()
  }, 20_000)

  it('a wrong passphrase (or a damaged file) shows 口令错误或文件已损坏 and no preview; nothing is imported', async () => {
    const { api, user } = setup({
      'outreach:preview-import': () => {
        throw new AppError('VALIDATION', WRONG)
      },
      'outreach:import': () => IMPORTED,
    })
    await openPreview(user, '不对的口令')
    const alert = await screen.findByTestId('wrong-passphrase')
    expect(within(alert).getByText('口令错误或文件已损坏')).toBeTruthy()
    expect(within(alert).getByText('数据库没有任何改动。')).toBeTruthy()
    expect(screen.queryByTestId('group-new')).toBeNull()
    expect(api.callsTo('outreach:import')).toEqual([])
  })

  it('a missing file is shown on the file field', async () => {
    const { user } = setup({
      'outreach:preview-import': (input) => {
        throw new AppError('NOT_FOUND', `找不到数据包文件「${input.file}」：请确认U盘已插好、文件名正确。`, { issues: [{ path: ['file'], message: '文件不存在' }] })
      },
    })
    await openPreview(user)
    await waitFor(() => expect(document.getElementById('outreach-import_file')?.closest('.ant-form-item')?.textContent).toContain('文件不存在'))
    expect(screen.queryByTestId('wrong-passphrase')).toBeNull()
  })

  it('a relative path is refused before anything is sent', async () => {
    const { api, user } = setup({ 'outreach:preview-import': () => PREVIEW })
    const form = screen.getByRole('form', { name: '导入受案包' })
    await user.type(within(form).getByLabelText('数据包文件'), 'usb/包.ladpkg')
    await user.type(within(form).getByLabelText('数据包口令'), PASS)
    await user.click(within(form).getByRole('button', { name: /预览数据包内容/ }))
    expect(await screen.findAllByText(/数据包文件应为完整路径/)).not.toHaveLength(0)
    expect(api.callsTo('outreach:preview-import')).toEqual([])
  })
})

describe('巡回受案：导出', () => {
  it('needs the passphrase twice, the same, and long enough; then exports with 全部重新导出 when ticked', async () => {
    const { api, user } = setup({
      'outreach:export': (input) => ({ file: input.file, packageId: 'pkg-2', applications: 3, consultations: 2, attachments: 0, bytes: 4096, tookMs: 500 }),
    })
    const form = screen.getByRole('form', { name: '导出受案包' })
    await user.type(within(form).getByLabelText('保存位置'), FILE)
    await user.type(within(form).getByLabelText('数据包口令'), 'short')
    await user.type(within(form).getByLabelText('再次输入口令'), 'shorter')
    await user.click(within(form).getByRole('button', { name: /导出受案包/ }))
    expect(await within(form).findAllByText('口令至少8个字符，请设置更长的口令')).not.toHaveLength(0)
    expect(within(form).getAllByText('两次输入的口令不一致')).not.toHaveLength(0)
    expect(api.callsTo('outreach:export')).toEqual([])

    await user.clear(within(form).getByLabelText('数据包口令'))
    await user.type(within(form).getByLabelText('数据包口令'), PASS)
    await user.clear(within(form).getByLabelText('再次输入口令'))
    await user.type(within(form).getByLabelText('再次输入口令'), PASS)
    await user.click(within(form).getByLabelText(/全部重新导出/))
    await user.click(within(form).getByRole('button', { name: /导出受案包/ }))
    const done = await screen.findByTestId('export-result')
    expect(within(done).getByText(FILE)).toBeTruthy()
    expect(within(done).getByText('受理申请 3 件，法律咨询 2 条')).toBeTruthy()
    expect(api.callsTo('outreach:export')).toEqual([{ file: FILE, passphrase: PASS, includeAll: true }])
  })

  it('a director sees only the import part (directors may import but not export)', () => {
    setup({}, ['director'])
    expect(screen.queryByRole('form', { name: '导出受案包' })).toBeNull()
    expect(screen.getByRole('form', { name: '导入受案包' })).toBeTruthy()
  })
})
