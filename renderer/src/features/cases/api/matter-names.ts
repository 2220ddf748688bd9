import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { invoke } from '../../../lib/ipc'
import { matterKeys } from '../../../lib/query-keys'

/**
 * Matter code → name for the list, from the center's current scope list. (The list rows carry
 * only the code; a case from another region or an older profile falls back to its code.)
 */
export function useMatterNames(enabled: boolean): Map<string, string> {
  const q = useQuery({
    queryKey: matterKeys.centerNames,
    queryFn: () => invoke('policy:matters', {}),
    enabled,
    staleTime: 5 * 60_000,
    retry: false,
  })
  return useMemo(() => new Map((q.data?.matters ?? []).map((m) => [m.code, m.name])), [q.data])
}
