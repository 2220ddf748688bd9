import { describe, expect, it } from 'vitest'
import { residentIdCheckChar } from '../../../../shared/domain/id-card'
import { ApplicationInput } from '../../../../shared/intake/schema'
import {
  ApplicationFormInput,
  idNumberIssues,
  toApplicationInput,
  type ApplicationFormValues,
} from '../../../../renderer/src/features/intake/utils/application-values'

const id17 = '45010219900307002' // 南宁, 1990-03-07, sequence 002 (female)
const GOOD_ID = id17 + residentIdCheckChar(id17)
const BAD_ID = id17 + (GOOD_ID.endsWith('0') ? '1' : '0')

function complete(): ApplicationFormValues {
  return {
    applicant: {
      name: '王芳',
      idType: 'resident-id',
      idNumber: GOOD_ID,
      gender: 'female',
      birthDate: '1990-03-07',
      ethnicity: '08',
      phone: '13812345678',
      address: '南宁市某某路1号',
      residence: 'urban',
      specialGroups: ['migrant-worker'],
      disability: [],
      cannotFullyRecognizeOwnConduct: false,
    },
    hasAgent: false,
    agent: { name: '半填的代理人', idType: 'resident-id' },
    case: {
      caseType: 'civil',
      matter: 'labour-relation-or-pay',
      criminalRole: 'suspect', // left over from an earlier choice; must not be sent
      cause: '劳动报酬纠纷',
      handlingOrgan: '',
      opposingParty: '某某公司',
      facts: '拖欠工资八个月。',
      circumstances: [],
    },
    intake: {
      channel: 'window',
      notice: { organKind: 'court' }, // left over; the channel is not 通知
      receivedOn: '2026-03-09',
      urgent: true,
      acceptFirst: false,
      owedPapers: ['申请人身份证明'],
    },
  }
}

describe('toApplicationInput', () => {
  it('builds an input the shared schema accepts, leaving out what does not apply', () => {
    const input = toApplicationInput(complete())
    const parsed = ApplicationInput.safeParse(input)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    expect(input.agent).toBeUndefined()
    expect(input.intake.notice).toBeUndefined()
    expect(input.intake.owedPapers).toBeUndefined()
    expect(input.case.criminalRole).toBeUndefined()
    expect(input.case.handlingOrgan).toBeUndefined() // blank optional text is omitted
    expect(input.applicant.birthDate).toBeUndefined() // derived from the ID by the schema
    expect(parsed.data?.applicant.birthDate).toBe('1990-03-07')
  })

  it('sends the agent, the notice and the owed papers when they apply', () => {
    const v = complete()
    v.hasAgent = true
    v.agent = { name: '李强', relation: 'guardian', phone: '13900001111', idType: 'resident-id', idNumber: '' }
    v.case = { ...v.case, caseType: 'criminal', matter: 'criminal-defence', criminalRole: 'defendant', criminalStage: 'trial' }
    v.intake = { ...v.intake, channel: 'notification', notice: { organKind: 'court', organName: '某某区人民法院', noticeNumber: '（2026）桂0102刑初12号', noticeDate: '2026-03-08' }, acceptFirst: true, owedPapers: [' 申请人身份证明 ', ''] }
    const input = toApplicationInput(v)
    expect(input.agent).toEqual({ name: '李强', relation: 'guardian', phone: '13900001111' })
    expect(input.intake.notice?.organName).toBe('某某区人民法院')
    expect(input.intake.owedPapers).toEqual(['申请人身份证明'])
    expect(input.case.criminalStage).toBe('trial')
    expect(ApplicationInput.safeParse(input).success).toBe(true)
  })

  it('leaves required fields absent so the schema names them in Chinese', () => {
    const parsed = ApplicationInput.safeParse(toApplicationInput({}))
    expect(parsed.success).toBe(false)
    const byPath = new Map(parsed.error?.issues.map((i) => [i.path.join('.'), i.message]))
    expect(byPath.get('applicant.name')).toBe('请填写申请人姓名')
    expect(byPath.get('case.caseType')).toBe('请选择案件类型')
  })
})

describe('idNumberIssues / ApplicationFormInput', () => {
  it('reports a bad resident ID even while other applicant fields are missing', () => {
    const values: ApplicationFormValues = { applicant: { name: '王芳', idType: 'resident-id', idNumber: BAD_ID } }
    expect(idNumberIssues(values)).toEqual([{ path: ['applicant', 'idNumber'], message: '身份证号码校验位错误，请核对最后一位及前面各位数字' }])
    expect(idNumberIssues({ applicant: { idType: 'passport', idNumber: 'E12345678' } })).toEqual([])
    expect(idNumberIssues({ applicant: { idType: 'resident-id', idNumber: GOOD_ID } })).toEqual([])
  })

  it('the form’s schema names a bad resident ID alongside the missing fields, once', () => {
    const input = toApplicationInput({ applicant: { name: '王芳', idType: 'resident-id', idNumber: BAD_ID } })
    const parsed = ApplicationFormInput.safeParse(input)
    const onId = parsed.error?.issues.filter((i) => i.path.join('.') === 'applicant.idNumber').map((i) => i.message)
    expect(onId).toEqual(['身份证号码校验位错误，请核对最后一位及前面各位数字'])
    expect(parsed.error?.issues.some((i) => i.path.join('.') === 'applicant.phone')).toBe(true)
  })

  it('a bad resident ID on a complete applicant is reported by the schema and the form’s check alike (shown once on the field)', () => {
    const parsed = ApplicationFormInput.safeParse({ ...toApplicationInput(complete()), applicant: { ...toApplicationInput(complete()).applicant, idNumber: BAD_ID } })
    expect(parsed.error?.issues.filter((i) => i.path.join('.') === 'applicant.idNumber').map((i) => i.message)).toEqual([
      '身份证号码校验位错误，请核对最后一位及前面各位数字',
      '身份证号码校验位错误，请核对最后一位及前面各位数字',
    ])
  })
})
