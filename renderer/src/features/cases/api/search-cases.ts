import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { caseKeys } from '../../../lib/query-keys'

export function useCaseSearch(input: Input<'case:search'>) {
  return useQuery({
    queryKey: caseKeys.search(input),
    queryFn: () => invoke('case:search', input),
    placeholderData: keepPreviousData,
  })
}
