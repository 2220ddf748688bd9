import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { invalidateEveryCase, lawyerKeys } from '../../../lib/query-keys'

export function useLawyers(q: string, page: number) {
  return useQuery({
    queryKey: lawyerKeys.page(q, page),
    queryFn: () => invoke('lawyer:list', { ...(q ? { q } : {}), page, pageSize: 50 }),
    placeholderData: keepPreviousData,
  })
}

export function useFirms() {
  return useQuery({ queryKey: lawyerKeys.firms, queryFn: () => invoke('firm:list', {}) })
}

function useInvalidateRoster() {
  const qc = useQueryClient()
  return () => {
    void qc.invalidateQueries({ queryKey: lawyerKeys.all })
    void qc.invalidateQueries({ queryKey: lawyerKeys.firms })
    void invalidateEveryCase(qc, 'suggestions')
  }
}

export function useSaveLawyer() {
  const done = useInvalidateRoster()
  return useMutation({ mutationFn: (input: Input<'lawyer:save'>) => invoke('lawyer:save', input), onSuccess: done })
}

export function useSaveFirm() {
  const done = useInvalidateRoster()
  return useMutation({ mutationFn: (input: Input<'firm:save'>) => invoke('firm:save', input), onSuccess: done })
}

export function useImportLawyers() {
  const done = useInvalidateRoster()
  return useMutation({ mutationFn: (input: Input<'lawyer:import-excel'>) => invoke('lawyer:import-excel', input), onSuccess: done })
}

/** Reads a chosen file as base64 (works in Electron and in browser mode). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Offers base64 content as a download. */
export function downloadBase64(contentBase64: string, fileName: string): void {
  const bin = atob(contentBase64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
