/**
 * A rendered document put in the store's files: written atomically under its number, and the
 * issued_document row that records it (inserted by the caller, inside its transaction). Used by
 * the clerk's issuing (document-service.ts) and the ledger's voucher runs (subsidy/issue.ts).
 */
import type { LocalDate } from '../../../shared/domain/dates'
import type { DocType } from '../../../shared/documents/schema'
import type { ServiceContext } from '../context'
import type { RenderPdfResult } from '../pdf'
import type { DocumentVm } from '../pdf/view-models'
import type { IssuedDocumentRow } from './document-repo'
import { documentRelativePath, resolveStored, sha256Hex, writeFileAtomic } from './storage'

export interface StoredDocument {
  record: IssuedDocumentRow
  /** The written file, to remove if the transaction does not commit. */
  absPath: string
}

export function storeRendered(
  ctx: ServiceContext,
  doc: { id: string; caseId: string | null; type: DocType; year: number; seq: number; docNumber: string; issuedOn: LocalDate; vm: DocumentVm; actor: string; atMs: number },
  rendered: RenderPdfResult,
): StoredDocument {
  const relPath = documentRelativePath(ctx.paths.documentsDir, ctx.paths.dataDir, doc.year, doc.type, doc.docNumber)
  const absPath = resolveStored(ctx.paths.dataDir, relPath)
  writeFileAtomic(absPath, rendered.pdf)
  return {
    absPath,
    record: {
      id: doc.id,
      case_id: doc.caseId,
      doc_type: doc.type,
      year: doc.year,
      seq: doc.seq,
      doc_number: doc.docNumber,
      title: rendered.title,
      issued_on: doc.issuedOn,
      view_model_json: JSON.stringify(doc.vm),
      file_path: relPath,
      sha256: sha256Hex(rendered.pdf),
      bytes: rendered.pdf.length,
      pages: rendered.pageCount,
      pitch_scale: rendered.pitchScale,
      missing_glyphs_json: JSON.stringify(rendered.missingGlyphs),
      issued_by: doc.actor,
      issued_at_ms: doc.atMs,
      origin: ctx.origin,
      voided_at_ms: null,
      voided_by: null,
      void_reason: null,
    },
  }
}
