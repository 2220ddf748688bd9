/** Plain data returned by the handling, quality, subsidy, finance and duty channels. Money is integer fen; dates YYYY-MM-DD. */
import type { ChecklistItemDef, ChecklistEntry } from './closing'
import type { DutyDayLine } from './duty'
import type { Rubric } from './quality'

export interface HandlingEventDto {
  id: string
  kind: string
  kindLabel: string
  on: string
  summary: string
  lawyerId: string | null
  recordedBy: string
  recordedAtMs: number
}

export interface ClosingDto {
  outcome: string
  outcomeLabel: string
  outcomeNote: string | null
  concludedOn: string
  materialsSubmittedOn: string | null
  closedOn: string | null
  closedBy: string | null
  archiveNumber: string | null
  archivedOn: string | null
  archivedBy: string | null
  archiveLocation: string | null
  checklist: (ChecklistItemDef & { done: boolean; note: string | null })[]
  missingRequired: string[]
}

export interface HandlingState {
  caseId: string
  caseNumber: string
  status: string
  statusLabel: string
  caseType: string
  lawyer: { id: string; name: string; firmName: string | null } | null
  events: HandlingEventDto[]
  closing: ClosingDto | null
  /** The closing-materials deadline from the workflow's case_deadline, if planned. */
  closingDeadline: { dueOn: string | null; status: string; basis: string; overdue: boolean } | null
  /** The default checklist for an outcome not yet recorded, to show before 办结. */
  checklistPreview: Record<string, ChecklistItemDef[]>
}

export interface QualityReviewDto {
  id: string
  caseId: string
  lawyerId: string | null
  reviewedOn: string
  reviewer: string
  score: number
  grade: string
  gradeLabel: string
  lines: { code: string; label: string; maxPoints: number; points: number }[]
  rubricIsDefault: boolean
  courtAttendance: string | null
  judicialOpinion: string | null
  peerReview: string | null
  comments: string | null
  current: boolean
  recordedAtMs: number
}

export interface FollowUpDto {
  id: string
  visitedOn: string
  channel: string
  channelLabel: string
  satisfaction: string
  satisfactionLabel: string
  notes: string | null
  visitor: string
}

export interface ComplaintDto {
  id: string
  caseId: string
  caseNumber: string
  lawyerId: string | null
  lawyerName: string | null
  receivedOn: string
  channel: string
  channelLabel: string
  complainantRole: string
  complainantRoleLabel: string
  content: string
  status: string
  statusLabel: string
  investigation: string | null
  outcome: string | null
  outcomeLabel: string | null
  outcomeNote: string | null
  actionTaken: string | null
  concludedOn: string | null
  reply: string | null
  repliedOn: string | null
  handledBy: string | null
}

export interface QualityState {
  caseId: string
  rubric: Rubric
  current: QualityReviewDto | null
  history: QualityReviewDto[]
  followUps: FollowUpDto[]
  complaints: ComplaintDto[]
}

export type { Rubric, ChecklistEntry }

// ---- subsidy ----

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

export interface FinanceOverview {
  year: number
  budget: { amountFen: number; source: string; note: string | null } | null
  committedFen: number
  paidFen: number
  /** Budget − committed; null without a budget. */
  remainingFen: number | null
  byMonth: { month: string; committedFen: number; paidFen: number }[]
  byLawyer: { lawyerId: string; lawyerName: string; firmName: string | null; committedFen: number; paidFen: number; entries: number }[]
}

export interface DisclosureRow {
  seq: number
  caseNumber: string | null
  subsidyKindLabel: string
  lawyerName: string
  firmName: string | null
  paidOn: string
  amountFen: number
  note: string
}

export interface DisclosureList {
  period: string
  rows: DisclosureRow[]
  totalFen: number
  excel: ExcelFile
}

// ---- duty ----

export interface DutyPostDto {
  id: string
  name: string
  kind: string
  kindLabel: string
  address: string | null
  active: boolean
}

export interface DutyServiceDto {
  id: string
  kind: string
  kindLabel: string
  count: number
  note: string | null
  recordedBy: string
}

export interface DutyShiftDto {
  id: string
  postId: string
  postName: string
  lawyerId: string
  lawyerName: string
  shiftDate: string
  status: string
  statusLabel: string
  note: string | null
  services: DutyServiceDto[]
}

export interface DutyStatementDto {
  period: string
  lawyerId: string
  lawyerName: string
  firmName: string | null
  calendarWorkingDays: number
  calendarHolidays: number
  makeupWorkdays: number
  servedDays: DutyDayLine[]
  countedDays: number
  restDaysServed: number
  services: { kind: string; kindLabel: string; count: number }[]
  /** The engine's amount, or null with the reason (NOT_CONFIGURED names the setting). */
  amount: { unitFen: number; totalFen: number; steps: string[]; warnings: string[] } | null
  amountError: { code: string; message: string; setting?: string } | null
  claimId: string | null
  claimStatus: string | null
}
