/**
 * Backups and the audit check: IPC inputs and the stored backup settings. Messages are Chinese
 * and say what to fix. Paths cross IPC as strings and are checked here for shape only (absolute,
 * capped, no control characters); whether the file exists is the service's business.
 */
import { z } from 'zod'
import { absolutePath, strict } from '../fields'

export const BACKUP_LIMITS = { keepDailyMax: 365, keepMonthlyMax: 120 } as const

/** What the admin sets; stored as the `backup` setting row. */
export const BackupSettingsInput = strict({
  /** Backup folder (e.g. a USB drive); null = `<data folder>/backups`. */
  folder: absolutePath('备份文件夹').nullable(),
  keepDaily: z
    .number({ error: '保留的每日备份份数应为数字' })
    .int('保留的每日备份份数应为整数')
    .min(1, '至少保留1份每日备份')
    .max(BACKUP_LIMITS.keepDailyMax, `每日备份最多保留${BACKUP_LIMITS.keepDailyMax}份`),
  keepMonthly: z
    .number({ error: '保留的每月备份份数应为数字' })
    .int('保留的每月备份份数应为整数')
    .min(0, '每月备份份数不能为负数')
    .max(BACKUP_LIMITS.keepMonthlyMax, `每月备份最多保留${BACKUP_LIMITS.keepMonthlyMax}份`),
  /** Back up when the application closes. */
  onExit: z.boolean({ error: '「退出时备份」应为是或否' }),
  /** Back up once a day (at the first check of the day while the application runs). */
  daily: z.boolean({ error: '「每日备份」应为是或否' }),
})
export type BackupSettingsInputIn = z.input<typeof BackupSettingsInput>
export type BackupSettingsValue = z.output<typeof BackupSettingsInput>

export const DEFAULT_BACKUP_SETTINGS: BackupSettingsValue = { folder: null, keepDaily: 7, keepMonthly: 12, onExit: true, daily: true }

export const BackupRunInput = strict({})

export const BackupListInput = strict({
  /** Another folder to look in (e.g. a USB drive that is not the configured folder). */
  folder: absolutePath('备份文件夹').optional(),
})

export const BackupVerifyInput = strict({
  /** One file; without it every backup in the configured folder is checked. */
  file: absolutePath('备份文件').optional(),
})

export const BackupRestoreInput = strict({
  file: absolutePath('备份文件'),
  confirm: z.literal(true, { error: '恢复会用备份替换当前全部数据，请先确认（confirm: true）' }),
})

export const AuditVerifyInput = strict({})
