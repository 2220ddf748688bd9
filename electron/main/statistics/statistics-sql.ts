/**
 * The SQL of the statistics that must agree with the indexes of migration 0070.
 *
 * STAT_GROUPS_SQL is the special-groups bitmask of a case (bits as in STAT_GROUPS of
 * shared/schemas/statistics.ts). The migration indexes the very same expression, so that a
 * period's case figures are read from the index alone; SQLite matches index expressions by
 * their text, hence one spelling here and a test that the migration still carries it.
 *
 *   1 农民工      group code migrant-worker
 *   2 未成年人    group code minor, or under 18 on the receipt date (from the birth date)
 *   4 老年人      group code elderly, or 60 or over on the receipt date (老年人权益保障法第二条)
 *   8 残疾人      group code disabled or disability-certificate, or a disability recorded for the engine
 *  16 妇女        gender female
 *  32 军人军属    group code military-or-family
 */

/** Whole years of age on the receipt date; the birthday counts from its own day. */
const AGE = `CAST(substr(received_on, 1, 4) AS INTEGER) - CAST(substr(applicant_birth_date, 1, 4) AS INTEGER) - (substr(received_on, 6) < substr(applicant_birth_date, 6))`

export const STAT_GROUPS_SQL = [
  `(CASE WHEN instr(applicant_groups_json, '"migrant-worker"') > 0 THEN 1 ELSE 0 END)`,
  `(CASE WHEN instr(applicant_groups_json, '"minor"') > 0 OR (applicant_birth_date IS NOT NULL AND ${AGE} < 18) THEN 2 ELSE 0 END)`,
  `(CASE WHEN instr(applicant_groups_json, '"elderly"') > 0 OR (applicant_birth_date IS NOT NULL AND ${AGE} >= 60) THEN 4 ELSE 0 END)`,
  `(CASE WHEN instr(applicant_groups_json, '"disabled"') > 0 OR instr(applicant_groups_json, '"disability-certificate"') > 0 OR coalesce(json_array_length(policy_facts_json, '$.disability'), 0) > 0 THEN 8 ELSE 0 END)`,
  `(CASE WHEN applicant_gender = 'female' THEN 16 ELSE 0 END)`,
  `(CASE WHEN instr(applicant_groups_json, '"military-or-family"') > 0 THEN 32 ELSE 0 END)`,
].join(' | ')

/** The same expression over a table alias (joins read the row, not the index). */
export function statGroupsOf(alias: string): string {
  return STAT_GROUPS_SQL.replace(/\b(applicant_groups_json|applicant_birth_date|received_on|policy_facts_json|applicant_gender)\b/g, `${alias}.$1`)
}

/** A period's statistics query: business dates, and optionally one clerk's cases. */
export interface StatsQuery {
  from: string
  to: string
  clerk?: string | undefined
}
