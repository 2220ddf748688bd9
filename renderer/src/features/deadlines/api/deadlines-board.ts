import { useQuery } from '@tanstack/react-query'
import { invoke } from '../../../lib/ipc'
import { deadlineKeys } from '../../../lib/query-keys'

/** The board refreshes every minute so a clerk's screen stays current through the day. */
export function useDeadlinesBoard(responsible: string | undefined) {
  return useQuery({
    queryKey: deadlineKeys.board(responsible),
    queryFn: () => invoke('deadlines:board', { ...(responsible ? { responsible } : {}), listLimit: 100 }),
    refetchInterval: 60_000,
  })
}
