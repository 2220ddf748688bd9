/**
 * Small text normalisers shared by search and the intake schemas. Pure string functions.
 */

/**
 * Full-width ASCII forms (U+FF01–U+FF5E, e.g. '１２３', 'ｘ', '－') become their half-width
 * equivalents and the ideographic space (U+3000) becomes a plain space. Chinese punctuation
 * outside that block (、。「」) is left alone.
 */
export function toHalfWidth(input: string): string {
  return input.replace(/[\uff01-\uff5e\u3000]/gu, (ch) => {
    const cp = ch.charCodeAt(0)
    return cp === 0x3000 ? ' ' : String.fromCharCode(cp - 0xfee0)
  })
}

/** Trims and collapses every run of whitespace (including U+3000 after half-width folding) to one space. */
export function collapseSpaces(input: string): string {
  return input.replace(/\s+/gu, ' ').trim()
}

/** Half-width, trimmed, single-spaced: the form every user-typed query or code is compared in. */
export function normalizeInput(input: string): string {
  return collapseSpaces(toHalfWidth(input))
}

/** True when the string contains a CJK unified ideograph (basic block or extension A). */
export function hasCjk(input: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff]/u.test(input)
}
