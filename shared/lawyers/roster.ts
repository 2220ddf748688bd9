/** Code lists of the lawyer roster (法律援助人员名册). */

export const LAWYER_KINDS = [
  { code: 'lawyer', label: '律师' },
  { code: 'grassroots', label: '基层法律服务工作者' },
  { code: 'center-lawyer', label: '法律援助机构律师' },
  { code: 'volunteer', label: '法律援助志愿者' },
] as const
export type LawyerKind = (typeof LAWYER_KINDS)[number]['code']

export const FIRM_KINDS = [
  { code: 'law-firm', label: '律师事务所' },
  { code: 'legal-service-office', label: '基层法律服务所' },
  { code: 'aid-center', label: '法律援助机构' },
  { code: 'other', label: '其他' },
] as const
export type FirmKind = (typeof FIRM_KINDS)[number]['code']

export const LANGUAGES = [
  { code: 'zh', label: '汉语' },
  { code: 'mn', label: '蒙古语' },
  { code: 'bo', label: '藏语' },
  { code: 'ug', label: '维吾尔语' },
  { code: 'kk', label: '哈萨克语' },
  { code: 'ko', label: '朝鲜语' },
  { code: 'za', label: '壮语' },
  { code: 'sign', label: '手语' },
  { code: 'other', label: '其他' },
] as const
export type LanguageCode = (typeof LANGUAGES)[number]['code']

/** The language an applicant of this ethnicity may prefer (a hint for ranking, never a rule). */
const ETHNICITY_LANGUAGE: Readonly<Record<string, LanguageCode>> = {
  '02': 'mn', // 蒙古族
  '04': 'bo', // 藏族
  '05': 'ug', // 维吾尔族
  '08': 'za', // 壮族
  '10': 'ko', // 朝鲜族
  '17': 'kk', // 哈萨克族
}

export function languageHintFor(ethnicity: string, disability: readonly string[] = []): LanguageCode | null {
  if (disability.includes('hearing') || disability.includes('speech')) return 'sign'
  return ETHNICITY_LANGUAGE[ethnicity] ?? null
}

/** Code → label lookup, defined once in shared/codes.ts. */
export { labelIn } from '../codes'

/** Kinds of staff who may act as defence counsel in criminal legal aid (律师 only). */
export const DEFENCE_KINDS: readonly LawyerKind[] = ['lawyer', 'center-lawyer']
