/**
 * Case numbers (案件编号): `YYYY-NNNN`, the year of receipt and a per-year sequence starting at
 * 1, zero-padded to 4 digits and growing without padding past 9999 (`2026-0001`, `2026-9999`,
 * `2026-10000`). Allocation (next free sequence, gap-free, in a transaction) is the DB layer's
 * job; this module only formats, parses and orders.
 *
 * The canonical text has exactly one spelling per (year, seq): a 5+ digit sequence never starts
 * with 0, so `2026-01234` is rejected rather than read as 2026-1234.
 */

export interface CaseNumber {
  readonly year: number
  readonly seq: number
}

export const CASE_NUMBER_MIN_YEAR = 1900
export const CASE_NUMBER_MAX_YEAR = 2999
const SEQ_PAD = 4

const CASE_NUMBER_RE = /^(\d{4})-(\d{4,9})$/

function checkParts(year: number, seq: number): void {
  if (!Number.isInteger(year) || year < CASE_NUMBER_MIN_YEAR || year > CASE_NUMBER_MAX_YEAR) {
    throw new RangeError(`案件编号年份无效：${year}`)
  }
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > 999_999_999) {
    throw new RangeError(`案件编号序号无效：${seq}`)
  }
}

/** (2026, 12) → '2026-0012'; (2026, 12345) → '2026-12345'. Throws RangeError on bad parts. */
export function formatCaseNumber(year: number, seq: number): string {
  checkParts(year, seq)
  return `${year}-${String(seq).padStart(SEQ_PAD, '0')}`
}

/** The canonical text back to its parts, or null when it is not a canonical case number. */
export function parseCaseNumber(text: string): CaseNumber | null {
  const m = CASE_NUMBER_RE.exec(text.trim())
  if (!m) return null
  const yearText = m[1] ?? ''
  const seqText = m[2] ?? ''
  if (seqText.length > SEQ_PAD && seqText.startsWith('0')) return null
  const year = Number(yearText)
  const seq = Number(seqText)
  if (year < CASE_NUMBER_MIN_YEAR || year > CASE_NUMBER_MAX_YEAR || seq < 1) return null
  return { year, seq }
}

export function isCaseNumber(text: string): boolean {
  return parseCaseNumber(text) !== null
}

/**
 * Orders case numbers by year then sequence. Plain string order would put '2026-10000'
 * before '2026-9999'. Unparseable texts sort after valid ones, by string.
 */
export function compareCaseNumbers(a: string, b: string): number {
  const pa = parseCaseNumber(a)
  const pb = parseCaseNumber(b)
  if (pa && pb) return pa.year - pb.year || pa.seq - pb.seq
  if (pa) return -1
  if (pb) return 1
  return a < b ? -1 : a > b ? 1 : 0
}
