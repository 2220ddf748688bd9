/** App-wide queries used by the shell and by several features: app info and center settings. */
import { useQuery } from '@tanstack/react-query'
import { invoke } from './ipc'
import { centerKeys } from './query-keys'

export function useAppInfo() {
  return useQuery({ queryKey: centerKeys.appInfo, queryFn: () => invoke('app:info', {}), staleTime: Infinity })
}

export function useCenterSettings() {
  return useQuery({ queryKey: centerKeys.settings, queryFn: () => invoke('settings:get', {}), staleTime: 60_000 })
}
