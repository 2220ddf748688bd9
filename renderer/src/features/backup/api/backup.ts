/**
 * Data safety calls: backup settings, copies, checks, restore, and the audit chain
 * check. Checks and restore are mutations: they are run on request, never refetched in the
 * background (a full check reads every copy from disk).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { backupKeys } from '../../../lib/query-keys'

export function useBackupSettings() {
  return useQuery({ queryKey: backupKeys.settings, queryFn: () => invoke('backup:settings-get', {}) })
}

export function useSaveBackupSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'backup:settings-save'>) => invoke('backup:settings-save', input),
    onSuccess: (saved) => {
      qc.setQueryData(backupKeys.settings, saved)
      // A new folder means another list of copies.
      void qc.invalidateQueries({ queryKey: backupKeys.list })
    },
  })
}

export function useBackupList() {
  return useQuery({ queryKey: backupKeys.list, queryFn: () => invoke('backup:list', {}), refetchOnWindowFocus: false })
}

export function useRunBackup() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => invoke('backup:run', {}),
    onSettled: () => qc.invalidateQueries({ queryKey: backupKeys.list }),
  })
}

/** One file, or (without `file`) every copy in the configured folder. */
export function useVerifyBackups() {
  return useMutation({ mutationFn: (file?: string) => invoke('backup:verify', file ? { file } : {}) })
}

export function useRestoreBackup() {
  return useMutation({ mutationFn: (file: string) => invoke('backup:restore', { file, confirm: true }) })
}

export function useAuditVerify() {
  return useMutation({ mutationFn: () => invoke('audit:verify', {}) })
}
