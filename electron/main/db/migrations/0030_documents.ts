import { sql, type Kysely } from 'kysely'

// Issued documents (文书) and their numbering. Frozen once released: never edit, add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // One gap-free series per document type and year. Incremented in the same transaction that
  // records the document, so a failed issue rolls back and gives its number back.
  await sql`
    CREATE TABLE doc_counter (
      doc_type TEXT NOT NULL,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
      last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
      PRIMARY KEY (doc_type, year)
    ) STRICT`.execute(db)

  // Every document issued, kept forever: voiding sets the voided_* columns, never deletes.
  await sql`
    CREATE TABLE issued_document (
      id TEXT PRIMARY KEY,
      case_id TEXT REFERENCES legal_case (id),
      doc_type TEXT NOT NULL,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
      seq INTEGER NOT NULL CHECK (seq > 0),
      doc_number TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      issued_on TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      view_model_json TEXT NOT NULL CHECK (json_valid(view_model_json)),
      file_path TEXT NOT NULL UNIQUE,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      bytes INTEGER NOT NULL CHECK (bytes > 0),
      pages INTEGER NOT NULL CHECK (pages > 0),
      pitch_scale REAL NOT NULL,
      missing_glyphs_json TEXT NOT NULL CHECK (json_valid(missing_glyphs_json)),
      issued_by TEXT NOT NULL,
      issued_at_ms INTEGER NOT NULL,
      origin TEXT NOT NULL,
      voided_at_ms INTEGER,
      voided_by TEXT,
      void_reason TEXT,
      CHECK ((voided_at_ms IS NULL) = (voided_by IS NULL) AND (voided_at_ms IS NULL) = (void_reason IS NULL)),
      UNIQUE (doc_type, year, seq)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX issued_document_by_case ON issued_document (case_id, issued_at_ms DESC)`.execute(db)
  await sql`CREATE INDEX issued_document_by_type_date ON issued_document (doc_type, issued_on, seq)`.execute(db)
  await sql`CREATE INDEX issued_document_by_date ON issued_document (issued_on, issued_at_ms)`.execute(db)
  // A voided document stays voided.
  await sql`
    CREATE TRIGGER issued_document_void_once BEFORE UPDATE ON issued_document
    WHEN old.voided_at_ms IS NOT NULL BEGIN
      SELECT RAISE(ABORT, 'issued_document is voided and cannot change');
    END`.execute(db)
  await sql`
    CREATE TRIGGER issued_document_no_delete BEFORE DELETE ON issued_document BEGIN
      SELECT RAISE(ABORT, 'issued_document rows are never deleted; void them instead');
    END`.execute(db)
}
