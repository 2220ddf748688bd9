import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { caseKeys, invalidateCase } from '../../../lib/query-keys'

export function useQuality(caseId: string) {
  return useQuery({ queryKey: caseKeys.quality(caseId), queryFn: () => invoke('quality:get', { caseId }) })
}

/** After a write to the case: everything about it is read again. */
function useInvalidateCase(caseId: string) {
  const qc = useQueryClient()
  return () => void invalidateCase(qc, caseId)
}

export function useSaveReview(caseId: string) {
  const done = useInvalidateCase(caseId)
  return useMutation({ mutationFn: (input: Input<'quality:review-save'>) => invoke('quality:review-save', input), onSuccess: done })
}

export function useAddFollowUp(caseId: string) {
  const done = useInvalidateCase(caseId)
  return useMutation({ mutationFn: (input: Input<'followup:add'>) => invoke('followup:add', input), onSuccess: done })
}

export function useAddComplaint(caseId: string) {
  const done = useInvalidateCase(caseId)
  return useMutation({ mutationFn: (input: Input<'complaint:add'>) => invoke('complaint:add', input), onSuccess: done })
}

export function useUpdateComplaint(caseId: string) {
  const done = useInvalidateCase(caseId)
  return useMutation({ mutationFn: (input: Input<'complaint:update'>) => invoke('complaint:update', input), onSuccess: done })
}
