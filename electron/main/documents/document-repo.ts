import type { LocalDate } from '../../../shared/domain/dates'
import { sql, type Kysely, type Selectable } from 'kysely'
import type { DB, IssuedDocumentTable } from '../db/schema'

export type IssuedDocumentRow = Selectable<IssuedDocumentTable>

/**
 * Next number in a document type's series for a year. Must run inside the write transaction
 * that records the document: a rollback gives the number back, so series are gap-free.
 */
export async function nextDocSeq(db: Kysely<DB>, docType: string, year: number): Promise<number> {
  const row = await db
    .insertInto('doc_counter')
    .values({ doc_type: docType, year, last_seq: 1 })
    .onConflict((oc) => oc.columns(['doc_type', 'year']).doUpdateSet((eb) => ({ last_seq: eb('doc_counter.last_seq', '+', 1) })))
    .returning('last_seq')
    .executeTakeFirstOrThrow()
  return row.last_seq
}

/**
 * Takes the next `count` numbers of a series if its last number is still `expectedLast` (call in a
 * write transaction); false when someone else took numbers in between.
 */
export async function takeDocSeqs(db: Kysely<DB>, docType: string, year: number, expectedLast: number, count: number): Promise<boolean> {
  if (expectedLast === 0) {
    const r = await db.insertInto('doc_counter').values({ doc_type: docType, year, last_seq: count }).onConflict((oc) => oc.doNothing()).executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1
  }
  const r = await db
    .updateTable('doc_counter')
    .set({ last_seq: expectedLast + count })
    .where('doc_type', '=', docType)
    .where('year', '=', year)
    .where('last_seq', '=', expectedLast)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function insertIssuedDocument(db: Kysely<DB>, row: IssuedDocumentRow): Promise<void> {
  await db.insertInto('issued_document').values(row).execute()
}

export async function findIssuedDocument(db: Kysely<DB>, id: string): Promise<IssuedDocumentRow | undefined> {
  return db.selectFrom('issued_document').selectAll().where('id', '=', id).executeTakeFirst()
}

export interface DocumentFilter {
  caseId?: string
  docType?: string
  issuedFrom?: LocalDate
  issuedTo?: LocalDate
  includeVoided?: boolean
  ids?: readonly string[]
  limit?: number
}

/** Documents newest first (by case), or in number order (by type and dates, as batch printing wants them). */
export async function listIssuedDocuments(
  db: Kysely<DB>,
  filter: DocumentFilter,
  order: 'newest' | 'number' = 'newest',
): Promise<IssuedDocumentRow[]> {
  let q = db.selectFrom('issued_document').selectAll()
  if (filter.caseId !== undefined) q = q.where('case_id', '=', filter.caseId)
  if (filter.docType !== undefined) q = q.where('doc_type', '=', filter.docType)
  if (filter.issuedFrom !== undefined) q = q.where('issued_on', '>=', filter.issuedFrom)
  if (filter.issuedTo !== undefined) q = q.where('issued_on', '<=', filter.issuedTo)
  if (filter.includeVoided === false) q = q.where('voided_at_ms', 'is', null)
  if (filter.ids !== undefined) q = q.where('id', 'in', filter.ids.length ? [...filter.ids] : [''])
  // Insertion order (rowid) breaks ties between documents issued in the same millisecond.
  q = order === 'newest' ? q.orderBy('issued_at_ms', 'desc').orderBy(sql`rowid`, 'desc') : q.orderBy('year').orderBy('seq')
  if (filter.limit !== undefined) q = q.limit(filter.limit)
  return q.execute()
}

/** The case's newest document of a type that is not voided. */
export async function latestValidOfType(db: Kysely<DB>, caseId: string, docType: string): Promise<IssuedDocumentRow | undefined> {
  return db
    .selectFrom('issued_document')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('doc_type', '=', docType)
    .where('voided_at_ms', 'is', null)
    .orderBy('issued_at_ms', 'desc')
    .orderBy(sql`rowid`, 'desc')
    .executeTakeFirst()
}

/** Marks a document voided. Returns false when it was already voided (or does not exist). */
export async function voidIssuedDocument(db: Kysely<DB>, id: string, atMs: number, by: string, reason: string): Promise<boolean> {
  const r = await db
    .updateTable('issued_document')
    .set({ voided_at_ms: atMs, voided_by: by, void_reason: reason })
    .where('id', '=', id)
    .where('voided_at_ms', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function lastDocSeq(db: Kysely<DB>, docType: string, year: number): Promise<number> {
  const row = await db.selectFrom('doc_counter').select('last_seq').where('doc_type', '=', docType).where('year', '=', year).executeTakeFirst()
  return row?.last_seq ?? 0
}
