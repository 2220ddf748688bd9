import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'

export const reviewKey = (caseId: string) => ['review:get', caseId] as const
export const workflowKey = (caseId: string) => ['workflow:history', caseId] as const

export function useReview(caseId: string) {
  return useQuery({ queryKey: reviewKey(caseId), queryFn: () => invoke('review:get', { caseId }) })
}

export function useWorkflow(caseId: string) {
  return useQuery({ queryKey: workflowKey(caseId), queryFn: () => invoke('workflow:history', { caseId }) })
}

function useInvalidateCase(caseId: string) {
  const qc = useQueryClient()
  return () => {
    void qc.invalidateQueries({ queryKey: reviewKey(caseId) })
    void qc.invalidateQueries({ queryKey: workflowKey(caseId) })
    void qc.invalidateQueries({ queryKey: ['case:get', caseId] })
    void qc.invalidateQueries({ queryKey: ['deadlines:board'] })
    void qc.invalidateQueries({ queryKey: ['assignment:suggest', caseId] })
  }
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
