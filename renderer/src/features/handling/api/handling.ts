import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Channel } from '../../../../../shared/ipc/channels'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'

export const handlingKey = (caseId: string) => ['handling:get', caseId] as const

export function useHandling(caseId: string) {
  return useQuery({ queryKey: handlingKey(caseId), queryFn: () => invoke('handling:get', { caseId }) })
}

/** Invalidates everything a status change on the case can affect. */
export function useInvalidateCaseWork(caseId: string) {
  const qc = useQueryClient()
  return () => {
    for (const key of ['handling:get', 'quality:get', 'subsidy:get', 'workflow:history', 'case:get']) void qc.invalidateQueries({ queryKey: [key, caseId] })
    void qc.invalidateQueries({ queryKey: ['deadlines:board'] })
  }
}

type HandlingWrite = 'handling:add-event' | 'handling:conclude' | 'handling:save-checklist' | 'handling:close' | 'handling:archive'

export function useHandlingAction<K extends HandlingWrite & Channel>(caseId: string, channel: K) {
  const done = useInvalidateCaseWork(caseId)
  return useMutation({ mutationFn: (input: Input<K>) => invoke(channel, input), onSuccess: done })
}
