import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { LocalDate } from '../../../shared/domain/dates'
import { residentIdCheckChar } from '../../../shared/domain/id-card'
import {
  ApplicationInput,
  CaseSearchInput,
  CenterSettingsInput,
  ConsultationInput,
  applicationDateIssues,
  consultationDateIssues,
  residentIdMessage,
  type ApplicationInputIn,
} from '../../../shared/intake/schema'

const ID_BODY = '15010219850615431' // 内蒙古, born 1985-06-15, male
const ID = ID_BODY + residentIdCheckChar(ID_BODY)
const BAD_CHECK_ID = ID_BODY + (ID.endsWith('0') ? '1' : '0')

function application(overrides: { applicant?: object; case?: object; intake?: object; agent?: object; top?: object } = {}): ApplicationInputIn {
  return {
    applicant: {
      name: ' 王芳 ',
      gender: 'male',
      ethnicity: '02',
      idType: 'resident-id',
      idNumber: ID,
      phone: '13812345678',
      address: '呼和浩特市新城区某街1号',
      residence: 'urban',
      specialGroups: ['migrant-worker'],
      ...overrides.applicant,
    },
    case: {
      caseType: 'civil',
      matter: 'labour-remuneration',
      cause: '追索劳动报酬纠纷',
      opposingParty: '某建筑公司',
      facts: '申请人在某工地务工六个月，工资未结清。',
      ...overrides.case,
    },
    intake: { channel: 'window', receivedOn: '2026-03-02', ...overrides.intake },
    ...(overrides.agent ? { agent: overrides.agent } : {}),
    ...overrides.top,
  } as ApplicationInputIn
}

function issuesOf(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input)
  expect(r.success).toBe(false)
  return r.error?.issues ?? []
}

function issueAt(schema: z.ZodType, input: unknown, path: (string | number)[]) {
  return issuesOf(schema, input).find((i) => JSON.stringify(i.path) === JSON.stringify(path))
}

const CJK = /\p{Script=Han}/u

describe('ApplicationInput: good input', () => {
  it('parses, trims, applies defaults and derives the birth date from the ID', () => {
    const out = ApplicationInput.parse(application())
    expect(out.applicant.name).toBe('王芳')
    expect(out.applicant.birthDate).toBe('1985-06-15')
    expect(out.applicant.disability).toEqual([])
    expect(out.intake.urgent).toBe(false)
    expect(out.intake.acceptFirst).toBe(false)
    expect(out.case.handlingOrgan).toBeUndefined()
    expect(out.case.circumstances).toEqual([])
  })

  it('normalises a lowercase x and full-width digits in the ID', () => {
    const xBody = findBodyWithCheckX()
    const typed = (xBody + 'x').replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    const out = ApplicationInput.parse(application({ applicant: { idNumber: typed, gender: xGender(xBody) } }))
    expect(out.applicant.idNumber).toBe(xBody + 'X')
  })

  it('accepts a criminal notification case with its notice, and an agent', () => {
    const out = ApplicationInput.parse(
      application({
        case: { caseType: 'criminal', matter: 'criminal-defence', criminalRole: 'defendant', criminalStage: 'trial', possibleSentence: 'life' },
        intake: {
          channel: 'notification',
          notice: { organKind: 'court', organName: '某市中级人民法院', noticeNumber: '（2026）某刑初12号', noticeDate: '2026-03-01' },
        },
        agent: { name: '王大', relation: 'close-relative', phone: '0471-6661234' },
      }),
    )
    expect(out.intake.notice?.organKind).toBe('court')
    expect(out.agent?.relation).toBe('close-relative')
  })

  it('accepts a passport holder without a resident ID check and keeps a typed birth date', () => {
    const out = ApplicationInput.parse(application({ applicant: { idType: 'passport', idNumber: 'e12345678', birthDate: '1990-01-02', ethnicity: '98' } }))
    expect(out.applicant.idNumber).toBe('E12345678')
    expect(out.applicant.birthDate).toBe('1990-01-02')
  })

  it('drops criminal-only fields from a civil case and the notice from a non-notification intake', () => {
    const out = ApplicationInput.parse(
      application({
        case: { criminalRole: 'victim' },
        intake: { notice: { organKind: 'court', organName: '某法院', noticeNumber: '1', noticeDate: '2026-03-01' } },
      }),
    )
    expect(out.case.criminalRole).toBeUndefined()
    expect(out.intake.notice).toBeUndefined()
  })
})

describe('ApplicationInput: ID number errors name the field', () => {
  it('wrong check digit → path applicant.idNumber with a Chinese message', () => {
    const issue = issueAt(ApplicationInput, application({ applicant: { idNumber: BAD_CHECK_ID } }), ['applicant', 'idNumber'])
    expect(issue?.message).toBe('身份证号码校验位错误，请核对最后一位及前面各位数字')
  })

  it.each([
    ['17 digits', ID.slice(0, 17), /应为18位，当前为17位/],
    ['Feb 30', withCheck(bodyWithDate('19850230')), /出生日期.*无效/],
    ['bad region', withCheck('99' + ID_BODY.slice(2)), /省级行政区划代码/],
    ['letters in a resident ID', 'ABCDEFGHIJKLMNOPQR', /只能由数字组成/],
  ])('%s → applicant.idNumber', (_name, idNumber, message) => {
    const issue = issueAt(ApplicationInput, application({ applicant: { idNumber } }), ['applicant', 'idNumber'])
    expect(issue?.message).toMatch(message)
  })

  it('reports the ID error together with other field errors', () => {
    const issues = issuesOf(ApplicationInput, application({ applicant: { idNumber: BAD_CHECK_ID, name: '' } }))
    const paths = issues.map((i) => i.path.join('.'))
    expect(paths).toContain('applicant.idNumber')
    expect(paths).toContain('applicant.name')
    expect(issues.find((i) => i.path.join('.') === 'applicant.name')?.message).toBe('申请人姓名不能为空')
  })

  it('rejects a typed birth date or gender that disagrees with the ID', () => {
    const issues = issuesOf(ApplicationInput, application({ applicant: { birthDate: '1985-06-16', gender: 'female' } }))
    expect(issues.find((i) => i.path.join('.') === 'applicant.birthDate')?.message).toMatch(/出生日期与身份证号码不一致/)
    expect(issues.find((i) => i.path.join('.') === 'applicant.gender')?.message).toMatch(/性别与身份证号码不一致/)
  })

  it('checks an agent resident ID at agent.idNumber and requires its type', () => {
    const bad = issueAt(
      ApplicationInput,
      application({ agent: { name: '王大', relation: 'guardian', phone: '13812345678', idType: 'resident-id', idNumber: BAD_CHECK_ID } }),
      ['agent', 'idNumber'],
    )
    expect(bad?.message).toMatch(/校验位错误/)
    const noType = issueAt(
      ApplicationInput,
      application({ agent: { name: '王大', relation: 'guardian', phone: '13812345678', idNumber: ID } }),
      ['agent', 'idType'],
    )
    expect(noType?.message).toMatch(CJK)
  })
})

describe('ApplicationInput: structure and caps', () => {
  it('rejects unknown keys at every level, in Chinese', () => {
    for (const [input, path] of [
      [application({ top: { isAdmin: true } }), []],
      [application({ applicant: { salary: 1 } }), ['applicant']],
      [application({ case: { extra: 'x' } }), ['case']],
      [application({ intake: { hack: 1 } }), ['intake']],
    ] as const) {
      const issue = issuesOf(ApplicationInput, input).find((i) => i.code === 'unrecognized_keys')
      expect(issue?.path).toEqual(path)
      expect(issue?.message).toMatch(/包含不允许的字段/)
    }
  })

  it('rejects huge strings', () => {
    const huge = 'x'.repeat(1_000_000)
    expect(issueAt(ApplicationInput, application({ case: { facts: huge } }), ['case', 'facts'])?.message).toBe('案情摘要不能超过5000个字')
    expect(issueAt(ApplicationInput, application({ applicant: { name: huge } }), ['applicant', 'name'])?.message).toBe('申请人姓名不能超过50个字')
    expect(issueAt(ApplicationInput, application({ applicant: { idNumber: huge } }), ['applicant', 'idNumber'])).toBeDefined()
    expect(issueAt(ApplicationInput, application({ case: { opposingParty: huge } }), ['case', 'opposingParty'])).toBeDefined()
    expect(issueAt(ApplicationInput, application({ intake: { receivedOn: huge } }), ['intake', 'receivedOn'])).toBeDefined()
  })

  it('accepts facts of exactly 5000 characters', () => {
    expect(ApplicationInput.safeParse(application({ case: { facts: '字'.repeat(5000) } })).success).toBe(true)
  })

  it('requires the notice when the channel is notification', () => {
    const issue = issueAt(ApplicationInput, application({ case: { caseType: 'criminal', criminalRole: 'suspect', criminalStage: 'investigation' }, intake: { channel: 'notification' } }), ['intake', 'notice'])
    expect(issue?.message).toBe('通知辩护/代理案件须填写通知机关、通知书文号和通知日期')
  })

  it('requires a criminal case type for notification, and stage and role for criminal cases', () => {
    const notice = { organKind: 'procuratorate', organName: '某区人民检察院', noticeNumber: '某检通〔2026〕3号', noticeDate: '2026-03-01' }
    expect(issueAt(ApplicationInput, application({ intake: { channel: 'notification', notice } }), ['case', 'caseType'])?.message).toMatch(/刑事/)
    const issues = issuesOf(ApplicationInput, application({ case: { caseType: 'criminal' } }))
    expect(issues.find((i) => i.path.join('.') === 'case.criminalStage')?.message).toBe('刑事案件须选择所处诉讼阶段')
    expect(issues.find((i) => i.path.join('.') === 'case.criminalRole')?.message).toMatch(CJK)
  })

  it('rejects a notice dated after the receipt date', () => {
    const notice = { organKind: 'court', organName: '某法院', noticeNumber: '1', noticeDate: '2026-03-05' }
    const input = application({ case: { caseType: 'criminal', criminalRole: 'defendant', criminalStage: 'trial' }, intake: { channel: 'notification', notice } })
    expect(issueAt(ApplicationInput, input, ['intake', 'notice', 'noticeDate'])?.message).toBe('通知日期不能晚于受理日期')
  })

  it('requires the owed papers when accepted first, and keeps them', () => {
    expect(issueAt(ApplicationInput, application({ intake: { acceptFirst: true } }), ['intake', 'owedPapers'])?.message).toMatch(/先行受理/)
    const out = ApplicationInput.parse(application({ intake: { acceptFirst: true, urgent: true, owedPapers: ['经济困难状况承诺书'] } }))
    expect(out.intake.owedPapers).toEqual(['经济困难状况承诺书'])
  })

  it('rejects invalid dates, phones, codes and types with Chinese messages', () => {
    const issues = issuesOf(
      ApplicationInput,
      application({ applicant: { phone: '12345', ethnicity: '57', gender: 'x', specialGroups: ['vip'] }, intake: { receivedOn: '2026-02-30' } }),
    )
    const byPath = new Map(issues.map((i) => [i.path.join('.'), i.message]))
    expect(byPath.get('applicant.phone')).toMatch(/手机号码/)
    expect(byPath.get('applicant.ethnicity')).toBe('请选择民族')
    expect(byPath.get('applicant.gender')).toBe('请选择性别')
    expect(byPath.get('applicant.specialGroups.0')).toMatch(CJK)
    expect(byPath.get('intake.receivedOn')).toMatch(/YYYY-MM-DD/)
    for (const i of issues) expect(i.message).toMatch(CJK)
  })

  it('asks for missing required fields in Chinese', () => {
    const issues = issuesOf(ApplicationInput, { applicant: {}, case: {}, intake: {} })
    expect(issues.length).toBeGreaterThan(10)
    for (const i of issues) expect(i.message).toMatch(CJK)
  })
})

describe('date rules that need today (service rules)', () => {
  const today = '2026-03-02' as LocalDate
  it('flags future receipt, notice and ID birth dates', () => {
    const futureBody = '150102' + '20260401' + '431'
    const parsed = ApplicationInput.parse(
      application({
        applicant: { idNumber: futureBody + residentIdCheckChar(futureBody) },
        case: { caseType: 'criminal', criminalRole: 'defendant', criminalStage: 'trial' },
        intake: { channel: 'notification', receivedOn: '2026-03-10', notice: { organKind: 'court', organName: '某法院', noticeNumber: '1', noticeDate: '2026-03-09' } },
      }),
    )
    expect(applicationDateIssues(parsed, today).map((i) => i.path.join('.'))).toEqual(['intake.receivedOn', 'intake.notice.noticeDate', 'applicant.idNumber'])
    expect(applicationDateIssues(ApplicationInput.parse(application()), today)).toEqual([])
  })

  it('flags a future consultation date', () => {
    const c = ConsultationInput.parse({ channel: 'hotline-12348', consultedOn: '2026-03-03', topic: '工资', summary: '欠薪', adviceGiven: '可申请援助' })
    expect(consultationDateIssues(c, today)).toEqual([{ path: ['consultedOn'], message: '咨询日期不能晚于今天' }])
  })
})

describe('ConsultationInput', () => {
  const base = { channel: 'hotline-12348', consultedOn: '2026-03-02', topic: '劳动报酬', summary: '被拖欠工资三个月', adviceGiven: '建议申请法律援助' }

  it('allows an anonymous caller and blank optional fields', () => {
    const out = ConsultationInput.parse({ ...base, name: '  ', phone: '' })
    expect(out.name).toBeUndefined()
    expect(out.phone).toBeUndefined()
    expect(out.referToApplication).toBe(false)
  })

  it('requires a name when referred to an application', () => {
    expect(issueAt(ConsultationInput, { ...base, referToApplication: true }, ['name'])?.message).toMatch(/姓名/)
    expect(ConsultationInput.safeParse({ ...base, referToApplication: true, name: '李四', matter: 'labour-remuneration' }).success).toBe(true)
  })

  it('rejects an unknown channel and unknown keys', () => {
    expect(issueAt(ConsultationInput, { ...base, channel: 'fax' }, ['channel'])?.message).toBe('请选择咨询方式')
    expect(issuesOf(ConsultationInput, { ...base, id: 'x' })[0]?.code).toBe('unrecognized_keys')
  })
})

describe('CaseSearchInput', () => {
  it('applies defaults', () => {
    expect(CaseSearchInput.parse({})).toEqual({ q: undefined, status: [], caseType: [], receivedFrom: undefined, receivedTo: undefined, page: 1, pageSize: 20 })
  })

  it('enforces q ≤ 100, page ≥ 1, pageSize 10..200, known statuses and from ≤ to', () => {
    expect(issueAt(CaseSearchInput, { q: 'a'.repeat(101) }, ['q'])).toBeDefined()
    expect(issueAt(CaseSearchInput, { page: 0 }, ['page'])?.message).toBe('页码从1开始')
    expect(issueAt(CaseSearchInput, { pageSize: 5 }, ['pageSize'])).toBeDefined()
    expect(issueAt(CaseSearchInput, { pageSize: 201 }, ['pageSize'])).toBeDefined()
    expect(issueAt(CaseSearchInput, { status: ['lost'] }, ['status', 0])).toBeDefined()
    expect(issueAt(CaseSearchInput, { receivedFrom: '2026-03-02', receivedTo: '2026-03-01' }, ['receivedTo'])?.message).toMatch(/结束日期/)
    expect(CaseSearchInput.parse({ q: ' 王芳 ', status: ['registered', 'registered'], pageSize: 200 })).toMatchObject({ q: '王芳', status: ['registered'], pageSize: 200 })
  })
})

describe('CenterSettingsInput', () => {
  const base = { centerName: '某市法律援助中心', region: 'nei-mongol', docPrefix: '某法援', address: '某市某路1号', phone: '0471-12348' }

  it('parses good settings', () => {
    expect(CenterSettingsInput.safeParse({ ...base, phone: '0471-6661234' }).success).toBe(true)
  })

  it('rejects bad region, long or bracketed prefixes and bad phones', () => {
    expect(issueAt(CenterSettingsInput, { ...base, phone: '0471-6661234', region: 'beijing' }, ['region'])?.message).toBe('请选择适用地区')
    expect(issueAt(CenterSettingsInput, { ...base, phone: '0471-6661234', docPrefix: '一二三四五六七八九十一' }, ['docPrefix'])).toBeDefined()
    expect(issueAt(CenterSettingsInput, { ...base, phone: '0471-6661234', docPrefix: '某法援〔' }, ['docPrefix'])).toBeDefined()
    expect(issueAt(CenterSettingsInput, base, ['phone'])).toBeDefined()
  })
})

describe('residentIdMessage', () => {
  it('is null for a valid number and Chinese otherwise', () => {
    expect(residentIdMessage(ID)).toBeNull()
    expect(residentIdMessage('123')).toBe('身份证号码应为18位，当前为3位')
  })
})

// -- helpers ---------------------------------------------------------------------------

function withCheck(body17: string): string {
  return body17 + residentIdCheckChar(body17)
}

function bodyWithDate(yyyymmdd: string): string {
  return ID_BODY.slice(0, 6) + yyyymmdd + ID_BODY.slice(14, 17)
}

function findBodyWithCheckX(): string {
  for (let seq = 0; seq < 1000; seq++) {
    const body = '15010219850615' + String(seq).padStart(3, '0')
    if (residentIdCheckChar(body) === 'X') return body
  }
  throw new Error('unreachable')
}

function xGender(body: string): 'male' | 'female' {
  return Number(body[16]) % 2 === 1 ? 'male' : 'female'
}
