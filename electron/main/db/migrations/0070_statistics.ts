import { sql, type Kysely } from 'kysely'

// Frozen once released: never edit, add a new migration instead.
// Indexes for the statistics and the monthly/yearly reports, so that a month's
// figures at 500,000 cases are index range scans (measured in docs/benchmarks.md).
export async function up(db: Kysely<any>): Promise<void> {
  // Cases by receipt date with every column the statistics group by, including the special
  // groups bitmask, so the case "cube" of a period is read from this index alone (covering).
  // The expression must stay identical to STAT_GROUPS_SQL in electron/main/statistics/statistics-sql.ts
  // (a test checks that they match and that the statistics queries read these indexes alone).
  // Aggregating over an indexed expression makes SQLite read the table again, so the statistics
  // select the rows (covering) and count them in JavaScript.
  await sql`
    CREATE INDEX legal_case_stats ON legal_case (
      received_on, case_type, matter, channel, status, created_by,
      ((CASE WHEN instr(applicant_groups_json, '"migrant-worker"') > 0 THEN 1 ELSE 0 END) | (CASE WHEN instr(applicant_groups_json, '"minor"') > 0 OR (applicant_birth_date IS NOT NULL AND CAST(substr(received_on, 1, 4) AS INTEGER) - CAST(substr(applicant_birth_date, 1, 4) AS INTEGER) - (substr(received_on, 6) < substr(applicant_birth_date, 6)) < 18) THEN 2 ELSE 0 END) | (CASE WHEN instr(applicant_groups_json, '"elderly"') > 0 OR (applicant_birth_date IS NOT NULL AND CAST(substr(received_on, 1, 4) AS INTEGER) - CAST(substr(applicant_birth_date, 1, 4) AS INTEGER) - (substr(received_on, 6) < substr(applicant_birth_date, 6)) >= 60) THEN 4 ELSE 0 END) | (CASE WHEN instr(applicant_groups_json, '"disabled"') > 0 OR instr(applicant_groups_json, '"disability-certificate"') > 0 OR coalesce(json_array_length(policy_facts_json, '$.disability'), 0) > 0 THEN 8 ELSE 0 END) | (CASE WHEN applicant_gender = 'female' THEN 16 ELSE 0 END) | (CASE WHEN instr(applicant_groups_json, '"military-or-family"') > 0 THEN 32 ELSE 0 END))
    )`.execute(db)
  // The same columns by case id: transitions of a period join their case through this index
  // alone. Queries name it (INDEXED BY): the planner does not count expression columns as covered.
  await sql`
    CREATE INDEX legal_case_stats_by_id ON legal_case (
      id, case_type, matter, channel, created_by,
      ((CASE WHEN instr(applicant_groups_json, '"migrant-worker"') > 0 THEN 1 ELSE 0 END) | (CASE WHEN instr(applicant_groups_json, '"minor"') > 0 OR (applicant_birth_date IS NOT NULL AND CAST(substr(received_on, 1, 4) AS INTEGER) - CAST(substr(applicant_birth_date, 1, 4) AS INTEGER) - (substr(received_on, 6) < substr(applicant_birth_date, 6)) < 18) THEN 2 ELSE 0 END) | (CASE WHEN instr(applicant_groups_json, '"elderly"') > 0 OR (applicant_birth_date IS NOT NULL AND CAST(substr(received_on, 1, 4) AS INTEGER) - CAST(substr(applicant_birth_date, 1, 4) AS INTEGER) - (substr(received_on, 6) < substr(applicant_birth_date, 6)) >= 60) THEN 4 ELSE 0 END) | (CASE WHEN instr(applicant_groups_json, '"disabled"') > 0 OR instr(applicant_groups_json, '"disability-certificate"') > 0 OR coalesce(json_array_length(policy_facts_json, '$.disability'), 0) > 0 THEN 8 ELSE 0 END) | (CASE WHEN applicant_gender = 'female' THEN 16 ELSE 0 END) | (CASE WHEN instr(applicant_groups_json, '"military-or-family"') > 0 THEN 32 ELSE 0 END))
    )`.execute(db)
  // Clerk filter and the list of clerks.
  await sql`CREATE INDEX legal_case_by_creator ON legal_case (created_by, received_on)`.execute(db)
  // Grants, refusals, assignments, closings… of a period: one range per action, covering the join key.
  await sql`CREATE INDEX case_transition_by_action_date ON case_transition (action, on_date, case_id)`.execute(db)
  // Deadline compliance of the deadlines due in a period (covering).
  await sql`CREATE INDEX case_deadline_by_due ON case_deadline (due_on, kind, status, completed_on, responsible)`.execute(db)
  // A lawyer's workload: assignments made, and ended, in a period.
  await sql`CREATE INDEX case_assignment_by_assigned_on ON case_assignment (assigned_on)`.execute(db)
  await sql`CREATE INDEX case_assignment_by_ended_on ON case_assignment (ended_on) WHERE ended_on IS NOT NULL`.execute(db)
  await sql`CREATE INDEX consultation_by_creator ON consultation (created_by, consulted_on)`.execute(db)
}
