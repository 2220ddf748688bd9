/** Plain data shapes returned over IPC: strings, numbers, booleans, arrays and objects only. */

import type { RegionCode } from '../codes'

export type Region = RegionCode

export interface AppInfo {
  appName: string
  version: string
  mode: 'electron' | 'web'
  dbPath: string
  dataDir: string
  backupsDir: string
  schemaVersion: string
}

export interface CenterSettings {
  centerName: string
  region: Region
  docPrefix: string
  address: string
  phone: string
  updatedAtMs: number
}

export interface MatterOption {
  code: string
  name: string
  caseTypes: string[]
  noHardshipTest: boolean
}

export interface MatterList {
  region: Region
  profileId: string
  effectiveFrom: string
  source: string
  matters: MatterOption[]
}

export interface ConsultationDto {
  id: string
  channel: string
  consultedOn: string
  name: string | null
  phone: string | null
  topic: string
  summary: string
  adviceGiven: string
  matter: string | null
  referToApplication: boolean
  referredCaseId: string | null
  createdBy: string
  createdAtMs: number
}

export type { Page } from './page'

export interface CaseListRow {
  id: string
  caseNumber: string
  status: string
  receivedOn: string
  applicantName: string
  idNumberMasked: string
  phone: string
  caseType: string
  matter: string
  opposingParty: string | null
  channel: string
  urgent: boolean
  acceptFirst: boolean
}

export interface CaseEvent {
  seq: number
  atMs: number
  actor: string
  action: string
}

export interface CaseFileSection {
  key: string
  title: string
  /** False for sections whose features are not built yet; the case file shows them, marked as such. */
  built: boolean
  note?: string
}

export interface CaseFile {
  id: string
  caseNumber: string
  status: string
  region: string
  receivedOn: string
  channel: string
  notice: { organKind: string; organName: string; noticeNumber: string; noticeDate: string } | null
  urgent: boolean
  acceptFirst: boolean
  owedPapers: string[]
  caseType: string
  matter: string
  matterName: string | null
  criminalRole: string | null
  criminalStage: string | null
  cause: string
  handlingOrgan: string | null
  opposingParty: string | null
  facts: string
  applicant: {
    name: string
    gender: string
    ethnicity: string
    idType: string
    idNumber: string
    birthDate: string | null
    phone: string
    address: string
    residence: string
    specialGroups: string[]
  }
  agent: { name: string; relation: string; idType?: string | null; idNumber?: string | null; phone: string } | null
  consultationId: string | null
  createdBy: string
  createdAtMs: number
  updatedAtMs: number
  sections: CaseFileSection[]
  events: CaseEvent[]
}

export interface CreatedApplication {
  id: string
  caseNumber: string
}

export interface OpenWindowResult {
  /** In browser mode the renderer opens this URL in a new tab itself. */
  opened: boolean
  url: string
}

export interface UserDto {
  id: string
  username: string
  displayName: string
  roles: ('clerk' | 'reviewer' | 'director' | 'finance' | 'admin')[]
  active: boolean
  mustChangePassword: boolean
  /** Locked after repeated wrong passwords (until the lockout ends or an admin resets it). */
  locked: boolean
}

export interface AuthStatus {
  /** No user exists yet: the first-run screen creates the administrator. */
  needsSetup: boolean
  user: UserDto | null
  reason: 'login-required' | 'idle-locked' | null
}

// ---------------------------------------------------------------------------------------
// Data safety: backups, the audit chain check, outreach intake packages

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

export interface OutreachExportResult {
  file: string
  packageId: string
  applications: number
  consultations: number
  /** Always 0: scanned attachments are not carried by package format 1. */
  attachments: number
  bytes: number
  tookMs: number
}

export type OutreachItemStatus = 'new' | 'already-imported' | 'probable-duplicate' | 'conflict'

export interface OutreachPreviewItem {
  kind: 'application' | 'consultation'
  id: string
  status: OutreachItemStatus
  /** Applicant name or consultation topic. */
  label: string
  /** Receipt or consultation date. */
  date: string
  matter: string | null
  provisionalCaseNumber: string | null
  /** Why it is a duplicate or a conflict (Chinese). */
  reason: string | null
  /** The center's record this one probably duplicates. */
  duplicateOf: { id: string; caseNumber: string } | null
  warnings: string[]
}

export interface OutreachPreview {
  packageId: string
  deviceId: string
  exportedAtMs: number
  exportedBy: string
  centerName: string | null
  region: string | null
  attachments: number
  warnings: string[]
  counts: { new: number; alreadyImported: number; probableDuplicates: number; conflicts: number }
  items: OutreachPreviewItem[]
}

export interface OutreachImportResult {
  packageId: string
  created: {
    applications: { id: string; caseNumber: string; provisionalCaseNumber: string }[]
    consultations: string[]
  }
  skipped: { id: string; reason: string }[]
  alreadyImported: number
  tookMs: number
}

export type { IssuedDocumentDto, IssueDocumentResult, ReprintResult, DocumentBytes, BatchJobStatus, GlyphCheckResult } from '../schemas/documents'

export type * from '../workflow/dto'
export type { StatsSummary, StatsFile, StatsReportPdf, BreakdownRow, MonthRow, CountRow, DeadlineRow, LawyerWorkloadRow, SubsidyFigures } from '../schemas/statistics'
export type * from '../handling/dto'
