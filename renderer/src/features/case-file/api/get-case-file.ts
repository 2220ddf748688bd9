import { useQuery } from '@tanstack/react-query'
import { invoke } from '../../../lib/ipc'
import { queryKeys } from '../../../lib/query-client'

export function useCaseFile(id: string) {
  return useQuery({ queryKey: queryKeys.caseFile(id), queryFn: () => invoke('case:get', { id }) })
}
