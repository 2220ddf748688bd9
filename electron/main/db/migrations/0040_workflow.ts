import { sql, type Kysely } from 'kysely'

const DATE = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`

// Frozen once released: never edit, add a new migration instead.
// Case workflow (transitions, deadlines, review), center policy settings, lawyer roster, assignment.
export async function up(db: Kysely<any>): Promise<void> {
  // Every state change of a case: who, when, from, to, why, with the action's input.
  await sql`
    CREATE TABLE case_transition (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      case_id TEXT NOT NULL REFERENCES legal_case (id),
      action TEXT NOT NULL,
      from_status TEXT NOT NULL,
      to_status TEXT NOT NULL,
      on_date TEXT NOT NULL CHECK (${sql.raw(DATE('on_date'))}),
      reason TEXT,
      payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),
      actor TEXT NOT NULL,
      at_ms INTEGER NOT NULL,
      origin TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX case_transition_by_case ON case_transition (case_id, seq)`.execute(db)

  // The open (and settled) deadlines of each case, kept by the workflow service on every
  // transition so the deadlines board is an index range scan, never an engine run per case.
  await sql`
    CREATE TABLE case_deadline (
      case_id TEXT NOT NULL REFERENCES legal_case (id),
      kind TEXT NOT NULL,
      due_on TEXT CHECK (due_on IS NULL OR ${sql.raw(DATE('due_on'))}),
      starts_from TEXT NOT NULL,
      basis TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'paused', 'met', 'cancelled')),
      paused_days INTEGER NOT NULL DEFAULT 0 CHECK (paused_days >= 0),
      completed_on TEXT CHECK (completed_on IS NULL OR ${sql.raw(DATE('completed_on'))}),
      responsible TEXT NOT NULL,
      updated_at_ms INTEGER NOT NULL,
      PRIMARY KEY (case_id, kind)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE INDEX case_deadline_by_status_due ON case_deadline (status, due_on)`.execute(db)
  await sql`CREATE INDEX case_deadline_by_responsible ON case_deadline (responsible, status, due_on)`.execute(db)

  // Cases whose deadlines have not been planned yet (registered by intake, or existing before
  // this migration). Filled by a trigger, drained in small batches by the workflow service.
  await sql`CREATE TABLE workflow_pending (case_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID`.execute(db)
  await sql`
    CREATE TRIGGER legal_case_workflow_pending AFTER INSERT ON legal_case BEGIN
      INSERT OR IGNORE INTO workflow_pending (case_id) VALUES (new.id);
    END`.execute(db)
  await sql`
    INSERT INTO workflow_pending (case_id)
    SELECT id FROM legal_case WHERE status NOT IN ('archived', 'terminated', 'withdrawn', 'refused', 'closed')`.execute(db)

  // Review (经济困难审查): evidence, the engine's result snapshot, the reviewer's opinion, the decision.
  await sql`
    CREATE TABLE case_review (
      case_id TEXT PRIMARY KEY REFERENCES legal_case (id),
      evidence_json TEXT NOT NULL CHECK (json_valid(evidence_json)),
      opinion TEXT NOT NULL CHECK (opinion IN ('grant', 'refuse')),
      opinion_text TEXT NOT NULL,
      reviewer TEXT NOT NULL,
      engine_outcome TEXT,
      engine_provisional INTEGER CHECK (engine_provisional IS NULL OR engine_provisional IN (0, 1)),
      engine_result_json TEXT CHECK (engine_result_json IS NULL OR json_valid(engine_result_json)),
      engine_error_json TEXT CHECK (engine_error_json IS NULL OR json_valid(engine_error_json)),
      settings_used_json TEXT CHECK (settings_used_json IS NULL OR json_valid(settings_used_json)),
      assessed_at_ms INTEGER,
      decision TEXT CHECK (decision IS NULL OR decision IN ('grant', 'refuse')),
      decided_on TEXT CHECK (decided_on IS NULL OR ${sql.raw(DATE('decided_on'))}),
      approved_by TEXT,
      override_reason TEXT,
      refusal_reasons TEXT,
      updated_by TEXT NOT NULL,
      updated_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)

  // The policy engine's center settings: each value with its source and effective date.
  await sql`
    CREATE TABLE policy_setting (
      id TEXT PRIMARY KEY,
      key TEXT NOT NULL,
      region TEXT NOT NULL,
      value_json TEXT NOT NULL CHECK (json_valid(value_json)),
      source TEXT NOT NULL CHECK (length(trim(source)) > 0),
      effective_from TEXT NOT NULL CHECK (${sql.raw(DATE('effective_from'))}),
      note TEXT,
      entered_by TEXT NOT NULL,
      entered_at_ms INTEGER NOT NULL,
      superseded_at_ms INTEGER,
      superseded_by TEXT
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX policy_setting_current ON policy_setting (key, region, effective_from) WHERE superseded_at_ms IS NULL`.execute(db)

  // Roster: firms (律师事务所、基层法律服务所…) and the people who take legal aid cases.
  await sql`
    CREATE TABLE firm (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      name_norm TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      licence_no TEXT,
      address TEXT,
      contact_name TEXT,
      contact_phone TEXT,
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      origin TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at_ms INTEGER NOT NULL,
      updated_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)
  await sql`
    CREATE TABLE lawyer (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      firm_id TEXT REFERENCES firm (id),
      licence_no TEXT,
      practice_start TEXT CHECK (practice_start IS NULL OR ${sql.raw(DATE('practice_start'))}),
      specialties_json TEXT NOT NULL CHECK (json_valid(specialties_json)),
      languages_json TEXT NOT NULL CHECK (json_valid(languages_json)),
      max_open_cases INTEGER NOT NULL CHECK (max_open_cases >= 0),
      open_cases INTEGER NOT NULL DEFAULT 0 CHECK (open_cases >= 0),
      minors_suited INTEGER NOT NULL CHECK (minors_suited IN (0, 1)),
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      phone TEXT,
      known_parties_json TEXT NOT NULL CHECK (json_valid(known_parties_json)),
      note TEXT,
      last_assigned_at_ms INTEGER,
      origin TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at_ms INTEGER NOT NULL,
      updated_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX lawyer_by_licence ON lawyer (licence_no) WHERE licence_no IS NOT NULL`.execute(db)
  await sql`CREATE INDEX lawyer_by_firm ON lawyer (firm_id)`.execute(db)
  await sql`CREATE INDEX lawyer_by_name ON lawyer (name)`.execute(db)

  // Assignments (指派), one active per case; 更换 ends the old one with its reason.
  await sql`
    CREATE TABLE case_assignment (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES legal_case (id),
      lawyer_id TEXT NOT NULL REFERENCES lawyer (id),
      lawyer_name TEXT NOT NULL,
      firm_id TEXT REFERENCES firm (id),
      firm_name TEXT,
      assigned_on TEXT NOT NULL CHECK (${sql.raw(DATE('assigned_on'))}),
      assigned_by TEXT NOT NULL,
      assigned_at_ms INTEGER NOT NULL,
      suggestion_rank INTEGER,
      override_reason TEXT,
      applicant_choice INTEGER NOT NULL CHECK (applicant_choice IN (0, 1)),
      ended_at_ms INTEGER,
      ended_on TEXT CHECK (ended_on IS NULL OR ${sql.raw(DATE('ended_on'))}),
      end_kind TEXT CHECK (end_kind IS NULL OR end_kind IN ('changed', 'closed', 'terminated')),
      end_reason TEXT,
      replaced_by TEXT
    ) STRICT`.execute(db)
  await sql`CREATE INDEX case_assignment_by_case ON case_assignment (case_id, assigned_at_ms)`.execute(db)
  await sql`CREATE INDEX case_assignment_by_lawyer ON case_assignment (lawyer_id, assigned_at_ms)`.execute(db)
  await sql`CREATE UNIQUE INDEX case_assignment_one_active ON case_assignment (case_id) WHERE ended_at_ms IS NULL`.execute(db)

  // Whom each lawyer acted for and against (from assignments, or declared on the roster), for the conflict check.
  await sql`
    CREATE TABLE lawyer_party_relation (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      lawyer_id TEXT NOT NULL REFERENCES lawyer (id),
      case_id TEXT REFERENCES legal_case (id),
      party_name TEXT NOT NULL,
      party_norm TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('client', 'opposing')),
      source TEXT NOT NULL CHECK (source IN ('assignment', 'declared')),
      created_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX lawyer_party_by_norm ON lawyer_party_relation (party_norm, role)`.execute(db)
  await sql`CREATE INDEX lawyer_party_by_case ON lawyer_party_relation (case_id)`.execute(db)
  await sql`CREATE INDEX lawyer_party_by_lawyer ON lawyer_party_relation (lawyer_id, source)`.execute(db)
}
