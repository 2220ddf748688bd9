/**
 * Backups and the audit check: IPC inputs and the stored backup settings. Messages are Chinese
 * and say what to fix. Paths cross IPC as strings and are checked here for shape only (absolute,
 * capped, no control characters); whether the file exists is the service's business.
 */
import { z } from 'zod'

export const PATH_MAX = 1024

/** z.strictObject with a Chinese message for unknown keys. */
export function strictInput<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `包含不允许的字段：${iss.keys.join('、')}`
        : iss.code === 'invalid_type'
          ? '数据格式不正确，应为对象'
          : undefined,
  })
}

/** POSIX `/…`, Windows `C:\…` or `C:/…`, or a UNC share `\\server\share\…`. */
export function isAbsolutePathText(value: string): boolean {
  return value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || /^\\\\[^\\/]+[\\/][^\\/]+/.test(value)
}

/** An absolute file or folder path as typed or picked in a dialog. */
export function absolutePath(label: string) {
  return z
    .string({ error: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(PATH_MAX, `${label}路径过长（不能超过${PATH_MAX}个字符），请选择路径较短的位置`)
    .refine((v) => ![...v].some((ch) => ch.charCodeAt(0) < 0x20), `${label}路径包含无效字符`)
    .refine(isAbsolutePathText, `${label}应为完整路径（如 D:\\法援备份 或 /media/usb/法援备份），请通过「浏览」选择`)
}

export const BACKUP_LIMITS = { keepDailyMax: 365, keepMonthlyMax: 120 } as const

/** What the admin sets; stored as the `backup` setting row. */
export const BackupSettingsInput = strictInput({
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

export const BackupRunInput = strictInput({})

export const BackupListInput = strictInput({
  /** Another folder to look in (e.g. a USB drive that is not the configured folder). */
  folder: absolutePath('备份文件夹').optional(),
})

export const BackupVerifyInput = strictInput({
  /** One file; without it every backup in the configured folder is checked. */
  file: absolutePath('备份文件').optional(),
})

export const BackupRestoreInput = strictInput({
  file: absolutePath('备份文件'),
  confirm: z.literal(true, { error: '恢复会用备份替换当前全部数据，请先确认（confirm: true）' }),
})

export const AuditVerifyInput = strictInput({})
