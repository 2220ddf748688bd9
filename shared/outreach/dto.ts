/** Plain data returned by the outreach package channels. */

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
