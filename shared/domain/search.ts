/**
 * Search normalisation for the case search box.
 *
 * - `nameSearchKeys(name)`: the pinyin keys stored next to a person's (or party's) name, so a
 *   clerk can type 'wangfang' or 'wf' for 王芳.
 * - `classifyQuery(q)`: normalises what the clerk typed and says which fields it could match.
 *   The DB layer builds its WHERE clause from the result; nothing here touches the DB.
 */
import { pinyin } from 'pinyin-pro'
import { CASE_NUMBER_MAX_YEAR, CASE_NUMBER_MIN_YEAR, formatCaseNumber } from './case-number'
import { normalizeInput } from './text'

/** Names longer than this are cut before conversion (intake caps names at 50 characters). */
const MAX_NAME_CHARS = 200

export interface NameSearchKeys {
  /** Full pinyin without tones or spaces, lowercase; ü written v (吕 → 'lv'). */
  readonly full: string
  /** First letter of each syllable (and of each latin word), lowercase: 王芳 → 'wf'. */
  readonly initials: string
  /**
   * Every distinct key worth indexing: `full` and `initials` first, then the everyday
   * readings of polyphonic characters when they differ (a clerk who does not know 单 reads
   * shan as a surname may type 'dan'), then the ü-as-u spelling ('lu' for 吕).
   */
  readonly variants: readonly string[]
}

export interface NameSearchOptions {
  /**
   * Read the start of the string with surname readings (单 shan, 曾 zeng, 解 xie, 仇 qiu,
   * 朴 piao, 区 ou, 查 zha, 尉迟 yuchi, 万俟 moqi). True by default; pass false for
   * organisations and other non-personal names.
   */
  readonly surname?: boolean
}

interface Keys {
  full: string
  initials: string
}

function keysOf(text: string, surnameMode: boolean): Keys {
  const parts = pinyin(text, {
    toneType: 'none',
    type: 'all',
    v: true,
    ...(surnameMode ? { mode: 'surname' as const, surname: 'head' as const } : {}),
  })
  let full = ''
  let initials = ''
  let inLatinWord = false
  for (const p of parts) {
    if (p.isZh && p.pinyin !== '') {
      const syllable = p.pinyin.toLowerCase()
      full += syllable
      initials += syllable.charAt(0)
      inLatinWord = false
    } else if (/^[a-z0-9]$/i.test(p.origin)) {
      const ch = p.origin.toLowerCase()
      full += ch
      if (!inLatinWord) initials += ch
      inLatinWord = true
    } else {
      // Separators (space, '·' in transliterated minority names, punctuation) end a latin word
      // and are dropped from the keys.
      inLatinWord = false
    }
  }
  return { full, initials }
}

/** Pinyin search keys for a name. Empty strings for a name with no convertible characters. */
export function nameSearchKeys(name: string, options: NameSearchOptions = {}): NameSearchKeys {
  const text = normalizeInput(name).slice(0, MAX_NAME_CHARS)
  const primary = keysOf(text, options.surname ?? true)
  const plain = keysOf(text, false)
  const variants = new Set<string>()
  for (const k of [primary.full, primary.initials, plain.full, plain.initials]) if (k !== '') variants.add(k)
  for (const k of [primary.full, plain.full]) if (k.includes('v')) variants.add(k.replaceAll('v', 'u'))
  return { full: primary.full, initials: primary.initials, variants: [...variants] }
}

// ---------------------------------------------------------------------------------------

export type QueryField =
  | 'id-number'
  | 'phone'
  | 'case-number'
  | 'pinyin-initials'
  | 'pinyin'
  | 'name'
  | 'opposing-party'

export interface CaseNumberQuery {
  /** Present when the query names the year ('2026-0012', '2026-'). */
  readonly year: number | null
  /** Present when the query names the sequence ('2026-0012', '0012', '12'). */
  readonly seq: number | null
  /** The canonical case number when both are known ('2026-12' → '2026-0012'). */
  readonly exact: string | null
}

export interface ClassifiedQuery {
  /**
   * The normalised query: trimmed, half-width, single spaces; X uppercased and separators
   * removed in ID/phone-like input; canonical for a full case number.
   */
  readonly text: string
  /** The fields it could match, most specific first. Empty for an empty query. */
  readonly fields: readonly QueryField[]
  /** Digits (possibly ending in X) without spaces or hyphens, when `id-number` is a candidate. */
  readonly idFragment: string | null
  /** Digits only ('+86', spaces and hyphens removed), when `phone` is a candidate. */
  readonly phoneDigits: string | null
  /** Year and/or sequence, when `case-number` is a candidate. */
  readonly caseNumber: CaseNumberQuery | null
  /** Lowercase latin letters with spaces removed, when a pinyin field is a candidate. */
  readonly pinyin: string | null
}

/** Queries are capped like the search schema's `q` (100 characters) before any work. */
export const MAX_QUERY_CHARS = 100

const MIN_FRAGMENT = 4
const MAX_ID_LENGTH = 18
const MAX_PHONE_DIGITS = 12 // area code (4) + number (8)
const MAX_SEQ_DIGITS = 9
const MAX_INITIALS = 10

type Parts = Partial<Omit<ClassifiedQuery, 'text'>>

function result(text: string, p: Parts): ClassifiedQuery {
  return {
    text,
    fields: p.fields ?? [],
    idFragment: p.idFragment ?? null,
    phoneDigits: p.phoneDigits ?? null,
    caseNumber: p.caseNumber ?? null,
    pinyin: p.pinyin ?? null,
  }
}

/**
 * Normalises a search query (trim, full-width → half-width, collapse spaces, x → X in
 * ID-like input) and lists the fields it could match:
 * - `2026-0012`, `2026-12`, `2026-`: case number (year and/or sequence);
 * - bare digits: case sequence when ≤ 9 digits, and from 4 digits an ID fragment (≤ 18) and a
 *   phone fragment (≤ 12); digits with spaces or hyphens ('0771-5551234', '138 1234 5678')
 *   and '+86…' are ID/phone only (+86 phone only);
 * - digits ending in X (or x): ID fragment only;
 * - latin letters: pinyin initials (one word of ≤ 10 letters), full pinyin, and names and
 *   opposing parties written in latin letters;
 * - anything else (CJK, mixed): name and opposing party.
 */
export function classifyQuery(q: string): ClassifiedQuery {
  const raw = normalizeInput(q.slice(0, MAX_QUERY_CHARS * 2)).slice(0, MAX_QUERY_CHARS).trim()
  if (raw === '') return result('', {})

  // Case number with its year: 2026-0012, 2026-12, 2026-
  const cn = /^(\d{4}) ?- ?(\d{0,9})$/.exec(raw)
  if (cn) {
    const year = Number(cn[1])
    const seqText = cn[2] ?? ''
    const seq = seqText === '' ? null : Number(seqText)
    if (year >= CASE_NUMBER_MIN_YEAR && year <= CASE_NUMBER_MAX_YEAR && (seq === null || seq >= 1)) {
      const exact = seq === null ? null : formatCaseNumber(year, seq)
      return result(exact ?? `${year}-`, { fields: ['case-number'], caseNumber: { year, seq, exact } })
    }
  }

  // Digits, optionally separated, optionally ending in X (ID) or starting with +86 (phone).
  const dm = /^(\+ ?86)? ?(\d[\d -]*)([xX])?$/.exec(raw)
  if (dm) {
    const plus86 = dm[1] !== undefined
    const body = (dm[2] ?? '').trim()
    const digits = body.replace(/[ -]/g, '')
    const bare = !plus86 && /^\d+$/.test(body)
    if (dm[3] !== undefined) {
      const id = `${digits}X`
      if (!plus86 && /^\d+$/.test(digits) && id.length >= MIN_FRAGMENT && id.length <= MAX_ID_LENGTH) {
        return result(id, { fields: ['id-number'], idFragment: id })
      }
    } else if (/^\d+$/.test(digits)) {
      const fields: QueryField[] = []
      let idFragment: string | null = null
      let phoneDigits: string | null = null
      let caseNumber: CaseNumberQuery | null = null
      if (!plus86 && digits.length >= MIN_FRAGMENT && digits.length <= MAX_ID_LENGTH) {
        fields.push('id-number')
        idFragment = digits
      }
      if (digits.length >= MIN_FRAGMENT && digits.length <= MAX_PHONE_DIGITS) {
        fields.push('phone')
        phoneDigits = digits
      }
      const seq = Number(digits)
      if (bare && digits.length <= MAX_SEQ_DIGITS && seq >= 1) {
        fields.push('case-number')
        caseNumber = { year: null, seq, exact: null }
      }
      if (fields.length > 0) return result(digits, { fields, idFragment, phoneDigits, caseNumber })
    }
  }

  // Latin letters: pinyin, or a name written in latin letters.
  if (/^[a-z][a-z ']*$/i.test(raw)) {
    const pinyin = raw.replace(/[ ']/g, '').toLowerCase()
    const fields: QueryField[] = []
    if (!raw.includes(' ') && pinyin.length <= MAX_INITIALS) fields.push('pinyin-initials')
    fields.push('pinyin', 'name', 'opposing-party')
    return result(raw, { fields, pinyin })
  }

  // CJK, mixed or anything else: match names and opposing parties as written.
  return result(raw, { fields: ['name', 'opposing-party'] })
}
