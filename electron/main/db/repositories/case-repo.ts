import { sql, type Expression, type ExpressionBuilder, type Kysely, type Selectable, type SqlBool } from 'kysely'
import type { DB, LegalCaseTable } from '../schema'

export type CaseRow = Selectable<LegalCaseTable>
export type NewCaseRow = Omit<CaseRow, 'rowid'>

export async function insertCase(db: Kysely<DB>, row: NewCaseRow): Promise<void> {
  await db.insertInto('legal_case').values(row).execute()
}

export async function findCaseById(db: Kysely<DB>, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('legal_case').selectAll().where('id', '=', id).executeTakeFirst()
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
  status?: string[]
  caseType?: string[]
  receivedFrom?: string
  receivedTo?: string
}

const MAX_CHAR = '\u{10FFFF}'

type Eb = ExpressionBuilder<DB, 'legal_case'>

function prefix(eb: Eb, column: 'applicant_name' | 'applicant_initials' | 'applicant_pinyin' | 'opposing_party' | 'case_number', value: string) {
  return eb.and([eb(column, '>=', value), eb(column, '<', value + MAX_CHAR)])
}

/** An FTS5 phrase query over some columns; the value is quoted so user input is never syntax. */
function ftsPhrase(columns: string[], value: string): string {
  return `{${columns.join(' ')}} : "${value.replaceAll('"', '""')}"`
}

function ftsMatch(eb: Eb, columns: string[], value: string): Expression<SqlBool> {
  return eb(
    'legal_case.rowid',
    'in',
    sql<number>`(SELECT rowid FROM legal_case_fts WHERE legal_case_fts MATCH ${ftsPhrase(columns, value)})`,
  )
}

function termConditions(eb: Eb, terms: SearchTerms): Expression<SqlBool>[] {
  const ors: Expression<SqlBool>[] = []
  if (terms.text) {
    ors.push(prefix(eb, 'applicant_name', terms.text), prefix(eb, 'opposing_party', terms.text))
    if ([...terms.text].length >= 3) ors.push(ftsMatch(eb, ['applicant_name', 'opposing_party'], terms.text))
  }
  if (terms.pinyin) {
    ors.push(prefix(eb, 'applicant_initials', terms.pinyin), prefix(eb, 'applicant_pinyin', terms.pinyin))
  }
  if (terms.caseNumberPrefix) ors.push(prefix(eb, 'case_number', terms.caseNumberPrefix))
  if (terms.caseSeq !== undefined) ors.push(eb('case_seq', '=', terms.caseSeq))
  if (terms.digits && terms.digits.length >= 3) {
    ors.push(ftsMatch(eb, ['applicant_id_number', 'applicant_phone', 'case_number'], terms.digits))
  }
  return ors
}

function hasTerms(terms: SearchTerms): boolean {
  return Boolean(
    terms.text || terms.pinyin || terms.caseNumberPrefix || terms.caseSeq !== undefined || (terms.digits && terms.digits.length >= 3),
  )
}

export async function searchCases(
  db: Kysely<DB>,
  terms: SearchTerms,
  filters: CaseFilters,
  page: number,
  pageSize: number,
): Promise<{ rows: CaseRow[]; total: number }> {
  const searching = Object.values(terms).some((v) => v !== undefined && v !== '')
  if (searching && !hasTerms(terms)) return { rows: [], total: 0 }

  let base = db.selectFrom('legal_case')
  if (filters.status?.length) base = base.where('status', 'in', filters.status)
  if (filters.caseType?.length) base = base.where('case_type', 'in', filters.caseType)
  if (filters.receivedFrom) base = base.where('received_on', '>=', filters.receivedFrom)
  if (filters.receivedTo) base = base.where('received_on', '<=', filters.receivedTo)
  if (searching) base = base.where((eb) => eb.or(termConditions(eb, terms)))

  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('received_on', 'desc')
      .orderBy('case_number', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(count.n) }
}
