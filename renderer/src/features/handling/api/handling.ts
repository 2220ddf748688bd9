import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Channel } from '../../../../../shared/ipc/channels'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { caseKeys, invalidateCase } from '../../../lib/query-keys'

export function useHandling(caseId: string) {
  return useQuery({ queryKey: caseKeys.handling(caseId), queryFn: () => invoke('handling:get', { caseId }) })
}

type HandlingWrite = 'handling:add-event' | 'handling:conclude' | 'handling:save-checklist' | 'handling:close' | 'handling:archive'

export function useHandlingAction<K extends HandlingWrite & Channel>(caseId: string, channel: K) {
  const qc = useQueryClient()
  return useMutation({ mutationFn: (input: Input<K>) => invoke(channel, input), onSuccess: () => void invalidateCase(qc, caseId) })
}
