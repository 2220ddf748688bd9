import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { queryKeys } from '../../../lib/query-client'

export function useSaveSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'settings:save'>) => invoke('settings:save', input),
    onSuccess: (saved) => {
      qc.setQueryData(queryKeys.settings, saved)
      void qc.invalidateQueries({ queryKey: ['policy:matters'] })
    },
  })
}
