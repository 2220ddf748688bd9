/** App-wide queries used by the shell and by several features: app info and center settings. */
import { useQuery } from '@tanstack/react-query'
import { invoke } from './ipc'
import { queryKeys } from './query-client'

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => invoke('app:info', {}), staleTime: Infinity })
}

export function useCenterSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => invoke('settings:get', {}), staleTime: 60_000 })
}
