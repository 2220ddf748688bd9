import { describe, expect, it } from 'vitest'
import {
  CASE_STATUSES,
  CASE_TYPES,
  CIRCUMSTANCES,
  CONSULTATION_CHANNELS,
  CRIMINAL_ROLES,
  CRIMINAL_STAGES,
  DISABILITY_KINDS,
  GENDERS,
  ID_TYPES,
  INTAKE_CHANNELS,
  NOTIFYING_ORGAN_KINDS,
  POLICY_APPLICANT_GROUPS,
  POSSIBLE_SENTENCES,
  REGIONS,
  RESIDENCES,
  SPECIAL_GROUPS,
  STATISTICS_GROUPS,
  AGENT_RELATIONS,
  CaseTypeSchema,
  IntakeChannelSchema,
  codesOf,
  isCodeOf,
  labelOf,
  toPolicyGroups,
} from '../../../shared/domain/enums'
import * as policy from '../../../shared/policy/types'

const lists = {
  GENDERS,
  ID_TYPES,
  RESIDENCES,
  SPECIAL_GROUPS,
  DISABILITY_KINDS,
  CASE_TYPES,
  CRIMINAL_ROLES,
  CRIMINAL_STAGES,
  POSSIBLE_SENTENCES,
  CIRCUMSTANCES,
  INTAKE_CHANNELS,
  NOTIFYING_ORGAN_KINDS,
  CONSULTATION_CHANNELS,
  AGENT_RELATIONS,
  CASE_STATUSES,
  REGIONS,
}

describe('code lists', () => {
  for (const [name, list] of Object.entries(lists)) {
    it(`${name}: unique kebab-case codes with Chinese labels`, () => {
      const codes = list.map((e) => e.code)
      expect(new Set(codes).size).toBe(codes.length)
      for (const e of list) {
        expect(e.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(e.label).toMatch(/\p{Script=Han}/u)
      }
    })
  }
})

describe('alignment with the policy engine codes', () => {
  it.each([
    ['caseType', codesOf(CASE_TYPES), policy.CASE_TYPES],
    ['criminalRole', codesOf(CRIMINAL_ROLES), policy.CRIMINAL_ROLES],
    ['disability', codesOf(DISABILITY_KINDS), policy.DISABILITIES],
    ['circumstances', codesOf(CIRCUMSTANCES), policy.CIRCUMSTANCES],
    ['possibleSentence', codesOf(POSSIBLE_SENTENCES), policy.POSSIBLE_SENTENCES],
    ['region', codesOf(REGIONS), policy.REGION_CODES],
    ['applicant.groups', [...POLICY_APPLICANT_GROUPS], policy.APPLICANT_GROUPS],
  ])('%s codes are the policy engine codes', (_name, ours, theirs) => {
    expect([...ours].sort()).toEqual([...theirs].sort())
  })

  it('every policy group and statistics group is a special group', () => {
    const codes = codesOf(SPECIAL_GROUPS) as string[]
    for (const g of [...POLICY_APPLICANT_GROUPS, ...STATISTICS_GROUPS]) expect(codes).toContain(g)
    expect(STATISTICS_GROUPS.map((g) => labelOf(SPECIAL_GROUPS, g))).toEqual(['农民工', '未成年人', '老年人', '残疾人', '妇女', '军人军属'])
  })

  it('toPolicyGroups drops statistics-only groups', () => {
    expect(toPolicyGroups(['minor', 'migrant-worker', 'woman', 'low-income-allowance'])).toEqual(['migrant-worker', 'low-income-allowance'])
  })
})

describe('helpers and schemas', () => {
  it('labelOf and isCodeOf', () => {
    expect(labelOf(CASE_TYPES, 'petition')).toBe('申诉、再审')
    expect(labelOf(CASE_TYPES, 'nope')).toBeUndefined()
    expect(isCodeOf(INTAKE_CHANNELS, 'notification')).toBe(true)
    expect(isCodeOf(INTAKE_CHANNELS, 42)).toBe(false)
  })

  it('enum schemas accept codes and reject others in Chinese', () => {
    expect(CaseTypeSchema.parse('criminal')).toBe('criminal')
    const bad = IntakeChannelSchema.safeParse('fax')
    expect(bad.error?.issues[0]?.message).toBe('请选择受理渠道')
  })

  it('lists the workflow statuses in order', () => {
    expect(codesOf(CASE_STATUSES)).toEqual([
      'registered',
      'awaiting-materials',
      'reviewing',
      'granted',
      'refused',
      'objection',
      'assigned',
      'handling',
      'closed',
      'archived',
      'terminated',
      'withdrawn',
    ])
  })
})
