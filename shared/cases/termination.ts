/**
 * Grounds for terminating legal aid (终止法律援助), 法律援助法第四十八条第一款（一）—（八）.
 *
 * The article number and the eight-item structure are as we know the law; the wording below was
 * written from memory and NOT checked against the official text. Items whose wording differs
 * most from the older texts (法律援助条例 第二十三条, 2012 程序规定 第三十三条) are marked
 * `wordingUncertain: true`. Please verify all eight against the published law before printing
 * them on a 终止法律援助决定书.
 */
export interface TerminationGround {
  code: string
  /** The item of 第四十八条第一款. */
  item: string
  label: string
  wordingUncertain: boolean
}

export const TERMINATION_BASIS = { doc: '中华人民共和国法律援助法', clause: '第四十八条第一款', unverifiedWording: true } as const

export const TERMINATION_GROUNDS = [
  { code: 'obtained-by-deception', item: '（一）', label: '受援人以欺骗或者其他不正当手段获得法律援助', wordingUncertain: true },
  { code: 'concealed-facts-or-false-evidence', item: '（二）', label: '受援人故意隐瞒与案件有关的重要事实或者提供虚假证据', wordingUncertain: false },
  { code: 'used-for-illegal-activity', item: '（三）', label: '受援人利用法律援助从事违法活动', wordingUncertain: false },
  { code: 'no-longer-eligible-economically', item: '（四）', label: '受援人的经济状况发生变化，不再符合法律援助条件', wordingUncertain: false },
  { code: 'proceedings-ended-or-revoked', item: '（五）', label: '案件终止审理或者已经被撤销', wordingUncertain: true },
  { code: 'own-counsel-retained', item: '（六）', label: '受援人自行委托律师或者其他代理人', wordingUncertain: false },
  { code: 'recipient-requests-with-reason', item: '（七）', label: '受援人有正当理由要求终止法律援助', wordingUncertain: true },
  { code: 'other-statutory', item: '（八）', label: '法律法规规定的其他情形', wordingUncertain: false },
] as const satisfies readonly TerminationGround[]

export type TerminationGroundCode = (typeof TERMINATION_GROUNDS)[number]['code']

export const TERMINATION_GROUND_CODES = TERMINATION_GROUNDS.map((g) => g.code) as [TerminationGroundCode, ...TerminationGroundCode[]]

export function terminationGround(code: string): TerminationGround | undefined {
  return TERMINATION_GROUNDS.find((g) => g.code === code)
}

/** The citation text of a ground, e.g. 法律援助法第四十八条第一款（六）. */
export function terminationCitation(code: string): string | undefined {
  const g = terminationGround(code)
  return g ? `${TERMINATION_BASIS.doc}${TERMINATION_BASIS.clause}${g.item}` : undefined
}
