import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { centerKeys, matterKeys } from '../../../lib/query-keys'

export function useSaveSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'settings:save'>) => invoke('settings:save', input),
    onSuccess: (saved) => {
      qc.setQueryData(centerKeys.settings, saved)
      void qc.invalidateQueries({ queryKey: matterKeys.all })
    },
  })
}
