import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { caseKeys } from '../../../lib/query-keys'

export function useCreateApplication() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'application:create'>) => invoke('application:create', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: caseKeys.lists })
    },
  })
}
