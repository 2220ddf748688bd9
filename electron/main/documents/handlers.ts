/** Handlers of the documents:* channels. */
import type { DOCUMENTS_CONTRACT } from '../../../shared/documents/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import {
  batchStatus,
  checkGlyphs,
  getDocument,
  issueDocument,
  listDocuments,
  openDocument,
  readDocument,
  reprintDocument,
  startBatch,
  voidDocument,
} from './document-service'

export function documentHandlers(ctx: ServiceContext): HandlersOf<typeof DOCUMENTS_CONTRACT> {
  return {
    'documents:issue': async (input, req) => issueDocument(ctx, input, { actor: req.actor, ...(req.roles ? { roles: req.roles } : {}) }),
    'documents:list': async (input) =>
      listDocuments(ctx, {
        ...(input.caseId ? { caseId: input.caseId } : {}),
        ...(input.type ? { docType: input.type } : {}),
        ...(input.issuedFrom ? { issuedFrom: input.issuedFrom } : {}),
        ...(input.issuedTo ? { issuedTo: input.issuedTo } : {}),
        includeVoided: input.includeVoided,
        limit: input.limit,
      }),
    'documents:get': async (input) => getDocument(ctx, input.id),
    'documents:read': async (input) => readDocument(ctx, input),
    'documents:open': async (input) => openDocument(ctx, input),
    'documents:reprint': async (input, req) => {
      const result = await reprintDocument(ctx, input.id, req.actor)
      // Electron: show it in the preview window with Print; browser mode shows documents:read itself.
      if (result.sha256Matches) result.opened = (await openDocument(ctx, { id: input.id })).opened
      return result
    },
    'documents:void': async (input, req) => voidDocument(ctx, input.id, input.reason, req.actor),
    'documents:batch-start': async (input, req) =>
      startBatch(ctx, { type: input.type, issuedFrom: input.issuedFrom, issuedTo: input.issuedTo, ids: input.ids }, req.actor),
    'documents:batch-status': async (input) => batchStatus(ctx, input.jobId),
    'documents:check-glyphs': async (input) => checkGlyphs(input.text),
  }
}
