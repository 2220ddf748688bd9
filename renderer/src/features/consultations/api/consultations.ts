import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { queryKeys } from '../../../lib/query-client'

export function useConsultations(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...queryKeys.consultations, page, pageSize],
    queryFn: () => invoke('consultation:list', { page, pageSize }),
    placeholderData: keepPreviousData,
  })
}

export function useCreateConsultation() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'consultation:create'>) => invoke('consultation:create', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.consultations }),
  })
}
