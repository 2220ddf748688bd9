import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { caseKeys, invalidateCase } from '../../../lib/query-keys'

export function useReview(caseId: string) {
  return useQuery({ queryKey: caseKeys.review(caseId), queryFn: () => invoke('review:get', { caseId }) })
}

export function useWorkflow(caseId: string) {
  return useQuery({ queryKey: caseKeys.history(caseId), queryFn: () => invoke('workflow:history', { caseId }) })
}

function useInvalidateCase(caseId: string) {
  const qc = useQueryClient()
  return () => void invalidateCase(qc, caseId)
}

export function useAssess() {
  return useMutation({ mutationFn: (input: Input<'review:assess'>) => invoke('review:assess', input) })
}

export function useSaveReview(caseId: string) {
  const done = useInvalidateCase(caseId)
  return useMutation({ mutationFn: (input: Input<'review:save'>) => invoke('review:save', input), onSuccess: done })
}

export function useTransition(caseId: string) {
  const done = useInvalidateCase(caseId)
  return useMutation({ mutationFn: (input: Input<'workflow:transition'>) => invoke('workflow:transition', input), onSuccess: done })
}
