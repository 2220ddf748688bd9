import { sql, type Kysely } from 'kysely'

// Frozen once released: never edit, add a new migration instead.
// Statistics, second step, from the benchmark at 500,000 cases (docs/benchmarks.md): make the
// remaining statistics reads covering, and the deadlines board's per-clerk count. 0070 was
// already committed, so its indexes are replaced here rather than edited there. DROP … IF EXISTS
// makes the step safe on stores made while 0070 was being written.
export async function up(db: Kysely<any>): Promise<void> {
  const replace = async (name: string, create: string) => {
    await sql.raw(`DROP INDEX IF EXISTS ${name}`).execute(db)
    await sql.raw(create).execute(db)
  }
  // The deadlines board's count per clerk: open deadlines due by the end of the
  // week with their clerk, from the index alone (it looked up every row: 77 ms at 500,000 cases).
  await replace('case_deadline_board', 'CREATE INDEX case_deadline_board ON case_deadline (status, due_on, responsible)')
  // A lawyer's workload: assignments made, ended in a period, and held now, all covering
  // (63,000 open assignments at 500,000 cases were each read from the table).
  await replace('case_assignment_by_assigned_on', 'CREATE INDEX case_assignment_by_assigned_on ON case_assignment (assigned_on, lawyer_id, case_id)')
  await replace('case_assignment_by_ended_on', 'CREATE INDEX case_assignment_by_ended_on ON case_assignment (ended_on, end_kind, lawyer_id, case_id) WHERE ended_on IS NOT NULL')
  await replace('case_assignment_open_by_lawyer', 'CREATE INDEX case_assignment_open_by_lawyer ON case_assignment (lawyer_id, case_id, ended_at_ms) WHERE ended_at_ms IS NULL')
  // Consultations of a period by channel (covering).
  await replace('consultation_stats', 'CREATE INDEX consultation_stats ON consultation (consulted_on, channel, created_by)')
  // Subsidy figures (the ledger of migration 0060): entries approved / paid in a period and the claim's kind,
  // from indexes alone (claim rows carry the engine's whole result and are large: 0.5 s to scan).
  await replace('subsidy_entry_stats_approved', 'CREATE INDEX subsidy_entry_stats_approved ON subsidy_entry (approved_on, status, kind, amount_fen, lawyer_id, claim_id)')
  await replace('subsidy_entry_stats_paid', 'CREATE INDEX subsidy_entry_stats_paid ON subsidy_entry (paid_on, status, kind, amount_fen, lawyer_id, claim_id) WHERE paid_on IS NOT NULL')
  await replace('subsidy_claim_stats', 'CREATE INDEX subsidy_claim_stats ON subsidy_claim (id, kind, case_id)')
  await replace('subsidy_claim_by_status', 'CREATE INDEX subsidy_claim_by_status ON subsidy_claim (status, total_fen, case_id)')
}
