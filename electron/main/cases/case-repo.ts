import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely'
import type { LocalDate } from '../../../shared/domain/dates'
import type { CaseStatus, CaseType } from '../../../shared/domain/enums'
import type { DB } from '../db/schema'
import type { CaseRow } from './case-record'

export type NewCaseRow = Omit<CaseRow, 'rowid'>

export async function insertCase(db: Kysely<DB>, row: NewCaseRow): Promise<void> {
  await db.insertInto('legal_case').values(row).execute()
}

/** What the search box asked for, already normalised and split by kind (see shared/domain/search). */
export interface SearchTerms {
  /** Name or opposing party as typed (prefix; substring from three characters). */
  text?: string
  /** Latin letters, lowercase: pinyin initials or full pinyin (prefix). */
  pinyin?: string
  /** Digits (and X): ID number, phone or case number fragment (substring from three characters). */
  digits?: string
  /** Start of a case number: '2026-0012' or '2026-'. */
  caseNumberPrefix?: string
  /** A case sequence number without the year ('12' finds 2025-0012 and 2026-0012). */
  caseSeq?: number
}

export interface CaseFilters {
  status?: CaseStatus[]
  caseType?: CaseType[]
  receivedFrom?: LocalDate
  receivedTo?: LocalDate
}

const MAX_CHAR = '\u{10FFFF}'

type Eb = ExpressionBuilder<DB, 'legal_case'>

type PrefixColumn = 'applicant_name' | 'applicant_initials' | 'applicant_pinyin' | 'opposing_party' | 'case_number'

/**
 * `column` starts with `value`, as a range so that the column's index can serve it. With
 * `scan`, the column is written `+column`, which tells SQLite not to drive the query from that
 * index (used when matches are so many that walking the date index is cheaper).
 */
function prefix(eb: Eb, column: PrefixColumn, value: string, scan: boolean) {
  const col = scan ? sql<string>`+${sql.ref(`legal_case.${column}`)}` : eb.ref(column)
  return eb.and([eb(col, '>=', value), eb(col, '<', value + MAX_CHAR)])
}

/** An FTS5 phrase query over some columns; the value is quoted so user input is never syntax. */
function ftsPhrase(columns: string[], value: string): string {
  return `{${columns.join(' ')}} : "${value.replaceAll('"', '""')}"`
}

function ftsMatch(eb: Eb, columns: string[], value: string, scan: boolean): Expression<SqlBool> {
  return eb(
    scan ? sql<number>`+legal_case.rowid` : eb.ref('legal_case.rowid'),
    'in',
    sql<number>`(SELECT rowid FROM legal_case_fts WHERE legal_case_fts MATCH ${ftsPhrase(columns, value)})`,
  )
}

function termConditions(eb: Eb, terms: SearchTerms, scan: boolean): Expression<SqlBool>[] {
  const ors: Expression<SqlBool>[] = []
  if (terms.text) {
    ors.push(prefix(eb, 'applicant_name', terms.text, scan), prefix(eb, 'opposing_party', terms.text, scan))
    if ([...terms.text].length >= 3) ors.push(ftsMatch(eb, ['applicant_name', 'opposing_party'], terms.text, scan))
  }
  if (terms.pinyin) {
    ors.push(prefix(eb, 'applicant_initials', terms.pinyin, scan), prefix(eb, 'applicant_pinyin', terms.pinyin, scan))
  }
  if (terms.caseNumberPrefix) ors.push(prefix(eb, 'case_number', terms.caseNumberPrefix, scan))
  if (terms.caseSeq !== undefined) ors.push(eb(scan ? sql<number>`+legal_case.case_seq` : eb.ref('case_seq'), '=', terms.caseSeq))
  if (terms.digits && terms.digits.length >= 3) {
    ors.push(ftsMatch(eb, ['applicant_id_number', 'applicant_phone', 'case_number'], terms.digits, scan))
  }
  return ors
}

function hasTerms(terms: SearchTerms): boolean {
  return Boolean(
    terms.text || terms.pinyin || terms.caseNumberPrefix || terms.caseSeq !== undefined || (terms.digits && terms.digits.length >= 3),
  )
}

/** Counting stops here; beyond it the list says "more than N" instead of an exact total. */
export const COUNT_CAP = 5000

/**
 * One page of cases, newest receipt first, and the number of matches (exact up to COUNT_CAP).
 *
 * Two plans, chosen by how many rows match. Few matches: let SQLite find them through the
 * search indexes and sort them (cost ~ matches). Many matches (a surname, one pinyin letter):
 * walk the receipt-date index and test each row (cost ~ rows needed × table size / matches),
 * which reaches a page after a few hundred rows instead of sorting tens of thousands.
 */
export async function searchCases(
  db: Kysely<DB>,
  terms: SearchTerms,
  filters: CaseFilters,
  page: number,
  pageSize: number,
): Promise<{ rows: CaseRow[]; total: number; totalIsCapped: boolean }> {
  const searching = Object.values(terms).some((v) => v !== undefined && v !== '')
  if (searching && !hasTerms(terms)) return { rows: [], total: 0, totalIsCapped: false }

  const query = (scan: boolean) => {
    let q = db.selectFrom('legal_case')
    if (filters.status?.length) q = q.where('status', 'in', filters.status)
    if (filters.caseType?.length) q = q.where('case_type', 'in', filters.caseType)
    if (filters.receivedFrom) q = q.where('received_on', '>=', filters.receivedFrom)
    if (filters.receivedTo) q = q.where('received_on', '<=', filters.receivedTo)
    if (searching) q = q.where((eb) => eb.or(termConditions(eb, terms, scan)))
    return q
  }

  const counted = await db
    .selectFrom(query(false).select(sql.lit(1).as('one')).limit(COUNT_CAP + 1).as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const total = Number(counted.n)
  let dense = false
  if (searching && total > 0) {
    const size = await db.selectFrom('legal_case').select((eb) => eb.fn.max('rowid').as('n')).executeTakeFirst()
    const rowsNeeded = page * pageSize
    dense = total * total > rowsNeeded * Number(size?.n ?? 0)
  }
  const rows = await query(dense)
    .selectAll()
    .orderBy('received_on', 'desc')
    .orderBy('case_number', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute()
  return { rows, total: Math.min(total, COUNT_CAP), totalIsCapped: total > COUNT_CAP }
}
