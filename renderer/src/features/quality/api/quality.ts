import { useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { useInvalidateCaseWork } from '../../handling/api/handling'

export const qualityKey = (caseId: string) => ['quality:get', caseId] as const

export function useQuality(caseId: string) {
  return useQuery({ queryKey: qualityKey(caseId), queryFn: () => invoke('quality:get', { caseId }) })
}

export function useSaveReview(caseId: string) {
  const done = useInvalidateCaseWork(caseId)
  return useMutation({ mutationFn: (input: Input<'quality:review-save'>) => invoke('quality:review-save', input), onSuccess: done })
}

export function useAddFollowUp(caseId: string) {
  const done = useInvalidateCaseWork(caseId)
  return useMutation({ mutationFn: (input: Input<'followup:add'>) => invoke('followup:add', input), onSuccess: done })
}

export function useAddComplaint(caseId: string) {
  const done = useInvalidateCaseWork(caseId)
  return useMutation({ mutationFn: (input: Input<'complaint:add'>) => invoke('complaint:add', input), onSuccess: done })
}

export function useUpdateComplaint(caseId: string) {
  const done = useInvalidateCaseWork(caseId)
  return useMutation({ mutationFn: (input: Input<'complaint:update'>) => invoke('complaint:update', input), onSuccess: done })
}
