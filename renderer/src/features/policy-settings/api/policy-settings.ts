import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { deadlineKeys, invalidateEveryCase, policySettingKeys } from '../../../lib/query-keys'

export function usePolicySettings() {
  return useQuery({ queryKey: policySettingKeys.list, queryFn: () => invoke('policy-settings:list', {}) })
}

export function useAddPolicySetting() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'policy-settings:add'>) => invoke('policy-settings:add', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: policySettingKeys.list })
      void invalidateEveryCase(qc, 'review')
      void qc.invalidateQueries({ queryKey: deadlineKeys.all })
    },
  })
}
