import { describe, expect, it } from 'vitest'
import { TransitionInput } from '../../../shared/cases/schema'
import { TERMINATION_BASIS, TERMINATION_GROUNDS, terminationCitation, terminationGround } from '../../../shared/cases/termination'
import { normalizePartyName } from '../../../shared/assignment/names'

describe('termination grounds (法律援助法第四十八条第一款)', () => {
  it('lists items (一) to (八) in order, with unique codes and Chinese labels', () => {
    expect(TERMINATION_GROUNDS.map((g) => g.item)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）'])
    expect(new Set(TERMINATION_GROUNDS.map((g) => g.code)).size).toBe(8)
    for (const g of TERMINATION_GROUNDS) expect(g.label).toMatch(/[\u4e00-\u9fff]/u)
    expect(TERMINATION_GROUNDS.at(-1)!.label).toContain('其他情形')
  })

  it('marks the wording as unverified, and the items whose wording is least certain', () => {
    expect(TERMINATION_BASIS.unverifiedWording).toBe(true)
    expect(TERMINATION_GROUNDS.some((g) => g.wordingUncertain)).toBe(true)
  })

  it('cites the article and item', () => {
    expect(terminationCitation('own-counsel-retained')).toBe('中华人民共和国法律援助法第四十八条第一款（六）')
    expect(terminationGround('no-such-ground')).toBeUndefined()
  })

  it('a termination needs one of the grounds, a reason and the director', () => {
    const ok = TransitionInput.safeParse({ caseId: 'c1', action: 'terminate', ground: 'own-counsel-retained', reason: '受援人已自行委托律师' })
    expect(ok.success).toBe(true)
    const bad = TransitionInput.safeParse({ caseId: 'c1', action: 'terminate', ground: 'bored', reason: 'x' })
    expect(bad.success).toBe(false)
    if (!bad.success) expect(bad.error.issues[0]!.message).toContain('第四十八条')
    const noReason = TransitionInput.safeParse({ caseId: 'c1', action: 'terminate', ground: 'other-statutory' })
    expect(noReason.success).toBe(false)
  })

  it('refuses assignment through the generic transition channel and unknown fields', () => {
    expect(TransitionInput.safeParse({ caseId: 'c1', action: 'assign' }).success).toBe(false)
    const extra = TransitionInput.safeParse({ caseId: 'c1', action: 'start-review', status: 'granted' })
    expect(extra.success).toBe(false)
    if (!extra.success) expect(extra.error.issues[0]!.message).toContain('不允许的字段')
  })
})

describe('party names for the conflict check', () => {
  it('ignores width, spaces, punctuation and company-form variants', () => {
    expect(normalizePartyName('李 四')).toBe(normalizePartyName('李四'))
    expect(normalizePartyName('某建筑工程（集团）有限责任公司')).toBe(normalizePartyName('某建筑工程(集团)有限公司'))
    expect(normalizePartyName('ＡＢＣ公司')).toBe(normalizePartyName('abc公司'))
    expect(normalizePartyName('张三')).not.toBe(normalizePartyName('张山'))
  })
})
