import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'

export const policySettingsKey = ['policy-settings:list'] as const

export function usePolicySettings() {
  return useQuery({ queryKey: policySettingsKey, queryFn: () => invoke('policy-settings:list', {}) })
}

export function useAddPolicySetting() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'policy-settings:add'>) => invoke('policy-settings:add', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: policySettingsKey })
      void qc.invalidateQueries({ queryKey: ['review:get'] })
      void qc.invalidateQueries({ queryKey: ['deadlines:board'] })
    },
  })
}
