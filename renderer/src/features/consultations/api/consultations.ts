import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { consultationKeys } from '../../../lib/query-keys'

export function useConsultations(page: number, pageSize: number) {
  return useQuery({
    queryKey: consultationKeys.page(page, pageSize),
    queryFn: () => invoke('consultation:list', { page, pageSize }),
    placeholderData: keepPreviousData,
  })
}

export function useCreateConsultation() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'consultation:create'>) => invoke('consultation:create', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: consultationKeys.all }),
  })
}
