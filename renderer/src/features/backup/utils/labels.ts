/** Chinese wording for the data-safety codes, and sizes in units a clerk reads. */
import type { AuditBreakDto, BackupCheck, BackupKind } from '../../../../../shared/backup/dto'

export const BACKUP_KIND_LABEL: Record<BackupKind, string> = {
  daily: '每日自动',
  exit: '退出时',
  manual: '手动',
  'pre-restore': '恢复前自动',
  'pre-migration': '升级前自动',
  other: '其他',
}

export const AUDIT_BREAK_LABEL: Record<AuditBreakDto['kind'], string> = {
  edited: '被修改',
  deleted: '被删除',
  reordered: '顺序被调换',
  unhashed: '未经系统写入',
}

export const CHECKSUM_LABEL: Record<BackupCheck['checksum'], string> = {
  match: '校验值一致',
  mismatch: '校验值不符',
  absent: '无校验值记录',
}

export const INTEGRITY_LABEL: Record<BackupCheck['integrity'], string> = {
  ok: '数据库完整',
  failed: '数据库已损坏',
  'not-run': '未能检查',
}

/** 1536 → '1.5 KB'; binary units, one decimal below 100. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—'
  if (bytes < 1024) return `${bytes} 字节`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value < 100 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}

/** 40 → '不到 0.1 秒', 1500 → '1.5 秒', 65_000 → '1 分 5 秒'. */
export function formatDuration(ms: number): string {
  if (ms < 100) return '不到 0.1 秒'
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} 秒`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)} 分 ${s % 60} 秒`
}
