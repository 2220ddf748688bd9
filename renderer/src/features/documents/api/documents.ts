/** Queries and mutations of the documents:* channels (opening a PDF for preview is lib/preview-pdf). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { IssueDocumentInputIn } from '../../../../../shared/documents/schema'
import { invoke } from '../../../lib/ipc'
import { caseKeys, invalidateCase, invalidateEveryCase } from '../../../lib/query-keys'

export function useCaseDocuments(caseId: string) {
  return useQuery({ queryKey: caseKeys.documents(caseId), queryFn: () => invoke('documents:list', { caseId }) })
}

function useInvalidate(caseId?: string) {
  const qc = useQueryClient()
  // Without a case (batch printing), the documents of every case.
  return () => (caseId ? invalidateCase(qc, caseId) : invalidateEveryCase(qc, 'documents'))
}

export function useIssueDocument(caseId?: string) {
  const invalidate = useInvalidate(caseId)
  return useMutation({ mutationFn: (input: IssueDocumentInputIn) => invoke('documents:issue', input), onSuccess: invalidate })
}

export function useVoidDocument(caseId?: string) {
  const invalidate = useInvalidate(caseId)
  return useMutation({ mutationFn: (input: { id: string; reason: string }) => invoke('documents:void', input), onSuccess: invalidate })
}

export function useReprintDocument(caseId?: string) {
  const invalidate = useInvalidate(caseId)
  return useMutation({ mutationFn: (id: string) => invoke('documents:reprint', { id }), onSuccess: invalidate })
}
