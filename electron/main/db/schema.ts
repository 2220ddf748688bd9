import type { Generated } from 'kysely'

/** Row types as stored. Repositories map them to domain objects explicitly. */

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
  status: string
  region: string
  received_on: string
  channel: string
  notice_json: string | null
  urgent: number
  accept_first: number
  owed_papers_json: string | null
  case_type: string
  matter: string
  criminal_role: string | null
  criminal_stage: string | null
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
  applicant_birth_date: string | null
  applicant_phone: string
  applicant_address: string
  applicant_residence: string
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
  consulted_on: string
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
  issued_on: string
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

// ---- issue 4: workflow, review, policy settings, roster, assignment (migration 0040) ----

export interface CaseTransitionTable {
  seq: Generated<number>
  id: string
  case_id: string
  action: string
  from_status: string
  to_status: string
  on_date: string
  reason: string | null
  payload_json: string
  actor: string
  at_ms: number
  origin: string
}

export interface CaseDeadlineTable {
  case_id: string
  kind: string
  due_on: string | null
  starts_from: string
  basis: string
  status: string
  paused_days: number
  completed_on: string | null
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
  decided_on: string | null
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
  effective_from: string
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
  assigned_on: string
  assigned_by: string
  assigned_at_ms: number
  suggestion_rank: number | null
  override_reason: string | null
  applicant_choice: number
  ended_at_ms: number | null
  ended_on: string | null
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
}
