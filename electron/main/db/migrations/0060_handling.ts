import { sql, type Kysely } from 'kysely'

const DATE = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`
const OPT_DATE = (col: string) => `(${col} IS NULL OR ${DATE(col)})`
const PERIOD = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`
const GRADES = `('excellent', 'good', 'pass', 'fail')`
const KINDS = `('criminal', 'civil', 'administrative', 'death-penalty-second-instance', 'duty-lawyer')`

// Frozen once released: never edit, add a new migration instead.
// Handling log, closing and archive, quality review, follow-up visits, complaints,
// subsidy claims / extras / ledger / monthly batches / budget, duty lawyers. See docs/handling.md.
export async function up(db: Kysely<any>): Promise<void> {
  // ---- handling (承办) ----
  await sql`
    CREATE TABLE case_handling_event (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES legal_case (id),
      kind TEXT NOT NULL CHECK (kind IN ('meeting', 'file-reading', 'investigation', 'hearing', 'mediation', 'judgment', 'other')),
      on_date TEXT NOT NULL CHECK (${sql.raw(DATE('on_date'))}),
      summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
      lawyer_id TEXT REFERENCES lawyer (id),
      recorded_by TEXT NOT NULL,
      recorded_at_ms INTEGER NOT NULL,
      origin TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX case_handling_event_by_case ON case_handling_event (case_id, on_date)`.execute(db)
  await sql`
    CREATE TRIGGER case_handling_event_append_only BEFORE DELETE ON case_handling_event BEGIN
      SELECT RAISE(ABORT, 'case_handling_event rows are never deleted');
    END`.execute(db)

  // 办结 / 结案 / 归档: one row per case. Archive numbers are gap-free per year (archive_counter).
  await sql`
    CREATE TABLE case_closing (
      case_id TEXT PRIMARY KEY REFERENCES legal_case (id),
      outcome TEXT NOT NULL CHECK (outcome IN ('judgment', 'mediation', 'withdrawal', 'settlement', 'non-litigation', 'other')),
      outcome_note TEXT,
      concluded_on TEXT NOT NULL CHECK (${sql.raw(DATE('concluded_on'))}),
      lawyer_id TEXT REFERENCES lawyer (id),
      checklist_json TEXT NOT NULL CHECK (json_valid(checklist_json)),
      materials_submitted_on TEXT CHECK ${sql.raw(OPT_DATE('materials_submitted_on'))},
      closed_on TEXT CHECK ${sql.raw(OPT_DATE('closed_on'))},
      closed_by TEXT,
      archive_year INTEGER CHECK (archive_year IS NULL OR archive_year BETWEEN 2000 AND 2999),
      archive_seq INTEGER CHECK (archive_seq IS NULL OR archive_seq > 0),
      archive_number TEXT UNIQUE,
      archived_on TEXT CHECK ${sql.raw(OPT_DATE('archived_on'))},
      archived_by TEXT,
      archive_location TEXT,
      recorded_by TEXT NOT NULL,
      updated_at_ms INTEGER NOT NULL,
      CHECK ((archive_number IS NULL) = (archive_seq IS NULL) AND (archive_number IS NULL) = (archived_on IS NULL)),
      CHECK ((closed_on IS NULL) = (closed_by IS NULL)),
      UNIQUE (archive_year, archive_seq)
    ) STRICT`.execute(db)
  await sql`
    CREATE TRIGGER case_closing_archive_once BEFORE UPDATE ON case_closing
    WHEN old.archive_number IS NOT NULL AND (new.archive_number IS NOT old.archive_number OR new.archived_on IS NOT old.archived_on) BEGIN
      SELECT RAISE(ABORT, 'case_closing: an archive number never changes');
    END`.execute(db)
  await sql`
    CREATE TABLE archive_counter (
      year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
      last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
    ) STRICT`.execute(db)

  // ---- quality (质量评查) ----
  await sql`
    CREATE TABLE quality_rubric (
      id TEXT PRIMARY KEY,
      items_json TEXT NOT NULL CHECK (json_valid(items_json)),
      thresholds_json TEXT NOT NULL CHECK (json_valid(thresholds_json)),
      source TEXT NOT NULL CHECK (length(trim(source)) > 0),
      effective_from TEXT NOT NULL CHECK (${sql.raw(DATE('effective_from'))}),
      entered_by TEXT NOT NULL,
      entered_at_ms INTEGER NOT NULL,
      superseded_at_ms INTEGER,
      superseded_by TEXT
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX quality_rubric_current ON quality_rubric (effective_from) WHERE superseded_at_ms IS NULL`.execute(db)
  await sql`
    CREATE TABLE quality_review (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES legal_case (id),
      lawyer_id TEXT REFERENCES lawyer (id),
      reviewed_on TEXT NOT NULL CHECK (${sql.raw(DATE('reviewed_on'))}),
      reviewer TEXT NOT NULL,
      rubric_id TEXT REFERENCES quality_rubric (id),
      rubric_json TEXT NOT NULL CHECK (json_valid(rubric_json)),
      scores_json TEXT NOT NULL CHECK (json_valid(scores_json)),
      score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
      grade TEXT NOT NULL CHECK (grade IN ${sql.raw(GRADES)}),
      court_attendance TEXT,
      judicial_opinion TEXT,
      peer_review TEXT,
      comments TEXT,
      recorded_at_ms INTEGER NOT NULL,
      superseded_at_ms INTEGER,
      superseded_by TEXT
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX quality_review_current ON quality_review (case_id) WHERE superseded_at_ms IS NULL`.execute(db)
  await sql`CREATE INDEX quality_review_by_lawyer ON quality_review (lawyer_id, reviewed_on)`.execute(db)

  // 回访
  await sql`
    CREATE TABLE follow_up_visit (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES legal_case (id),
      visited_on TEXT NOT NULL CHECK (${sql.raw(DATE('visited_on'))}),
      channel TEXT NOT NULL CHECK (channel IN ('phone', 'visit', 'sms', 'wechat', 'letter', 'other')),
      satisfaction TEXT NOT NULL CHECK (satisfaction IN ('very-satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very-dissatisfied', 'unreachable')),
      notes TEXT,
      visitor TEXT NOT NULL,
      recorded_at_ms INTEGER NOT NULL,
      origin TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX follow_up_visit_by_case ON follow_up_visit (case_id, visited_on)`.execute(db)

  // 投诉: intake → investigation → outcome → reply.
  await sql`
    CREATE TABLE complaint (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES legal_case (id),
      lawyer_id TEXT REFERENCES lawyer (id),
      received_on TEXT NOT NULL CHECK (${sql.raw(DATE('received_on'))}),
      channel TEXT NOT NULL CHECK (channel IN ('phone', 'visit', 'letter', 'online', 'referral', 'other')),
      complainant_role TEXT NOT NULL CHECK (complainant_role IN ('assisted-person', 'relative', 'organ', 'other')),
      content TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('received', 'investigating', 'concluded', 'replied')),
      investigation TEXT,
      outcome TEXT CHECK (outcome IS NULL OR outcome IN ('substantiated', 'partly-substantiated', 'unsubstantiated')),
      outcome_note TEXT,
      action_taken TEXT,
      concluded_on TEXT CHECK ${sql.raw(OPT_DATE('concluded_on'))},
      reply TEXT,
      replied_on TEXT CHECK ${sql.raw(OPT_DATE('replied_on'))},
      handled_by TEXT,
      created_by TEXT NOT NULL,
      created_at_ms INTEGER NOT NULL,
      updated_at_ms INTEGER NOT NULL,
      CHECK (status NOT IN ('concluded', 'replied') OR (outcome IS NOT NULL AND concluded_on IS NOT NULL)),
      CHECK (status <> 'replied' OR (reply IS NOT NULL AND replied_on IS NOT NULL))
    ) STRICT`.execute(db)
  await sql`CREATE INDEX complaint_by_case ON complaint (case_id)`.execute(db)
  await sql`CREATE INDEX complaint_by_lawyer ON complaint (lawyer_id, received_on)`.execute(db)

  // ---- duty lawyers (值班律师) ----
  await sql`
    CREATE TABLE duty_post (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('court', 'procuratorate', 'detention-center', 'legal-service-hall')),
      address TEXT,
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      created_by TEXT NOT NULL,
      created_at_ms INTEGER NOT NULL,
      updated_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)
  await sql`
    CREATE TABLE duty_shift (
      id TEXT PRIMARY KEY,
      post_id TEXT NOT NULL REFERENCES duty_post (id),
      lawyer_id TEXT NOT NULL REFERENCES lawyer (id),
      lawyer_name TEXT NOT NULL,
      shift_date TEXT NOT NULL CHECK (${sql.raw(DATE('shift_date'))}),
      status TEXT NOT NULL CHECK (status IN ('scheduled', 'served', 'absent', 'cancelled')),
      note TEXT,
      created_by TEXT NOT NULL,
      created_at_ms INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      updated_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)
  // One post per lawyer per day.
  await sql`CREATE UNIQUE INDEX duty_shift_one_per_day ON duty_shift (lawyer_id, shift_date) WHERE status <> 'cancelled'`.execute(db)
  await sql`CREATE INDEX duty_shift_by_date ON duty_shift (shift_date, post_id)`.execute(db)
  await sql`
    CREATE TABLE duty_service (
      id TEXT PRIMARY KEY,
      shift_id TEXT NOT NULL REFERENCES duty_shift (id),
      kind TEXT NOT NULL CHECK (kind IN ('consultation', 'procedure-advice', 'plea-witness', 'other')),
      count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 1000),
      note TEXT,
      recorded_by TEXT NOT NULL,
      recorded_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX duty_service_by_shift ON duty_service (shift_id)`.execute(db)

  // ---- subsidy (办案补贴) ----
  // What a lawyer is owed for one case (source 'case') or one month of duty (source 'duty'),
  // as last computed by the policy engine. Money moves only through subsidy_entry.
  await sql`
    CREATE TABLE subsidy_claim (
      id TEXT PRIMARY KEY,
      source TEXT NOT NULL CHECK (source IN ('case', 'duty')),
      case_id TEXT REFERENCES legal_case (id),
      duty_period TEXT CHECK (duty_period IS NULL OR ${sql.raw(PERIOD('duty_period'))}),
      lawyer_id TEXT NOT NULL REFERENCES lawyer (id),
      lawyer_name TEXT NOT NULL,
      firm_id TEXT REFERENCES firm (id),
      firm_name TEXT,
      region TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ${sql.raw(KINDS)}),
      standard_on TEXT NOT NULL CHECK (${sql.raw(DATE('standard_on'))}),
      quality_grade TEXT CHECK (quality_grade IS NULL OR quality_grade IN ${sql.raw(GRADES)}),
      quality_review_id TEXT REFERENCES quality_review (id),
      stages_covered INTEGER CHECK (stages_covered IS NULL OR stages_covered >= 0),
      stages_total INTEGER CHECK (stages_total IS NULL OR stages_total >= 1),
      duty_days INTEGER CHECK (duty_days IS NULL OR duty_days >= 0),
      detail_json TEXT NOT NULL CHECK (json_valid(detail_json)),
      engine_result_json TEXT NOT NULL CHECK (json_valid(engine_result_json)),
      base_fen INTEGER NOT NULL CHECK (base_fen >= 0),
      extras_fen INTEGER NOT NULL CHECK (extras_fen >= 0),
      total_fen INTEGER NOT NULL CHECK (total_fen = base_fen + extras_fen),
      pending_extras INTEGER NOT NULL CHECK (pending_extras >= 0),
      status TEXT NOT NULL CHECK (status IN ('computed', 'approved', 'paid')),
      computed_by TEXT NOT NULL,
      computed_at_ms INTEGER NOT NULL,
      approved_by TEXT,
      approved_at_ms INTEGER,
      CHECK ((source = 'case') = (case_id IS NOT NULL)),
      CHECK ((source = 'duty') = (duty_period IS NOT NULL)),
      CHECK (source <> 'duty' OR kind = 'duty-lawyer'),
      CHECK (status = 'computed' OR approved_by IS NOT NULL)
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX subsidy_claim_one_per_case_lawyer ON subsidy_claim (case_id, lawyer_id) WHERE source = 'case'`.execute(db)
  await sql`CREATE UNIQUE INDEX subsidy_claim_one_per_duty_month ON subsidy_claim (lawyer_id, duty_period) WHERE source = 'duty'`.execute(db)
  await sql`CREATE INDEX subsidy_claim_by_lawyer ON subsidy_claim (lawyer_id, status)`.execute(db)

  // 异地取证 / 疑难复杂: requested, then approved or refused by the director (who, when).
  await sql`
    CREATE TABLE subsidy_extra (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES legal_case (id),
      reason TEXT NOT NULL CHECK (reason IN ('off-site-evidence', 'complex')),
      amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
      note TEXT NOT NULL,
      requested_on TEXT NOT NULL CHECK (${sql.raw(DATE('requested_on'))}),
      requested_by TEXT NOT NULL,
      requested_at_ms INTEGER NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('pending', 'approved', 'refused')),
      decided_by TEXT,
      decided_on TEXT CHECK ${sql.raw(OPT_DATE('decided_on'))},
      decided_at_ms INTEGER,
      decision_note TEXT,
      CHECK ((decision = 'pending') = (decided_by IS NULL) AND (decided_by IS NULL) = (decided_at_ms IS NULL) AND (decided_by IS NULL) = (decided_on IS NULL))
    ) STRICT`.execute(db)
  await sql`CREATE INDEX subsidy_extra_by_case ON subsidy_extra (case_id)`.execute(db)
  await sql`
    CREATE TRIGGER subsidy_extra_decided_once BEFORE UPDATE ON subsidy_extra
    WHEN old.decision <> 'pending' BEGIN
      SELECT RAISE(ABORT, 'subsidy_extra: a decided extra never changes');
    END`.execute(db)

  // Monthly payment batches.
  await sql`
    CREATE TABLE subsidy_batch (
      id TEXT PRIMARY KEY,
      period TEXT NOT NULL CHECK (${sql.raw(PERIOD('period'))}),
      seq INTEGER NOT NULL CHECK (seq > 0),
      batch_no TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'paid')),
      entry_count INTEGER NOT NULL CHECK (entry_count >= 0),
      total_fen INTEGER NOT NULL,
      created_by TEXT NOT NULL,
      created_at_ms INTEGER NOT NULL,
      approved_by TEXT,
      approved_at_ms INTEGER,
      paid_on TEXT CHECK ${sql.raw(OPT_DATE('paid_on'))},
      paid_by TEXT,
      paid_at_ms INTEGER,
      payment_list_doc_id TEXT REFERENCES issued_document (id),
      UNIQUE (period, seq),
      CHECK ((status = 'paid') = (paid_at_ms IS NOT NULL) AND (paid_at_ms IS NULL) = (paid_on IS NULL)),
      CHECK (status = 'draft' OR approved_by IS NOT NULL)
    ) STRICT`.execute(db)
  await sql`
    CREATE TRIGGER subsidy_batch_paid_frozen BEFORE UPDATE ON subsidy_batch
    WHEN old.status = 'paid' AND (new.status IS NOT old.status OR new.total_fen IS NOT old.total_fen OR new.entry_count IS NOT old.entry_count
      OR new.paid_on IS NOT old.paid_on OR new.paid_at_ms IS NOT old.paid_at_ms OR new.paid_by IS NOT old.paid_by
      OR (old.payment_list_doc_id IS NOT NULL AND new.payment_list_doc_id IS NOT old.payment_list_doc_id)) BEGIN
      SELECT RAISE(ABORT, 'subsidy_batch is paid and cannot change');
    END`.execute(db)
  await sql`
    CREATE TRIGGER subsidy_batch_no_delete BEFORE DELETE ON subsidy_batch BEGIN
      SELECT RAISE(ABORT, 'subsidy_batch rows are never deleted');
    END`.execute(db)

  // The ledger: every amount approved for payment. A paid entry never changes; a correction
  // is a 'reversal' (minus the paid amount) plus a 'replacement' (the new amount), both
  // referring to the entry they correct.
  await sql`
    CREATE TABLE subsidy_entry (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      claim_id TEXT NOT NULL REFERENCES subsidy_claim (id),
      lawyer_id TEXT NOT NULL REFERENCES lawyer (id),
      kind TEXT NOT NULL CHECK (kind IN ('original', 'reversal', 'replacement')),
      amount_fen INTEGER NOT NULL,
      refers_to TEXT REFERENCES subsidy_entry (id),
      reason TEXT,
      engine_result_json TEXT CHECK (engine_result_json IS NULL OR json_valid(engine_result_json)),
      status TEXT NOT NULL CHECK (status IN ('approved', 'paid', 'cancelled')),
      approved_by TEXT NOT NULL,
      approved_on TEXT NOT NULL CHECK (${sql.raw(DATE('approved_on'))}),
      approved_at_ms INTEGER NOT NULL,
      batch_id TEXT REFERENCES subsidy_batch (id),
      paid_on TEXT CHECK ${sql.raw(OPT_DATE('paid_on'))},
      paid_by TEXT,
      paid_at_ms INTEGER,
      voucher_doc_id TEXT REFERENCES issued_document (id),
      cancelled_by TEXT,
      cancelled_at_ms INTEGER,
      cancel_reason TEXT,
      CHECK ((kind = 'reversal' AND amount_fen < 0) OR (kind <> 'reversal' AND amount_fen >= 0)),
      CHECK ((kind = 'original') = (refers_to IS NULL)),
      CHECK ((status = 'paid') = (paid_at_ms IS NOT NULL) AND (paid_at_ms IS NULL) = (paid_on IS NULL) AND (paid_at_ms IS NULL) = (paid_by IS NULL)),
      CHECK (status <> 'paid' OR batch_id IS NOT NULL),
      CHECK ((status = 'cancelled') = (cancelled_at_ms IS NOT NULL))
    ) STRICT`.execute(db)
  // Nothing paid twice: one live original per claim, one reversal and one replacement per corrected entry.
  await sql`CREATE UNIQUE INDEX subsidy_entry_one_original ON subsidy_entry (claim_id) WHERE kind = 'original' AND status <> 'cancelled'`.execute(db)
  await sql`CREATE UNIQUE INDEX subsidy_entry_one_reversal ON subsidy_entry (refers_to) WHERE kind = 'reversal' AND status <> 'cancelled'`.execute(db)
  await sql`CREATE UNIQUE INDEX subsidy_entry_one_replacement ON subsidy_entry (refers_to) WHERE kind = 'replacement' AND status <> 'cancelled'`.execute(db)
  await sql`CREATE UNIQUE INDEX subsidy_entry_one_voucher ON subsidy_entry (voucher_doc_id) WHERE voucher_doc_id IS NOT NULL`.execute(db)
  await sql`CREATE INDEX subsidy_entry_by_batch ON subsidy_entry (batch_id, seq)`.execute(db)
  await sql`CREATE INDEX subsidy_entry_by_claim ON subsidy_entry (claim_id, seq)`.execute(db)
  await sql`CREATE INDEX subsidy_entry_by_lawyer ON subsidy_entry (lawyer_id, paid_on)`.execute(db)
  await sql`CREATE INDEX subsidy_entry_by_paid_on ON subsidy_entry (paid_on)`.execute(db)
  // A paid (or cancelled) entry is frozen; only its voucher may be linked, once.
  await sql`
    CREATE TRIGGER subsidy_entry_paid_frozen BEFORE UPDATE ON subsidy_entry
    WHEN old.status IN ('paid', 'cancelled') AND (
      new.status IS NOT old.status OR new.amount_fen IS NOT old.amount_fen OR new.claim_id IS NOT old.claim_id OR new.kind IS NOT old.kind
      OR new.refers_to IS NOT old.refers_to OR new.batch_id IS NOT old.batch_id OR new.paid_on IS NOT old.paid_on
      OR new.paid_at_ms IS NOT old.paid_at_ms OR new.paid_by IS NOT old.paid_by OR new.approved_by IS NOT old.approved_by
      OR new.lawyer_id IS NOT old.lawyer_id OR (old.voucher_doc_id IS NOT NULL AND new.voucher_doc_id IS NOT old.voucher_doc_id)) BEGIN
      SELECT RAISE(ABORT, 'subsidy_entry is paid or cancelled and cannot change; record a correction instead');
    END`.execute(db)
  await sql`
    CREATE TRIGGER subsidy_entry_approved_amount_fixed BEFORE UPDATE ON subsidy_entry
    WHEN old.status = 'approved' AND (new.amount_fen IS NOT old.amount_fen OR new.kind IS NOT old.kind OR new.claim_id IS NOT old.claim_id OR new.refers_to IS NOT old.refers_to) BEGIN
      SELECT RAISE(ABORT, 'subsidy_entry: an approved amount never changes; cancel it and approve a new one');
    END`.execute(db)
  await sql`
    CREATE TRIGGER subsidy_entry_no_delete BEFORE DELETE ON subsidy_entry BEGIN
      SELECT RAISE(ABORT, 'subsidy_entry rows are never deleted');
    END`.execute(db)
  // Corrections refer to a paid entry of the same claim; a replacement needs its reversal first.
  await sql`
    CREATE TRIGGER subsidy_entry_correction_refers_paid BEFORE INSERT ON subsidy_entry
    WHEN new.kind <> 'original' AND NOT EXISTS (
      SELECT 1 FROM subsidy_entry o WHERE o.id = new.refers_to AND o.status = 'paid' AND o.claim_id = new.claim_id AND o.kind <> 'reversal') BEGIN
      SELECT RAISE(ABORT, 'subsidy_entry: a correction must refer to a paid entry of the same claim');
    END`.execute(db)
  await sql`
    CREATE TRIGGER subsidy_entry_replacement_after_reversal BEFORE INSERT ON subsidy_entry
    WHEN new.kind = 'replacement' AND NOT EXISTS (
      SELECT 1 FROM subsidy_entry r WHERE r.refers_to = new.refers_to AND r.kind = 'reversal' AND r.status <> 'cancelled') BEGIN
      SELECT RAISE(ABORT, 'subsidy_entry: a replacement needs the reversal of the entry it replaces');
    END`.execute(db)

  // Budget for the year (finance).
  await sql`
    CREATE TABLE subsidy_budget (
      year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
      amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
      source TEXT NOT NULL CHECK (length(trim(source)) > 0),
      note TEXT,
      entered_by TEXT NOT NULL,
      entered_at_ms INTEGER NOT NULL
    ) STRICT`.execute(db)
}
