import { sql, type Kysely } from 'kysely'

// Frozen once released: never edit, add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL CHECK (json_valid(value_json)),
      updated_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)

  await sql`
    CREATE TABLE case_counter (
      year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
      last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
    ) STRICT`.execute(db)

  await sql`
    CREATE TABLE consultation (
      id TEXT PRIMARY KEY,
      channel TEXT NOT NULL,
      consulted_on TEXT NOT NULL CHECK (consulted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      name TEXT,
      phone TEXT,
      topic TEXT NOT NULL,
      summary TEXT NOT NULL,
      advice_given TEXT NOT NULL,
      matter TEXT,
      refer_to_application INTEGER NOT NULL CHECK (refer_to_application IN (0, 1)),
      referred_case_id TEXT,
      origin TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX consultation_by_date ON consultation (consulted_on DESC, id DESC)`.execute(db)

  await sql`
    CREATE TABLE legal_case (
      id TEXT NOT NULL UNIQUE,
      case_number TEXT NOT NULL UNIQUE,
      case_year INTEGER NOT NULL,
      case_seq INTEGER NOT NULL CHECK (case_seq > 0),
      status TEXT NOT NULL,
      region TEXT NOT NULL,
      received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      channel TEXT NOT NULL,
      notice_json TEXT CHECK (notice_json IS NULL OR json_valid(notice_json)),
      urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
      accept_first INTEGER NOT NULL CHECK (accept_first IN (0, 1)),
      owed_papers_json TEXT CHECK (owed_papers_json IS NULL OR json_valid(owed_papers_json)),
      case_type TEXT NOT NULL,
      matter TEXT NOT NULL,
      criminal_role TEXT,
      criminal_stage TEXT,
      cause TEXT NOT NULL,
      handling_organ TEXT,
      opposing_party TEXT,
      facts TEXT NOT NULL,
      applicant_name TEXT NOT NULL,
      applicant_pinyin TEXT NOT NULL,
      applicant_initials TEXT NOT NULL,
      applicant_gender TEXT NOT NULL,
      applicant_ethnicity TEXT NOT NULL,
      applicant_id_type TEXT NOT NULL,
      applicant_id_number TEXT NOT NULL,
      applicant_birth_date TEXT,
      applicant_phone TEXT NOT NULL,
      applicant_address TEXT NOT NULL,
      applicant_residence TEXT NOT NULL,
      applicant_groups_json TEXT NOT NULL CHECK (json_valid(applicant_groups_json)),
      agent_json TEXT CHECK (agent_json IS NULL OR json_valid(agent_json)),
      policy_facts_json TEXT NOT NULL CHECK (json_valid(policy_facts_json)),
      consultation_id TEXT REFERENCES consultation (id),
      origin TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at_ms INTEGER NOT NULL,
      updated_at_ms INTEGER NOT NULL,
      UNIQUE (case_year, case_seq)
    ) STRICT`.execute(db)
  // List order and the prefix searches that must stay fast at 500,000 cases.
  await sql`CREATE INDEX legal_case_by_received ON legal_case (received_on DESC, case_number DESC)`.execute(db)
  await sql`CREATE INDEX legal_case_by_status ON legal_case (status, case_type, received_on DESC)`.execute(db)
  await sql`CREATE INDEX legal_case_by_type ON legal_case (case_type, received_on DESC)`.execute(db)
  await sql`CREATE INDEX legal_case_by_name ON legal_case (applicant_name)`.execute(db)
  await sql`CREATE INDEX legal_case_by_initials ON legal_case (applicant_initials)`.execute(db)
  await sql`CREATE INDEX legal_case_by_pinyin ON legal_case (applicant_pinyin)`.execute(db)
  await sql`CREATE INDEX legal_case_by_opposing ON legal_case (opposing_party)`.execute(db)
  await sql`CREATE INDEX legal_case_by_seq ON legal_case (case_seq)`.execute(db)
  await sql`CREATE INDEX legal_case_by_id_number ON legal_case (applicant_id_number)`.execute(db)

  // Substring search (ID number fragments, phone, names of three or more characters) through
  // an external-content FTS5 index with the trigram tokenizer, kept in step by triggers.
  await sql`
    CREATE VIRTUAL TABLE legal_case_fts USING fts5(
      case_number, applicant_name, applicant_id_number, applicant_phone, opposing_party,
      content='legal_case', content_rowid='rowid', tokenize='trigram'
    )`.execute(db)
  await sql`
    CREATE TRIGGER legal_case_fts_ai AFTER INSERT ON legal_case BEGIN
      INSERT INTO legal_case_fts (rowid, case_number, applicant_name, applicant_id_number, applicant_phone, opposing_party)
      VALUES (new.rowid, new.case_number, new.applicant_name, new.applicant_id_number, new.applicant_phone, coalesce(new.opposing_party, ''));
    END`.execute(db)
  await sql`
    CREATE TRIGGER legal_case_fts_ad AFTER DELETE ON legal_case BEGIN
      INSERT INTO legal_case_fts (legal_case_fts, rowid, case_number, applicant_name, applicant_id_number, applicant_phone, opposing_party)
      VALUES ('delete', old.rowid, old.case_number, old.applicant_name, old.applicant_id_number, old.applicant_phone, coalesce(old.opposing_party, ''));
    END`.execute(db)
  await sql`
    CREATE TRIGGER legal_case_fts_au AFTER UPDATE OF case_number, applicant_name, applicant_id_number, applicant_phone, opposing_party ON legal_case BEGIN
      INSERT INTO legal_case_fts (legal_case_fts, rowid, case_number, applicant_name, applicant_id_number, applicant_phone, opposing_party)
      VALUES ('delete', old.rowid, old.case_number, old.applicant_name, old.applicant_id_number, old.applicant_phone, coalesce(old.opposing_party, ''));
      INSERT INTO legal_case_fts (rowid, case_number, applicant_name, applicant_id_number, applicant_phone, opposing_party)
      VALUES (new.rowid, new.case_number, new.applicant_name, new.applicant_id_number, new.applicant_phone, coalesce(new.opposing_party, ''));
    END`.execute(db)

  // Append-only audit log: who did what, with before and after values.
  await sql`
    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at_ms INTEGER NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
      after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
    ) STRICT`.execute(db)
  await sql`CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, seq)`.execute(db)
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only');
    END`.execute(db)
  await sql`
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only');
    END`.execute(db)
}
