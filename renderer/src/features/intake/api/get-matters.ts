import { useQuery } from '@tanstack/react-query'
import { isValidLocalDate } from '../../../../../shared/domain/dates'
import type { Region } from '../../../../../shared/settings/dto'
import { invoke } from '../../../lib/ipc'
import { matterKeys } from '../../../lib/query-keys'

/** The region's scope list (事项范围) in force on the receipt date. */
export function useMatters(region: Region | undefined, on: string | undefined) {
  const date = on && isValidLocalDate(on) ? on : undefined
  return useQuery({
    queryKey: matterKeys.inForce(region, date),
    queryFn: () => invoke('policy:matters', { ...(region ? { region } : {}), ...(date ? { on: date } : {}) }),
    enabled: region !== undefined,
    staleTime: Infinity,
  })
}
