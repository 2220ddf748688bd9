/** Display helpers: dates, times and Chinese labels for codes. Formatting happens only here. */
import { formatChineseDate, isValidLocalDate } from '../../../shared/domain/dates'
import { labelOf, type CodeLabel } from '../../../shared/domain/enums'
import { ethnicityLabel } from '../../../shared/domain/ethnicities'

export const EMPTY = '—'

/** 'YYYY-MM-DD' → '2026年3月9日'; anything else is shown as is (or a dash when empty). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return EMPTY
  return isValidLocalDate(date) ? formatChineseDate(date) : date
}

/** Short numeric form for tables: '2026-03-09'. */
export function formatDateShort(date: string | null | undefined): string {
  return date || EMPTY
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Epoch ms → '2026-03-09 14:05' in Beijing time, whatever the machine's time zone. */
export function formatDateTime(epochMs: number | null | undefined): string {
  if (epochMs === null || epochMs === undefined || !Number.isFinite(epochMs)) return EMPTY
  const d = new Date(epochMs + 8 * 3600_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** The Chinese label of a code in a list; the raw code when unknown (never blank). */
export function label(list: readonly CodeLabel[], code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return EMPTY
  return labelOf(list, code) ?? code
}

/** Labels for several codes, joined with 、. */
export function labels(list: readonly CodeLabel[], codes: readonly string[] | null | undefined): string {
  if (!codes || codes.length === 0) return EMPTY
  return codes.map((c) => labelOf(list, c) ?? c).join('、')
}

export function ethnicityName(code: string | null | undefined): string {
  if (!code) return EMPTY
  return ethnicityLabel(code) ?? code
}

/** Options for antd Select from a code list. */
export function optionsOf(list: readonly CodeLabel[]): { value: string; label: string }[] {
  return list.map((e) => ({ value: e.code, label: e.label }))
}

/** A value or a dash. */
export function orDash(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? EMPTY : value
}

/** Milliseconds for the search footer: '12 毫秒'. */
export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} 毫秒` : `${Math.round(ms)} 毫秒`
}
