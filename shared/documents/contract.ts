/** The channels of official documents: issue, read, reprint, void, batches: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, ALL_STAFF } from '../ipc/define'
import { BatchStartInput, BatchStatusInput, CheckGlyphsInput, DocumentIdInput, IssueDocumentInput, ListDocumentsInput, ReadDocumentInput, VoidDocumentInput } from './schema'
import type { BatchJobStatus, DocumentBytes, GlyphCheckResult, IssueDocumentResult, IssuedDocumentDto, OpenPdfResult, ReprintResult } from './schema'

export const DOCUMENTS_CONTRACT = {
  'documents:issue': channel<typeof IssueDocumentInput, IssueDocumentResult>(IssueDocumentInput, ALL_STAFF),
  'documents:list': channel<typeof ListDocumentsInput, IssuedDocumentDto[]>(ListDocumentsInput, ALL_STAFF),
  'documents:get': channel<typeof DocumentIdInput, IssuedDocumentDto>(DocumentIdInput, ALL_STAFF),
  'documents:read': channel<typeof ReadDocumentInput, DocumentBytes>(ReadDocumentInput, ALL_STAFF),
  'documents:open': channel<typeof ReadDocumentInput, OpenPdfResult>(ReadDocumentInput, ALL_STAFF),
  'documents:reprint': channel<typeof DocumentIdInput, ReprintResult>(DocumentIdInput, ALL_STAFF),
  'documents:void': channel<typeof VoidDocumentInput, IssuedDocumentDto>(VoidDocumentInput, ['director', 'admin']),
  'documents:batch-start': channel<typeof BatchStartInput, BatchJobStatus>(BatchStartInput, ALL_STAFF, 'job'),
  'documents:batch-status': channel<typeof BatchStatusInput, BatchJobStatus>(BatchStatusInput, ALL_STAFF, 'job'),
  'documents:check-glyphs': channel<typeof CheckGlyphsInput, GlyphCheckResult>(CheckGlyphsInput, ALL_STAFF),
}
