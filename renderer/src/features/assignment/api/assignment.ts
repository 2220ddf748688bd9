import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { caseKeys, invalidateCase, lawyerKeys } from '../../../lib/query-keys'

export function useSuggestions(caseId: string, applicantChoiceLawyerId: string | undefined) {
  return useQuery({
    queryKey: caseKeys.suggestions(caseId, applicantChoiceLawyerId),
    queryFn: () => invoke('assignment:suggest', { caseId, ...(applicantChoiceLawyerId ? { applicantChoiceLawyerId } : {}), limit: 20 }),
  })
}

export function useAssign(caseId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'assignment:assign'>) => invoke('assignment:assign', input),
    onSuccess: () => {
      void invalidateCase(qc, caseId)
      // The lawyer's load has changed.
      void qc.invalidateQueries({ queryKey: lawyerKeys.all })
    },
  })
}
