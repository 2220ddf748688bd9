/**
 * Money is integer fen (分). Never a float: parse from strings, add integers, round in one place.
 */

export type Fen = number & { readonly __brand: 'Fen' }

export function asFen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`金额必须是整数分：${value}`)
  return value as Fen
}

export const ZERO_FEN = 0 as Fen

export function addFen(...values: Fen[]): Fen {
  let total = 0
  for (const v of values) total += v
  return asFen(total)
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0
  for (const v of values) total += v
  return asFen(total)
}

/** 1600 yuan → 160000 fen, for amounts that policy texts state in whole yuan. */
export function yuan(whole: number): Fen {
  return asFen(whole * 100)
}

const YUAN_RE = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/

/** Parses '1,234.5' / '1234.50' / '¥1234' into fen without floating point. Returns null if invalid. */
export function parseYuanToFen(input: string): Fen | null {
  const cleaned = input.trim().replace(/^[¥￥]/, '').replace(/[,，\s]/g, '')
  const m = YUAN_RE.exec(cleaned)
  if (!m) return null
  const sign = m[1] ? -1 : 1
  const whole = Number(m[2])
  const frac = Number((m[3] ?? '').padEnd(2, '0'))
  return asFen(sign * (whole * 100 + frac))
}

/**
 * fen × (rateBps / 10000), rounded half-up (away from zero for negatives).
 * The single home for rounding in the product.
 */
export function mulFenByRate(fen: Fen, rateBps: number): Fen {
  if (!Number.isSafeInteger(rateBps)) throw new RangeError(`比率必须是整数基点：${rateBps}`)
  const product = fen * rateBps
  if (!Number.isSafeInteger(product)) throw new RangeError('金额过大')
  const sign = product < 0 ? -1 : 1
  const abs = Math.abs(product)
  const q = Math.floor(abs / 10_000)
  const r = abs % 10_000
  return asFen(sign * (r * 2 >= 10_000 ? q + 1 : q))
}

export function clampFen(value: Fen, min: Fen, max: Fen): Fen {
  return (value < min ? min : value > max ? max : value)
}

/** 123456 → '¥1,234.56' */
export function formatFen(fen: Fen | number): string {
  const negative = fen < 0
  const abs = Math.abs(fen)
  const whole = Math.floor(abs / 100)
  const frac = String(abs % 100).padStart(2, '0')
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}¥${grouped}.${frac}`
}

/** 123456 → '1234.56' (plain, for inputs and spreadsheets). */
export function fenToYuanString(fen: Fen | number): string {
  const negative = fen < 0
  const abs = Math.abs(fen)
  return `${negative ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const
const BIG_UNITS = ['', '万', '亿', '万亿'] as const

function fourDigits(n: number): string {
  // n in 0..9999; returns the reading with internal zeros collapsed, no leading/trailing zero.
  let out = ''
  let pendingZero = false
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10
    if (d === 0) {
      if (out) pendingZero = true
      continue
    }
    if (pendingZero) out += '零'
    pendingZero = false
    out += DIGITS[d]! + SMALL_UNITS[pos]!
  }
  return out
}

/**
 * Uppercase Chinese amount (大写金额) as written on vouchers:
 * 120000 → 壹仟贰佰元整; 30550 → 叁佰零伍元伍角整; 100005 → 壹仟元零伍分; 0 → 零元整.
 */
export function fenToChineseUpper(fen: Fen | number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('金额必须是整数分')
  if (fen < 0) return `负${fenToChineseUpper(-fen)}`
  const whole = Math.floor(fen / 100)
  const jiao = Math.floor(fen / 10) % 10
  const fenDigit = fen % 10

  let yuanPart = ''
  if (whole === 0) {
    yuanPart = ''
  } else {
    const groups: number[] = []
    let rest = whole
    while (rest > 0) {
      groups.push(rest % 10_000)
      rest = Math.floor(rest / 10_000)
    }
    let needZero = false
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i]!
      if (g === 0) {
        if (yuanPart) needZero = true
        continue
      }
      if (yuanPart && (needZero || g < 1000)) yuanPart += '零'
      needZero = false
      yuanPart += fourDigits(g) + BIG_UNITS[i]!
    }
  }

  if (whole === 0 && jiao === 0 && fenDigit === 0) return '零元整'
  let out = whole > 0 ? `${yuanPart}元` : ''
  if (jiao === 0 && fenDigit === 0) return `${out}整`
  if (jiao > 0) {
    out += `${DIGITS[jiao]}角`
  } else if (whole > 0) {
    out += '零'
  }
  if (fenDigit > 0) out += `${DIGITS[fenDigit]}分`
  else out += '整'
  return out
}
