/**
 * The code lists that several layers share, defined once: case types and regions, with their
 * Chinese labels, plus the generic `{ code, label }` helpers every other list uses.
 *
 * The codes are spelled exactly as in the policy CLI contract (docs: POLICY-CLI.md), so intake
 * records, IPC inputs and the policy engine agree without translation. `domain/enums.ts`
 * (intake forms) and `policy/types.ts` (the engine) re-export from here; do not redefine them.
 */

export interface CodeLabel<C extends string = string> {
  readonly code: C
  readonly label: string
}

export type CodeOf<T extends readonly CodeLabel[]> = T[number]['code']

/** The codes of a list, in order, typed as the union of its literals. */
export function codesOf<const T extends readonly CodeLabel[]>(list: T): CodeOf<T>[] {
  return list.map((e) => e.code as CodeOf<T>)
}

/** The Chinese label for a code, or undefined when the code is not in the list. */
export function labelOf<const T extends readonly CodeLabel[]>(list: T, code: string): string | undefined {
  return list.find((e) => e.code === code)?.label
}

/** True when `code` is one of the list's codes (a type guard). */
export function isCodeOf<const T extends readonly CodeLabel[]>(list: T, code: unknown): code is CodeOf<T> {
  return typeof code === 'string' && list.some((e) => e.code === code)
}

/**
 * The label of a code, or the code itself when it is not in the list ('' for none). For lists
 * whose unknown codes are shown as stored (handling, roster); prefer `label` for new code.
 */
export function labelIn(list: readonly CodeLabel[], code: string | null | undefined): string {
  if (code === null || code === undefined) return ''
  return labelOf(list, code) ?? code
}

/**
 * The Chinese label of a code for display. An unknown code is never shown bare: it is marked
 * as unknown in Chinese, e.g. 未知案件类型（xyz）, so a stale or mistyped code stands out.
 */
export function label<const T extends readonly CodeLabel[]>(list: T, code: string, kind: string): string {
  return labelOf(list, code) ?? `未知${kind}（${code}）`
}

// ---------------------------------------------------------------------------------------
// Case types

/** The policy CLI's `caseType` codes. */
export const CASE_TYPES = [
  { code: 'criminal', label: '刑事' },
  { code: 'civil', label: '民事' },
  { code: 'administrative', label: '行政' },
  { code: 'petition', label: '申诉、再审' },
] as const
export type CaseType = CodeOf<typeof CASE_TYPES>
export const CASE_TYPE_CODES = codesOf(CASE_TYPES)

/** 刑事, 民事, …; 未知案件类型（code） for a code not in the list. */
export const caseTypeLabel = (code: string): string => label(CASE_TYPES, code, '案件类型')

// ---------------------------------------------------------------------------------------
// Regions

/**
 * The policy CLI's `region` codes: one profile per seed text, plus the national law alone.
 * `label` is what forms and the case file show; `name` is the bare place name that the policy
 * engine's sentences use (…不在全国法律援助事项范围内).
 */
export const REGIONS = [
  { code: 'national', label: '全国（法律援助法）', name: '全国' },
  { code: 'nei-mongol', label: '内蒙古自治区', name: '内蒙古自治区' },
  { code: 'nanning', label: '南宁市', name: '南宁市' },
  { code: 'xizang', label: '西藏自治区', name: '西藏自治区' },
] as const
export type RegionCode = CodeOf<typeof REGIONS>
export const REGION_CODES = codesOf(REGIONS)

/** The place name of each region, for sentences of the policy engine. */
export const REGION_NAMES = Object.fromEntries(REGIONS.map((r) => [r.code, r.name])) as Readonly<Record<RegionCode, string>>

/** 全国（法律援助法）, 内蒙古自治区, …; 未知地区（code） for a code not in the list. */
export const regionLabel = (code: string): string => label(REGIONS, code, '地区')
