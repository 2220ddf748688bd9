import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { financeKeys } from '../../../lib/query-keys'

export function useFinanceOverview(year: number) {
  return useQuery({ queryKey: financeKeys.overview(year), queryFn: () => invoke('finance:overview', { year }) })
}

export function useDisclosure(period: string) {
  return useQuery({ queryKey: financeKeys.disclosure(period), queryFn: () => invoke('finance:disclosure', { period }) })
}

export function useSaveBudget() {
  const qc = useQueryClient()
  return useMutation({ mutationFn: (input: Input<'finance:budget-save'>) => invoke('finance:budget-save', input), onSuccess: () => void qc.invalidateQueries({ queryKey: financeKeys.allOverviews }) })
}
