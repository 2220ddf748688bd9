/** Plain data returned by the workflow, review, policy-settings, roster, assignment and deadlines channels. */
import type { Page } from '../ipc/page'
import type { StepChannel } from './transitions'

export interface TransitionResult {
  caseId: string
  transitionId: string
  action: string
  from: string
  to: string
  on: string
}

export interface TransitionDto {
  id: string
  seq: number
  action: string
  actionLabel: string
  from: string
  fromLabel: string
  to: string
  toLabel: string
  on: string
  reason: string | null
  payload: Record<string, unknown>
  actor: string
  atMs: number
}

export interface CaseDeadlineDto {
  kind: string
  label: string
  dueOn: string | null
  status: string
  basis: string
  pausedDays: number
  completedOn: string | null
  responsible: string
}

export interface WorkflowState {
  caseId: string
  caseNumber: string
  status: string
  statusLabel: string
  channel: string
  acceptFirst: boolean
  owedPapersOutstanding: string[]
  transitions: TransitionDto[]
  deadlines: CaseDeadlineDto[]
  /** Actions open now, each with the one channel that takes it. */
  actions: { action: string; label: string; via: StepChannel; roles: string[] }[]
}

export interface DeadlineBoardItem {
  caseId: string
  caseNumber: string
  applicantName: string
  caseStatus: string
  caseStatusLabel: string
  channel: string
  kind: string
  label: string
  dueOn: string
  /** Negative when overdue. */
  daysLeft: number
  basis: string
  responsible: string
  startsFrom: string
  pausedDays: number
}

export interface DeadlineBoard {
  today: string
  weekEnd: string
  responsible: string | null
  counts: { overdue: number; today: number; thisWeek: number; paused: number }
  byResponsible: { responsible: string; overdue: number; today: number; thisWeek: number }[]
  overdue: DeadlineBoardItem[]
  dueToday: DeadlineBoardItem[]
  dueThisWeek: DeadlineBoardItem[]
  /** Cases still waiting for their deadlines to be planned (normally 0). */
  pendingBacklog: number
  tookMs: number
}

export interface ReviewAssessment {
  outcome: string
  outcomeLabel: string
  provisional: boolean
  /** The decision the engine's outcome points to; null = neither (a reason is needed either way). */
  expectedDecision: 'grant' | 'refuse' | null
  criteria: { criterion: string; result: string; text: string; basis: string[] }[]
  needsMoreInfo: { field: string; reason: string }[]
  lawyerMinYears: number | null
  lawyerRequirements: { code: string; label: string }[]
  decideBy: string | null
  explanation: { heading: string; summary: string; lines: string[]; basis: string[] }
  warnings: string[]
}

export interface ReviewEvidence {
  basis: 'income-proof' | 'certificates' | 'commitment'
  householdMonthlyIncomeFen?: number
  householdSize?: number
  certificates: string[]
  commitment?: { signedOn: string; signedBy: string }
  noFixedIncome?: boolean
  workInjury?: boolean
  simpleClearCase?: boolean
  note?: string
}

export interface ReviewDto {
  caseId: string
  caseNumber: string
  status: string
  channel: string
  applicantName: string
  evidence: ReviewEvidence | null
  opinion: 'grant' | 'refuse' | null
  opinionText: string | null
  reviewer: string | null
  assessment: ReviewAssessment | null
  assessedAtMs: number | null
  /** The engine's refusal when the review was saved (e.g. NOT_CONFIGURED with the setting to enter). */
  engineError: { code: string; message: string; setting: string | null; settingLabel: string | null } | null
  decision: 'grant' | 'refuse' | null
  decidedOn: string | null
  approvedBy: string | null
  overrideReason: string | null
  refusalReasons: string | null
  updatedBy: string | null
  updatedAtMs: number | null
}

export interface PolicySettingDto {
  id: string
  key: string
  label: string
  region: string
  value: unknown
  source: string
  effectiveFrom: string
  note: string | null
  enteredBy: string
  enteredAtMs: number
}

export interface PolicySettingKeyInfo {
  key: string
  label: string
  /** Present when the system has a default for the key (shown as a default, never as a figure from a text). */
  defaultValue?: unknown
  defaultNote?: string
}

export interface PolicySettingList {
  entries: PolicySettingDto[]
  keys: PolicySettingKeyInfo[]
}

export interface FirmDto {
  id: string
  name: string
  kind: string
  kindLabel: string
  licenceNo: string | null
  address: string | null
  contactName: string | null
  contactPhone: string | null
  active: boolean
  lawyerCount: number
}

export interface LawyerDto {
  id: string
  name: string
  kind: string
  kindLabel: string
  firmId: string | null
  firmName: string | null
  licenceNo: string | null
  practiceStart: string | null
  specialties: string[]
  languages: string[]
  maxOpenCases: number
  openCases: number
  minorsSuited: boolean
  active: boolean
  phone: string | null
  knownParties: string[]
  note: string | null
  lastAssignedAtMs: number | null
}

export type LawyerPage = Page<LawyerDto>

export interface LawyerImportResult {
  rows: number
  created: number
  updated: number
  firmsCreated: number
}

export interface LawyerExportResult {
  filePath: string | null
  fileName: string
  rows: number
  contentBase64: string
}

export interface AssignmentDto {
  id: string
  lawyerId: string
  lawyerName: string
  firmName: string | null
  assignedOn: string
  assignedBy: string
  assignedAtMs: number
  suggestionRank: number | null
  overrideReason: string | null
  applicantChoice: boolean
  endedOn: string | null
  endKind: string | null
  endReason: string | null
}

export interface SuggestionDto {
  rank: number
  lawyerId: string
  name: string
  kind: string
  firmName: string | null
  score: number
  yearsOfPractice: number | null
  openCases: number
  maxOpenCases: number
  reasons: { text: string; points: number }[]
}

export interface AssignmentSuggestions {
  caseId: string
  caseNumber: string
  status: string
  needs: {
    lawyerMinYears: number | null
    minorSpecialist: boolean
    criminalDefence: boolean
    language: string | null
    languageLabel: string | null
    basis: string[]
  }
  suggestions: SuggestionDto[]
  eligibleTotal: number
  blocked: { lawyerId: string; name: string; firmName: string | null; reasons: string[] }[]
  blockedTotal: number
  current: AssignmentDto | null
  history: AssignmentDto[]
  tookMs: number
}

export interface AssignmentResult {
  transition: TransitionResult
  assignment: AssignmentDto
}
