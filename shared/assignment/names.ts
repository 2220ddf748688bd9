/**
 * Party names compared for conflicts of interest. Two spellings of the same party must compare
 * equal: full-width/half-width forms, spaces, punctuation and brackets (（）() 【】) do not count,
 * Latin letters compare case-insensitively, and the common company-form variants
 * 有限责任公司 / 有限公司 and 股份有限公司 / 股份公司 are folded.
 */
export function normalizePartyName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/有限责任公司$/u, '有限公司')
    .replace(/股份有限公司$/u, '股份公司')
}
