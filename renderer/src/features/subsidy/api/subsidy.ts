import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Channel } from '../../../../../shared/ipc/channels'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { caseKeys, financeKeys, invalidateCase, subsidyKeys } from '../../../lib/query-keys'

export function useSubsidy(caseId: string) {
  return useQuery({ queryKey: caseKeys.subsidy(caseId), queryFn: () => invoke('subsidy:get', { caseId }) })
}

type CaseWrite = 'subsidy:extra-request' | 'subsidy:extra-decide' | 'subsidy:compute' | 'subsidy:approve' | 'subsidy:correct'

export function useSubsidyAction<K extends CaseWrite & Channel>(caseId: string, channel: K) {
  const qc = useQueryClient()
  return useMutation({ mutationFn: (input: Input<K>) => invoke(channel, input), onSuccess: () => void invalidateCase(qc, caseId) })
}

export function useClaims(status?: 'computed' | 'approved' | 'paid') {
  return useQuery({ queryKey: subsidyKeys.claims(status), queryFn: () => invoke('subsidy:claims', { ...(status ? { status } : {}), limit: 500 }) })
}

export function useBatches(year: number) {
  return useQuery({ queryKey: subsidyKeys.batches(year), queryFn: () => invoke('subsidy-batch:list', { year }) })
}

export function useBatch(batchId: string | null) {
  return useQuery({ queryKey: subsidyKeys.batch(batchId), queryFn: () => invoke('subsidy-batch:get', { batchId: batchId! }), enabled: batchId !== null })
}

type BatchWrite = 'subsidy:approve' | 'subsidy-batch:create' | 'subsidy-batch:approve' | 'subsidy-batch:pay' | 'subsidy-batch:payment-list' | 'subsidy-batch:vouchers-start'

export function useBatchAction<K extends BatchWrite & Channel>(channel: K) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<K>) => invoke(channel, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: subsidyKeys.all })
      void qc.invalidateQueries({ queryKey: financeKeys.allOverviews })
    },
  })
}
