import { useQuery } from '@tanstack/react-query'
import { invoke } from '../../../lib/ipc'
import { caseKeys } from '../../../lib/query-keys'

export function useCaseFile(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => invoke('case:get', { id }) })
}
