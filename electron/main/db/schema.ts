import type { Generated } from 'kysely'
import type { RegionCode } from '../../../shared/codes'
import type { LocalDate } from '../../../shared/domain/dates'
import type { CaseStatus, CaseType, CriminalRole, CriminalStage, IntakeChannel, Residence } from '../../../shared/domain/enums'

/**
 * Row types as stored. Dates are typed LocalDate and the case's codes by their enums, so reads need
 * no casts; every write goes through a zod schema or the service's own typed values.
 */

export interface SchemaMigrationTable {
  name: string
  applied_at_ms: number
  app_version: string
}

export interface SettingTable {
  key: string
  value_json: string
  updated_at_ms: number
}

export interface CaseCounterTable {
  year: number
  last_seq: number
}

export interface LegalCaseTable {
  rowid: Generated<number>
  id: string
  case_number: string
  case_year: number
  case_seq: number
  status: CaseStatus
  region: RegionCode
  received_on: LocalDate
  channel: IntakeChannel
  notice_json: string | null
  urgent: number
  accept_first: number
  owed_papers_json: string | null
  case_type: CaseType
  matter: string
  criminal_role: CriminalRole | null
  criminal_stage: CriminalStage | null
  cause: string
  handling_organ: string | null
  opposing_party: string | null
  facts: string
  applicant_name: string
  applicant_pinyin: string
  applicant_initials: string
  applicant_gender: string
  applicant_ethnicity: string
  applicant_id_type: string
  applicant_id_number: string
  applicant_birth_date: LocalDate | null
  applicant_phone: string
  applicant_address: string
  applicant_residence: Residence
  applicant_groups_json: string
  agent_json: string | null
  /** Facts the policy engine reads: disability, possible sentence, circumstances… */
  policy_facts_json: string
  consultation_id: string | null
  origin: string
  created_by: string
  created_at_ms: number
  updated_at_ms: number
}

export interface ConsultationTable {
  id: string
  channel: string
  consulted_on: LocalDate
  name: string | null
  phone: string | null
  topic: string
  summary: string
  advice_given: string
  matter: string | null
  refer_to_application: number
  referred_case_id: string | null
  origin: string
  created_by: string
  created_at_ms: number
}

export interface AuditLogTable {
  seq: Generated<number>
  at_ms: number
  actor: string
  action: string
  entity: string
  entity_id: string
  before_json: string | null
  after_json: string | null
  /** Hash chain (migration 0020): the previous entry's hash, and SHA-256 over this entry + prev_hash. */
  prev_hash: string | null
  hash: string | null
}

export interface AppUserTable {
  id: string
  username: string
  display_name: string
  roles_json: string
  password_hash: string
  failed_attempts: number
  locked_until_ms: number | null
  active: number
  must_change_password: number
  created_at_ms: number
  updated_at_ms: number
}

/** Migration 0030: one gap-free number series per document type and year. */
export interface DocCounterTable {
  doc_type: string
  year: number
  last_seq: number
}

/** Migration 0030: every issued document (文书), never deleted; voiding fills the voided_* columns. */
export interface IssuedDocumentTable {
  id: string
  case_id: string | null
  doc_type: string
  year: number
  seq: number
  doc_number: string
  title: string
  issued_on: LocalDate
  view_model_json: string
  file_path: string
  sha256: string
  bytes: number
  pages: number
  pitch_scale: number
  missing_glyphs_json: string
  issued_by: string
  issued_at_ms: number
  origin: string
  voided_at_ms: number | null
  voided_by: string | null
  void_reason: string | null
}

// ---- workflow, review, policy settings, roster, assignment (migration 0040) ----

export interface CaseTransitionTable {
  seq: Generated<number>
  id: string
  case_id: string
  action: string
  from_status: string
  to_status: string
  on_date: LocalDate
  reason: string | null
  payload_json: string
  actor: string
  at_ms: number
  origin: string
}

export interface CaseDeadlineTable {
  case_id: string
  kind: string
  due_on: LocalDate | null
  starts_from: LocalDate
  basis: string
  status: string
  paused_days: number
  completed_on: LocalDate | null
  responsible: string
  updated_at_ms: number
}

export interface WorkflowPendingTable {
  case_id: string
}

export interface CaseReviewTable {
  case_id: string
  evidence_json: string
  opinion: string
  opinion_text: string
  reviewer: string
  engine_outcome: string | null
  engine_provisional: number | null
  engine_result_json: string | null
  engine_error_json: string | null
  settings_used_json: string | null
  assessed_at_ms: number | null
  decision: string | null
  decided_on: LocalDate | null
  approved_by: string | null
  override_reason: string | null
  refusal_reasons: string | null
  updated_by: string
  updated_at_ms: number
}

export interface PolicySettingTable {
  id: string
  key: string
  region: string
  value_json: string
  source: string
  effective_from: LocalDate
  note: string | null
  entered_by: string
  entered_at_ms: number
  superseded_at_ms: number | null
  superseded_by: string | null
}

export interface FirmTable {
  id: string
  name: string
  name_norm: string
  kind: string
  licence_no: string | null
  address: string | null
  contact_name: string | null
  contact_phone: string | null
  active: number
  origin: string
  created_by: string
  created_at_ms: number
  updated_at_ms: number
}

export interface LawyerTable {
  id: string
  name: string
  kind: string
  firm_id: string | null
  licence_no: string | null
  practice_start: string | null
  specialties_json: string
  languages_json: string
  max_open_cases: number
  open_cases: Generated<number>
  minors_suited: number
  active: number
  phone: string | null
  known_parties_json: string
  note: string | null
  last_assigned_at_ms: number | null
  origin: string
  created_by: string
  created_at_ms: number
  updated_at_ms: number
}

export interface CaseAssignmentTable {
  id: string
  case_id: string
  lawyer_id: string
  lawyer_name: string
  firm_id: string | null
  firm_name: string | null
  assigned_on: LocalDate
  assigned_by: string
  assigned_at_ms: number
  suggestion_rank: number | null
  override_reason: string | null
  applicant_choice: number
  ended_at_ms: number | null
  ended_on: LocalDate | null
  end_kind: string | null
  end_reason: string | null
  replaced_by: string | null
}

export interface LawyerPartyRelationTable {
  id: Generated<number>
  lawyer_id: string
  case_id: string | null
  party_name: string
  party_norm: string
  role: string
  source: string
  created_at_ms: number
}

// ---- handling, closing, quality, follow-up, complaints, subsidy, duty (migration 0060) ----

export interface CaseHandlingEventTable {
  id: string
  case_id: string
  kind: string
  on_date: LocalDate
  summary: string
  lawyer_id: string | null
  recorded_by: string
  recorded_at_ms: number
  origin: string
}

export interface CaseClosingTable {
  case_id: string
  outcome: string
  outcome_note: string | null
  concluded_on: LocalDate
  lawyer_id: string | null
  checklist_json: string
  materials_submitted_on: LocalDate | null
  closed_on: LocalDate | null
  closed_by: string | null
  archive_year: number | null
  archive_seq: number | null
  archive_number: string | null
  archived_on: LocalDate | null
  archived_by: string | null
  archive_location: string | null
  recorded_by: string
  updated_at_ms: number
}

export interface ArchiveCounterTable {
  year: number
  last_seq: number
}

export interface QualityRubricTable {
  id: string
  items_json: string
  thresholds_json: string
  source: string
  effective_from: LocalDate
  entered_by: string
  entered_at_ms: number
  superseded_at_ms: number | null
  superseded_by: string | null
}

export interface QualityReviewTable {
  id: string
  case_id: string
  lawyer_id: string | null
  reviewed_on: LocalDate
  reviewer: string
  rubric_id: string | null
  rubric_json: string
  scores_json: string
  score: number
  grade: string
  court_attendance: string | null
  judicial_opinion: string | null
  peer_review: string | null
  comments: string | null
  recorded_at_ms: number
  superseded_at_ms: number | null
  superseded_by: string | null
}

export interface FollowUpVisitTable {
  id: string
  case_id: string
  visited_on: LocalDate
  channel: string
  satisfaction: string
  notes: string | null
  visitor: string
  recorded_at_ms: number
  origin: string
}

export interface ComplaintTable {
  id: string
  case_id: string
  lawyer_id: string | null
  received_on: LocalDate
  channel: string
  complainant_role: string
  content: string
  status: string
  investigation: string | null
  outcome: string | null
  outcome_note: string | null
  action_taken: string | null
  concluded_on: LocalDate | null
  reply: string | null
  replied_on: LocalDate | null
  handled_by: string | null
  created_by: string
  created_at_ms: number
  updated_at_ms: number
}

export interface DutyPostTable {
  id: string
  name: string
  kind: string
  address: string | null
  active: number
  created_by: string
  created_at_ms: number
  updated_at_ms: number
}

export interface DutyShiftTable {
  id: string
  post_id: string
  lawyer_id: string
  lawyer_name: string
  shift_date: LocalDate
  status: string
  note: string | null
  created_by: string
  created_at_ms: number
  updated_by: string
  updated_at_ms: number
}

export interface DutyServiceTable {
  id: string
  shift_id: string
  kind: string
  count: number
  note: string | null
  recorded_by: string
  recorded_at_ms: number
}

export interface SubsidyClaimTable {
  id: string
  source: string
  case_id: string | null
  duty_period: string | null
  lawyer_id: string
  lawyer_name: string
  firm_id: string | null
  firm_name: string | null
  region: string
  kind: string
  standard_on: LocalDate
  quality_grade: string | null
  quality_review_id: string | null
  stages_covered: number | null
  stages_total: number | null
  duty_days: number | null
  detail_json: string
  engine_result_json: string
  base_fen: number
  extras_fen: number
  total_fen: number
  pending_extras: number
  status: string
  computed_by: string
  computed_at_ms: number
  approved_by: string | null
  approved_at_ms: number | null
}

export interface SubsidyExtraTable {
  id: string
  case_id: string
  reason: string
  amount_fen: number
  note: string
  requested_on: LocalDate
  requested_by: string
  requested_at_ms: number
  decision: string
  decided_by: string | null
  decided_on: LocalDate | null
  decided_at_ms: number | null
  decision_note: string | null
}

export interface SubsidyBatchTable {
  id: string
  period: string
  seq: number
  batch_no: string
  status: string
  entry_count: number
  total_fen: number
  created_by: string
  created_at_ms: number
  approved_by: string | null
  approved_at_ms: number | null
  paid_on: LocalDate | null
  paid_by: string | null
  paid_at_ms: number | null
  payment_list_doc_id: string | null
}

export interface SubsidyEntryTable {
  seq: Generated<number>
  id: string
  claim_id: string
  lawyer_id: string
  kind: string
  amount_fen: number
  refers_to: string | null
  reason: string | null
  engine_result_json: string | null
  status: string
  approved_by: string
  approved_on: LocalDate
  approved_at_ms: number
  batch_id: string | null
  paid_on: LocalDate | null
  paid_by: string | null
  paid_at_ms: number | null
  voucher_doc_id: string | null
  cancelled_by: string | null
  cancelled_at_ms: number | null
  cancel_reason: string | null
}

export interface SubsidyBudgetTable {
  year: number
  amount_fen: number
  source: string
  note: string | null
  entered_by: string
  entered_at_ms: number
}

export interface DB {
  schema_migration: SchemaMigrationTable
  setting: SettingTable
  case_counter: CaseCounterTable
  legal_case: LegalCaseTable
  consultation: ConsultationTable
  audit_log: AuditLogTable
  doc_counter: DocCounterTable
  issued_document: IssuedDocumentTable
  app_user: AppUserTable
  case_transition: CaseTransitionTable
  case_deadline: CaseDeadlineTable
  workflow_pending: WorkflowPendingTable
  case_review: CaseReviewTable
  policy_setting: PolicySettingTable
  firm: FirmTable
  lawyer: LawyerTable
  case_assignment: CaseAssignmentTable
  lawyer_party_relation: LawyerPartyRelationTable
  // handling (0060_handling)
  case_handling_event: CaseHandlingEventTable
  case_closing: CaseClosingTable
  archive_counter: ArchiveCounterTable
  quality_rubric: QualityRubricTable
  quality_review: QualityReviewTable
  follow_up_visit: FollowUpVisitTable
  complaint: ComplaintTable
  duty_post: DutyPostTable
  duty_shift: DutyShiftTable
  duty_service: DutyServiceTable
  subsidy_claim: SubsidyClaimTable
  subsidy_extra: SubsidyExtraTable
  subsidy_batch: SubsidyBatchTable
  subsidy_entry: SubsidyEntryTable
  subsidy_budget: SubsidyBudgetTable
}
