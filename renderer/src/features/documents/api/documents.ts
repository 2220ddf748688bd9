/** Queries and mutations of the documents:* channels, and opening a PDF for preview. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { IssueDocumentInputIn } from '../../../../../shared/schemas/documents'
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

/**
 * Shows a stored PDF: in Electron the main process opens its preview window (Print, Save as);
 * in browser mode the bytes come over the bridge and open as a blob URL in a new tab.
 */
export async function previewPdf(target: { id: string } | { batchJobId: string }): Promise<void> {
  const { opened } = await invoke('documents:open', target)
  if (opened) return
  // Open the tab now, while the click still counts as a user gesture, and fill it when the bytes arrive.
  const tab = window.open('', '_blank')
  const file = await invoke('documents:read', target)
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }))
  if (tab) tab.location.href = url
  else window.open(url, '_blank')
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
