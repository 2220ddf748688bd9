/** Outreach intake packages (巡回受案数据包): export on the laptop, preview and import at the center. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { caseKeys, consultationKeys, matterKeys } from '../../../lib/query-keys'

export function useExportPackage() {
  return useMutation({ mutationFn: (input: Input<'outreach:export'>) => invoke('outreach:export', input) })
}

export function usePreviewImport() {
  return useMutation({ mutationFn: (input: Input<'outreach:preview-import'>) => invoke('outreach:preview-import', input) })
}

export function useImportPackage() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'outreach:import'>) => invoke('outreach:import', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: caseKeys.lists })
      void qc.invalidateQueries({ queryKey: consultationKeys.all })
    },
  })
}

/** The main process's answer to a wrong passphrase or a damaged file starts with these words. */
export const WRONG_PASSPHRASE_TITLE = '口令错误或文件已损坏'

export function isWrongPassphrase(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith(WRONG_PASSPHRASE_TITLE)
}

/** Matter code → name from the center's scope list (the preview carries codes only). */
export function useMatterNameMap(): Map<string, string> {
  const q = useQuery({
    queryKey: matterKeys.centerNames,
    queryFn: () => invoke('policy:matters', {}),
    staleTime: 5 * 60_000,
    retry: false,
  })
  return useMemo(() => new Map((q.data?.matters ?? []).map((m) => [m.code, m.name])), [q.data])
}
