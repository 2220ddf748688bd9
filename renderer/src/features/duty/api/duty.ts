import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Channel } from '../../../../../shared/ipc/channels'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { dutyKeys, subsidyKeys } from '../../../lib/query-keys'

export function usePosts() {
  return useQuery({ queryKey: dutyKeys.posts, queryFn: () => invoke('duty:posts', { includeInactive: true }) })
}

export function useRoster(from: string, to: string) {
  return useQuery({ queryKey: dutyKeys.roster(from, to), queryFn: () => invoke('duty:roster', { from, to }) })
}

export function useStatements(period: string) {
  return useQuery({ queryKey: dutyKeys.statements(period), queryFn: () => invoke('duty:statement', { period }) })
}

type DutyWrite = 'duty:post-save' | 'duty:shift-save' | 'duty:service-add' | 'duty:statement-save'

export function useDutyAction<K extends DutyWrite & Channel>(channel: K) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<K>) => invoke(channel, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: dutyKeys.all })
      void qc.invalidateQueries({ queryKey: subsidyKeys.allClaims })
    },
  })
}
