import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../../../../shared/ipc/contract'
import { invoke } from '../../../lib/ipc'
import { statsKeys } from '../../../lib/query-keys'

export interface StatsFilter {
  from: string
  to: string
  clerk?: string | undefined
}

export function useStatsSummary(filter: StatsFilter) {
  return useQuery({
    queryKey: statsKeys.summary(filter.from, filter.to, filter.clerk),
    queryFn: () => invoke('stats:summary', { from: filter.from, to: filter.to, ...(filter.clerk ? { clerk: filter.clerk } : {}) }),
    placeholderData: keepPreviousData,
  })
}

/** Subsidy figures only (finance, who does not see the case statistics). */
export function useStatsSubsidies(filter: StatsFilter, enabled: boolean) {
  return useQuery({
    queryKey: statsKeys.subsidies(filter.from, filter.to),
    queryFn: () => invoke('stats:subsidies', { from: filter.from, to: filter.to }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useExportStatsExcel() {
  return useMutation({ mutationFn: (input: Input<'stats:export-excel'>) => invoke('stats:export-excel', input) })
}

export function useStatsReportPdf() {
  return useMutation({ mutationFn: (input: Input<'stats:report-pdf'>) => invoke('stats:report-pdf', input) })
}

/** Offers base64 content as a file download (browser mode and Electron alike). */
export function downloadFile(contentBase64: string, fileName: string, mime: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const PDF_MIME = 'application/pdf'
