/** Plain data returned by the backup, restore and audit-chain channels. */

export type BackupKind = 'daily' | 'exit' | 'manual' | 'pre-restore' | 'pre-migration' | 'other'

export interface BackupSettings {
  /** Chosen folder, or null for the default. */
  folder: string | null
  /** The folder actually used. */
  effectiveFolder: string
  keepDaily: number
  keepMonthly: number
  onExit: boolean
  daily: boolean
  updatedAtMs: number | null
}

export interface BackupCounts {
  cases: number
  consultations: number
  auditEntries: number
}

export interface BackupInfo {
  file: string
  name: string
  kind: BackupKind
  createdAtMs: number
  sizeBytes: number
  /** From the manifest written next to the copy; null for a copy made by hand. */
  sha256: string | null
  schemaVersion: string | null
  appVersion: string | null
  counts: BackupCounts | null
  auditHead: { seq: number; hash: string | null } | null
}

export interface BackupRunResult {
  backup: BackupInfo | null
  /** Set when nothing was copied (exit backup with no change since the newest copy). */
  skippedReason: string | null
  /** Older copies removed by rotation. */
  deleted: string[]
  tookMs: number
}

export interface BackupList {
  folder: string
  backups: BackupInfo[]
}

export interface BackupCheck {
  file: string
  ok: boolean
  /** Chinese, one line each. */
  problems: string[]
  checksum: 'match' | 'mismatch' | 'absent'
  integrity: 'ok' | 'failed' | 'not-run'
  schemaVersion: string | null
  counts: BackupCounts | null
  tookMs: number
}

export interface BackupVerifyResult {
  allOk: boolean
  checks: BackupCheck[]
}

export interface RestoreResult {
  restoredFrom: string
  /** The copy of the database as it was just before the restore. */
  safetyBackup: string
  schemaVersion: string
  /** Migrations applied because the backup came from an older version. */
  migrated: string[]
  counts: BackupCounts
  tookMs: number
}

export interface AuditBreakDto {
  seq: number
  kind: 'edited' | 'deleted' | 'reordered' | 'unhashed'
  message: string
}

export interface AuditVerifyResult {
  ok: boolean
  checked: number
  head: { seq: number; hash: string | null } | null
  breaks: AuditBreakDto[]
  breaksTruncated: boolean
  /** Chain heads recorded in backup manifests, compared with the live log. */
  anchors: { checked: number; mismatches: { file: string; seq: number; message: string }[] }
  tookMs: number
}
