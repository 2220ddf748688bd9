/**
 * Issues numbered documents from view models built from the ledger (补贴发放凭证 from an entry,
 * 汇总表 from a batch). These types are never issued through documents:issue
 * (shared/documents/rules.ts): their payee, amounts and approvers come from the ledger's records.
 * The documents layer's pieces do the rest: the type's gap-free series (`doc_counter`), the PDF
 * renderer, atomic storage and `issued_document`. The numbers, the document rows, the links from
 * the ledger and the audit entries commit in ONE transaction, so an entry never points at a
 * document that does not exist and a number is never consumed by a failed render. Reprint, void
 * and batch printing then work on these documents like on any other. */
import type { Kysely } from 'kysely'
import { AppError } from '../../../shared/ipc/result'
import { today, yearOf } from '../../../shared/domain/dates'
import { formatDocNumber, type DocType } from '../../../shared/documents/schema'
import { appendAudit } from '../db/audit-repo'
import { insertIssuedDocument, lastDocSeq, takeDocSeqs, type IssuedDocumentRow } from '../documents/document-repo'
import type { DB } from '../db/schema'
import { writeTx } from '../db/tx'
import { removeFileQuietly } from '../documents/storage'
import { storeRendered } from '../documents/stored-document'
import { renderPdf } from '../pdf'
import type { DocumentVm } from '../pdf/view-models'
import type { ServiceContext } from '../context'

export interface IssuedRef {
  id: string
  docNumber: string
  missingGlyphs: string[]
}

export async function issueFromViewModel(
  ctx: ServiceContext,
  args: {
    type: Extract<DocType, 'subsidy-voucher' | 'payment-list'>
    caseId: string | null
    docPrefix: string
    vm: DocumentVm
    actor: string
    /** Runs inside the transaction after the document row exists (link it from our rows). */
    link: (trx: Kysely<DB>, documentId: string, docNumber: string) => Promise<void>
  },
): Promise<IssuedRef> {
  const [ref] = await issueManyFromViewModels(ctx, { type: args.type, docPrefix: args.docPrefix, actor: args.actor, items: [{ caseId: args.caseId, vm: args.vm, link: args.link }] })
  return ref!
}

export interface ManyItem {
  caseId: string | null
  vm: DocumentVm
  /** Runs inside the transaction after the document row exists (link it from our rows). */
  link: (trx: Kysely<DB>, documentId: string, docNumber: string) => Promise<void>
}

/**
 * Issues several documents of one series in ONE transaction. Their numbers are the series' next
 * ones as read before rendering; the PDFs are rendered and stored outside the write lock, and the
 * transaction takes the numbers only if nobody took any in between (otherwise the chunk is
 * rendered again with the new numbers). A failure leaves no number used and no file behind.
 */
export async function issueManyFromViewModels(
  ctx: ServiceContext,
  args: { type: Extract<DocType, 'subsidy-voucher' | 'payment-list'>; docPrefix: string; actor: string; items: readonly ManyItem[]; onRendered?: () => void },
): Promise<IssuedRef[]> {
  if (args.items.length === 0) return []
  const issuedOn = today(ctx.clock)
  const year = yearOf(issuedOn)
  for (let attempt = 0; attempt < 5; attempt++) {
    const last = await lastDocSeq(ctx.db, args.type, year)
    const atMs = ctx.clock.now()
    const written: string[] = []
    try {
      const prepared: { record: IssuedDocumentRow; item: ManyItem; missing: string[] }[] = []
      for (const [i, item] of args.items.entries()) {
        const seq = last + i + 1
        const docNumber = formatDocNumber(args.docPrefix, args.type, year, seq)
        const vm = { ...item.vm, docNumber, issuedOn }
        const rendered = await renderPdf(vm, { allowMissingGlyphs: true })
        const stored = storeRendered(ctx, { id: ctx.newId(), caseId: item.caseId, type: args.type, year, seq, docNumber, issuedOn, vm, actor: args.actor, atMs }, rendered)
        written.push(stored.absPath)
        prepared.push({ item, missing: rendered.missingGlyphs, record: stored.record })
        args.onRendered?.()
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
      const taken = await writeTx(ctx.db, async (trx) => {
        if (!(await takeDocSeqs(trx, args.type, year, last, prepared.length))) return false
        for (const { record, item, missing } of prepared) {
          await insertIssuedDocument(trx, record)
          await item.link(trx, record.id, record.doc_number)
          await appendAudit(trx, {
            atMs,
            actor: args.actor,
            action: 'document.issue',
            entity: record.case_id ? 'legal_case' : 'issued_document',
            entityId: record.case_id ?? record.id,
            after: { documentId: record.id, type: args.type, docNumber: record.doc_number, sha256: record.sha256, pages: record.pages, missingGlyphs: missing, via: 'subsidy' },
          })
        }
        return true
      })
      if (taken) return prepared.map((p) => ({ id: p.record.id, docNumber: p.record.doc_number, missingGlyphs: p.missing }))
      for (const path of written) removeFileQuietly(path)
    } catch (err) {
      for (const path of written) removeFileQuietly(path)
      throw err
    }
  }
  throw new AppError('CONFLICT', '凭证编号被其他操作同时占用，请稍后重试开具')
}
