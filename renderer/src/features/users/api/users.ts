import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { userKeys } from '../../../lib/query-keys'

export function useUsers() {
  return useQuery({ queryKey: userKeys.list, queryFn: () => invoke('user:list', {}) })
}

export function useSaveUser() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'user:save'>) => invoke('user:save', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  })
}

export function useResetPassword() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'user:reset-password'>) => invoke('user:reset-password', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  })
}
