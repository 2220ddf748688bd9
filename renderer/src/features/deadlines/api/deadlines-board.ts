import { useQuery } from '@tanstack/react-query'
import { invoke } from '../../../lib/ipc'

export const deadlinesKey = (responsible: string | undefined) => ['deadlines:board', responsible ?? ''] as const

/** The board refreshes every minute so a clerk's screen stays current through the day. */
export function useDeadlinesBoard(responsible: string | undefined) {
  return useQuery({
    queryKey: deadlinesKey(responsible),
    queryFn: () => invoke('deadlines:board', { ...(responsible ? { responsible } : {}), listLimit: 100 }),
    refetchInterval: 60_000,
  })
}
