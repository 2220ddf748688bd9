/** Plain data returned by the subsidy and payment-batch channels. Money is integer fen. */

export interface SubsidyExtraDto {
  id: string
  caseId: string
  reason: string
  reasonLabel: string
  amountFen: number
  note: string
  requestedOn: string
  requestedBy: string
  decision: 'pending' | 'approved' | 'refused'
  decidedBy: string | null
  decidedOn: string | null
  decidedAtMs: number | null
  decisionNote: string | null
}

export interface SubsidyEntryDto {
  id: string
  seq: number
  claimId: string
  kind: string
  kindLabel: string
  amountFen: number
  refersTo: string | null
  reason: string | null
  status: string
  statusLabel: string
  approvedBy: string
  approvedOn: string
  batchId: string | null
  batchNo: string | null
  paidOn: string | null
  paidBy: string | null
  voucherDocId: string | null
  voucherNumber: string | null
}

export interface SubsidyClaimDto {
  id: string
  source: 'case' | 'duty'
  caseId: string | null
  caseNumber: string | null
  dutyPeriod: string | null
  lawyerId: string
  lawyerName: string
  firmName: string | null
  kind: string
  kindLabel: string
  standardOn: string
  qualityGrade: string | null
  qualityGradeLabel: string | null
  stagesCovered: number | null
  stagesTotal: number | null
  dutyDays: number | null
  baseFen: number
  extrasFen: number
  totalFen: number
  pendingExtras: number
  status: string
  statusLabel: string
  steps: string[]
  warnings: string[]
  /** The policy profile the standard was taken from, and the clauses the amount rests on. */
  profileName: string | null
  basis: { doc: string; clause: string; unverified?: boolean }[]
  computedBy: string
  approvedBy: string | null
  approvedAtMs: number | null
  /** Σ paid entries (reversals included). */
  paidFen: number
  entries: SubsidyEntryDto[]
}

export interface SubsidyState {
  caseId: string
  caseNumber: string
  status: string
  lawyer: { id: string; name: string; firmName: string | null } | null
  qualityGrade: string | null
  suggestedKind: string | null
  extras: SubsidyExtraDto[]
  claims: SubsidyClaimDto[]
}

export interface BatchRowDto {
  entryId: string
  claimId: string
  kind: string
  kindLabel: string
  caseNumber: string | null
  dutyPeriod: string | null
  lawyerName: string
  firmName: string | null
  subsidyKindLabel: string
  qualityGradeLabel: string | null
  amountFen: number
  voucherNumber: string | null
  voucherDocId: string | null
  note: string
}

export interface BatchDto {
  id: string
  period: string
  batchNo: string
  status: string
  statusLabel: string
  entryCount: number
  totalFen: number
  createdBy: string
  approvedBy: string | null
  paidOn: string | null
  paidBy: string | null
  paymentListDocId: string | null
  vouchersIssued: number
  vouchersNeeded: number
}

export interface BatchDetail extends BatchDto {
  rows: BatchRowDto[]
}

export interface VoucherJobStatus {
  jobId: string
  batchId: string
  state: 'running' | 'done' | 'failed'
  done: number
  total: number
  voucherDocIds: string[]
  error: string | null
  tookMs: number
}

export interface ExcelFile {
  fileName: string
  filePath: string | null
  rows: number
  totalFen: number
  contentBase64: string
}
