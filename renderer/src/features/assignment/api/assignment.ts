import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'

export const suggestKey = (caseId: string, choice: string | undefined) => ['assignment:suggest', caseId, choice ?? ''] as const

export function useSuggestions(caseId: string, applicantChoiceLawyerId: string | undefined) {
  return useQuery({
    queryKey: suggestKey(caseId, applicantChoiceLawyerId),
    queryFn: () => invoke('assignment:suggest', { caseId, ...(applicantChoiceLawyerId ? { applicantChoiceLawyerId } : {}), limit: 20 }),
  })
}

export function useAssign(caseId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'assignment:assign'>) => invoke('assignment:assign', input),
    onSuccess: () => {
      for (const key of [['assignment:suggest', caseId], ['workflow:history', caseId], ['case:get', caseId], ['deadlines:board'], ['lawyer:list']]) void qc.invalidateQueries({ queryKey: key })
    },
  })
}
