import { QueryClientProvider } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { BackupCheck, BackupInfo, BackupSettings, RestoreResult } from '../../../../shared/backup/dto'
import { AppError } from '../../../../shared/ipc/result'
import { createQueryClient } from '../../../../renderer/src/lib/query-client'
import { backupKeys } from '../../../../renderer/src/lib/query-keys'
import { BackupPage } from '../../../../renderer/src/features/backup/components/backup-page'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp } from '../../../kit/render'

const FOLDER = '/media/usb/法援备份'
// 2026-03-09 10:30 and 2026-03-08 18:00 in Beijing time.
const MARCH_9 = Date.UTC(2026, 2, 9, 2, 30)
const MARCH_8 = Date.UTC(2026, 2, 8, 10, 0)

const backup = (file: string, createdAtMs: number, kind: BackupInfo['kind']): BackupInfo => ({
  file: `${FOLDER}/${file}`,
  name: file,
  kind,
  createdAtMs,
  sizeBytes: 3 * 1024 * 1024 + 300 * 1024,
  sha256: 'ab'.repeat(32),
  schemaVersion: '0070_statistics',
  appVersion: '1.0.0',
  counts: { cases: 120, consultations: 45, auditEntries: 900 },
  auditHead: { seq: 900, hash: 'cd'.repeat(32) },
})
const NEWER = backup('legalaid-20260309-103000-manual.sqlite', MARCH_9, 'manual')
const OLDER = backup('legalaid-20260308-180000-daily.sqlite', MARCH_8, 'daily')

const SETTINGS: BackupSettings = { folder: FOLDER, effectiveFolder: FOLDER, keepDaily: 7, keepMonthly: 12, onExit: true, daily: true, updatedAtMs: MARCH_8 }

const check = (b: BackupInfo, ok: boolean): BackupCheck => ({
  file: b.file,
  ok,
  problems: ok ? [] : ['文件内容与备份时记录的校验值不符：备份文件已损坏或被改动过'],
  checksum: ok ? 'match' : 'mismatch',
  integrity: 'ok',
  schemaVersion: '0070_statistics',
  counts: b.counts,
  tookMs: 40,
})

const RESTORED: RestoreResult = {
  restoredFrom: OLDER.file,
  safetyBackup: `${FOLDER}/legalaid-20260309-110000-pre-restore.sqlite`,
  schemaVersion: '0070_statistics',
  migrated: [],
  counts: { cases: 118, consultations: 44, auditEntries: 880 },
  tookMs: 1200,
}

function setup(overrides: FakeHandlers = {}) {
  const reload = vi.fn()
  const client = createQueryClient()
  const { api, user } = renderWithApp(
    <QueryClientProvider client={client}>
      <BackupPage reload={reload} />
    </QueryClientProvider>,
    {
      api: {
        'backup:settings-get': () => SETTINGS,
        'backup:list': () => ({ folder: FOLDER, backups: [NEWER, OLDER] }),
        'backup:verify': (input) => ({
          allOk: false,
          checks: [NEWER, OLDER].filter((b) => !input.file || input.file === b.file).map((b) => check(b, b === NEWER)),
        }),
        'backup:restore': () => RESTORED,
        'backup:settings-save': (input) => ({ ...SETTINGS, ...input, folder: input.folder ?? null, effectiveFolder: input.folder ?? '/data/backups', updatedAtMs: MARCH_9 }),
        ...overrides,
      },
      signedIn: { id: 'u-admin', username: 'admin', displayName: '赵敏', roles: ['admin'], active: true, mustChangePassword: false, locked: false },
    },
  )
  return { api, user, reload, client }
}

async function rowOf(text: string): Promise<HTMLElement> {
  const row = (await screen.findByText(text)).closest('tr')
  if (!row) throw new Error(`no row for ${text}`)
  return row as HTMLElement
}

describe('数据备份', () => {
  it('lists the copies with date, kind and size; 全部校验 marks the damaged copy in red and keeps it from restore', async () => {
    const { api, user } = setup()
    const older = await rowOf('2026-03-08 18:00')
    expect(within(older).getByText('每日自动')).toBeTruthy()
    expect(within(older).getByText('3.3 MB')).toBeTruthy()
    expect(within(older).getByText('未校验')).toBeTruthy()

    await user.click(screen.getByRole('button', { name: /全部校验/ }))
    expect(await screen.findByText('2 份备份中有 1 份未通过校验')).toBeTruthy()
    expect(api.callsTo('backup:verify')).toEqual([{}])

    const bad = await rowOf('2026-03-08 18:00')
    expect(within(bad).getByText('已损坏，不能用于恢复')).toBeTruthy()
    expect(within(bad).getByText(/校验值不符，数据库完整/)).toBeTruthy()
    expect(within(bad).getByText(/备份文件已损坏或被改动过/)).toBeTruthy()
    expect(bad.style.background).not.toBe('')
    expect((within(bad).getByRole('button', { name: /从 .* 的备份恢复/ }) as HTMLButtonElement).disabled).toBe(true)

    const good = await rowOf('2026-03-09 10:30')
    expect(within(good).getByText('完好')).toBeTruthy()
    expect(within(good).getByText('校验值一致，数据库完整')).toBeTruthy()
  }, 15_000)

  it('校验 on one row checks only that file', async () => {
    const { api, user } = setup()
    const row = await rowOf('2026-03-09 10:30')
    await user.click(within(row).getByRole('button', { name: /^校验/ }))
    await waitFor(() => expect(within(row).getByText('完好')).toBeTruthy())
    expect(api.callsTo('backup:verify')).toEqual([{ file: NEWER.file }])
    expect(within(await rowOf('2026-03-08 18:00')).getByText('未校验')).toBeTruthy()
  }, 15_000)

  it('restore is not called until the word 恢复 (or the backup date) is typed; then it restores, clears the cache and reloads', async () => {
    const { api, user, reload, client } = setup()
    const row = await rowOf('2026-03-08 18:00')
    expect(client.getQueryData(backupKeys.list)).toBeDefined()
    await user.click(within(row).getByRole('button', { name: /的备份恢复/ }))

    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('恢复会用这份备份替换当前的全部数据')).toBeTruthy()
    expect(within(dialog).getByText(/先把当前数据库完整备份一份/)).toBeTruthy()
    expect(within(dialog).getByText(/恢复完成后程序会重新载入页面/)).toBeTruthy()
    expect(within(dialog).queryByRole('button', { name: /确认恢复/ })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: /下一步/ }))

    const confirm = within(dialog).getByRole('button', { name: /确认恢复/ }) as HTMLButtonElement
    expect(confirm.disabled).toBe(true)
    const box = within(dialog).getByLabelText('确认恢复')
    await user.type(box, '确定{Enter}')
    expect(confirm.disabled).toBe(true)
    await user.click(confirm)
    expect(api.callsTo('backup:restore')).toEqual([])

    await user.clear(box)
    await user.type(box, '恢复')
    expect(confirm.disabled).toBe(false)
    await user.click(confirm)

    expect(await within(dialog).findByText(/已恢复到 2026-03-08 18:00 的备份/)).toBeTruthy()
    expect(api.callsTo('backup:restore')).toEqual([{ file: OLDER.file, confirm: true }])
    expect(within(dialog).getByText(RESTORED.safetyBackup)).toBeTruthy()
    // Every cached answer described the database that was replaced.
    expect(client.getQueryData(backupKeys.list)).toBeUndefined()
    expect(client.getQueryData(backupKeys.settings)).toBeUndefined()
    expect(reload).not.toHaveBeenCalled()
    await user.click(within(dialog).getByRole('button', { name: /立即重新载入/ }))
    expect(reload).toHaveBeenCalledTimes(1)
  }, 15_000)

  it('the backup date also confirms; a refused restore says why and leaves the dialog open', async () => {
    const { api, user, reload } = setup({
      'backup:restore': () => {
        throw new AppError('VALIDATION', '备份文件未通过检查，已拒绝恢复，当前数据没有任何改动：文件已损坏。请选择另一份备份。')
      },
    })
    await user.click(within(await rowOf('2026-03-09 10:30')).getByRole('button', { name: /的备份恢复/ }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: /下一步/ }))
    await user.type(within(dialog).getByLabelText('确认恢复'), '2026-03-09')
    await user.click(within(dialog).getByRole('button', { name: /确认恢复/ }))
    expect(await within(dialog).findByText(/已拒绝恢复，当前数据没有任何改动/)).toBeTruthy()
    expect(api.callsTo('backup:restore')).toEqual([{ file: NEWER.file, confirm: true }])
    expect(reload).not.toHaveBeenCalled()
  }, 15_000)

  it('立即备份 shows the file, size and time of the new copy', async () => {
    const made = { ...NEWER, file: `${FOLDER}/legalaid-20260309-120000-manual.sqlite`, createdAtMs: MARCH_9 + 5_400_000 }
    const { user } = setup({ 'backup:run': () => ({ backup: made, skippedReason: null, deleted: [OLDER.file], tookMs: 1500 }) })
    await user.click(await screen.findByRole('button', { name: /立即备份/ }))
    const result = await screen.findByTestId('backup-result')
    expect(within(result).getByText(made.file)).toBeTruthy()
    expect(within(result).getByText('3.3 MB')).toBeTruthy()
    expect(within(result).getByText('2026-03-09 12:00（用时 1.5 秒）')).toBeTruthy()
    expect(within(result).getByText(/删除了 1 份较早的备份/)).toBeTruthy()
  }, 15_000)

  it('settings: checked with the shared schema before saving; an empty folder means the default', async () => {
    const { api, user } = setup()
    const daily = await screen.findByLabelText('保留每日备份')
    await user.clear(daily)
    await user.type(daily, '0')
    await user.click(screen.getByRole('button', { name: /保存备份设置/ }))
    expect(await screen.findAllByText('至少保留1份每日备份')).not.toHaveLength(0)
    expect(api.callsTo('backup:settings-save')).toEqual([])

    await user.clear(daily)
    await user.type(daily, '14')
    await user.clear(screen.getByLabelText('备份文件夹'))
    await user.click(screen.getByRole('button', { name: /保存备份设置/ }))
    await waitFor(() => expect(api.callsTo('backup:settings-save')).toEqual([{ folder: null, keepDaily: 14, keepMonthly: 12, onExit: true, daily: true }]))
  }, 15_000)

  it('settings: a relative folder is refused on the field in Chinese', async () => {
    const { api, user } = setup()
    const folder = await screen.findByLabelText('备份文件夹')
    await user.clear(folder)
    await user.type(folder, '法援备份')
    await user.click(screen.getByRole('button', { name: /保存备份设置/ }))
    expect(await screen.findAllByText(/备份文件夹应为完整路径/)).not.toHaveLength(0)
    expect(api.callsTo('backup:settings-save')).toEqual([])
  }, 15_000)
})
