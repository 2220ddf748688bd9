/**
 * Issues a numbered document from a view model we build here (补贴发放凭证 from the ledger
 * entry, 汇总表 from the batch), through the documents layer's own pieces: the type's gap-free
 * series (`doc_counter`), the PDF renderer, atomic storage and `issued_document`. The documents
 * service's `issueDocument` cannot be used as is: its subsidy builder recomputes the amount
 * without the center's policy settings (so a Nanning or Tibet center, whose amounts are all
 * settings, would get NOT_CONFIGURED or a different figure), and the payment list it builds
 * takes every voucher issued in a calendar month rather than one batch. Here the number, the
 * file, the document row, the link from the ledger and the audit entry commit in ONE
 * transaction, so an entry never points at a document that does not exist and a number is
 * never consumed by a failed render. Reprint, void and batch printing then work on these
 * documents like on any other (documents:reprint, documents:batch-start).
 */
import type { Kysely } from 'kysely'
import { AppError } from '../../../shared/ipc/result'
import { today, yearOf } from '../../../shared/domain/dates'
import { formatDocNumber, type DocType } from '../../../shared/documents/schema'
import { appendAudit } from '../db/audit-repo'
import { insertIssuedDocument, lastDocSeq, nextDocSeq, takeDocSeqs, type IssuedDocumentRow } from '../documents/document-repo'
import type { DB } from '../db/schema'
import { writeTx } from '../db/tx'
import { documentRelativePath, removeFileQuietly, resolveStored, sha256Hex, writeFileAtomic } from '../documents/storage'
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
  const issuedOn = today(ctx.clock)
  const year = yearOf(issuedOn)
  const id = ctx.newId()
  const atMs = ctx.clock.now()
  const written: { path: string | null } = { path: null }
  try {
    return await writeTx(ctx.db, async (trx) => {
      const seq = await nextDocSeq(trx, args.type, year)
      const docNumber = formatDocNumber(args.docPrefix, args.type, year, seq)
      const vm = { ...args.vm, docNumber, issuedOn }
      // Names with characters the font lacks print as boxes; they are recorded on the row
      // (the documents panel marks them 有缺字) rather than stopping a batch of hundreds.
      const rendered = await renderPdf(vm, { allowMissingGlyphs: true })
      const relPath = documentRelativePath(ctx.paths.documentsDir, ctx.paths.dataDir, year, args.type, docNumber)
      const absPath = resolveStored(ctx.paths.dataDir, relPath)
      writeFileAtomic(absPath, rendered.pdf)
      written.path = absPath
      const record: IssuedDocumentRow = {
        id,
        case_id: args.caseId,
        doc_type: args.type,
        year,
        seq,
        doc_number: docNumber,
        title: rendered.title,
        issued_on: issuedOn,
        view_model_json: JSON.stringify(vm),
        file_path: relPath,
        sha256: sha256Hex(rendered.pdf),
        bytes: rendered.pdf.length,
        pages: rendered.pageCount,
        pitch_scale: rendered.pitchScale,
        missing_glyphs_json: JSON.stringify(rendered.missingGlyphs),
        issued_by: args.actor,
        issued_at_ms: atMs,
        origin: ctx.origin,
        voided_at_ms: null,
        voided_by: null,
        void_reason: null,
      }
      await insertIssuedDocument(trx, record)
      await args.link(trx, id, docNumber)
      await appendAudit(trx, {
        atMs,
        actor: args.actor,
        action: 'document.issue',
        entity: args.caseId ? 'legal_case' : 'issued_document',
        entityId: args.caseId ?? id,
        after: { documentId: id, type: args.type, docNumber, sha256: record.sha256, pages: record.pages, missingGlyphs: rendered.missingGlyphs, via: 'subsidy' },
      })
      return { id, docNumber, missingGlyphs: rendered.missingGlyphs }
    })
  } catch (err) {
    if (written.path) removeFileQuietly(written.path)
    throw err
  }
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
  args: { type: Extract<DocType, 'subsidy-voucher'>; docPrefix: string; actor: string; items: readonly ManyItem[]; onRendered?: () => void },
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
        const relPath = documentRelativePath(ctx.paths.documentsDir, ctx.paths.dataDir, year, args.type, docNumber)
        const absPath = resolveStored(ctx.paths.dataDir, relPath)
        writeFileAtomic(absPath, rendered.pdf)
        written.push(absPath)
        prepared.push({
          item,
          missing: rendered.missingGlyphs,
          record: {
            id: ctx.newId(),
            case_id: item.caseId,
            doc_type: args.type,
            year,
            seq,
            doc_number: docNumber,
            title: rendered.title,
            issued_on: issuedOn,
            view_model_json: JSON.stringify(vm),
            file_path: relPath,
            sha256: sha256Hex(rendered.pdf),
            bytes: rendered.pdf.length,
            pages: rendered.pageCount,
            pitch_scale: rendered.pitchScale,
            missing_glyphs_json: JSON.stringify(rendered.missingGlyphs),
            issued_by: args.actor,
            issued_at_ms: atMs,
            origin: ctx.origin,
            voided_at_ms: null,
            voided_by: null,
            void_reason: null,
          },
        })
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
