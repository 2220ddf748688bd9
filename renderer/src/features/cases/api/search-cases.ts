import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { queryKeys } from '../../../lib/query-client'

export function useCaseSearch(input: Input<'case:search'>) {
  return useQuery({
    queryKey: [...queryKeys.cases, input],
    queryFn: () => invoke('case:search', input),
    placeholderData: keepPreviousData,
  })
}
