/**
 * Every document type, issued from real cases registered through the dispatcher into a real
 * store, read back as text: names, numbers, dates, amounts and legal basis come out as the case,
 * the center's settings, the clerk's inputs and the policy engine say.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssueDocumentInputIn, IssueDocumentResult } from '../../../shared/documents/schema'
import { makeTestServices, type TestServices } from '../../kit/services'
import { issue, makeResidentId, pdfText, registerCase, savePreview } from './helpers'
import { failure, value } from '../../kit/call'
import { advanceCase } from '../../kit/advance'

let s: TestServices
let civilId: string
let civilNo: string
let criminalId: string
let criminalNo: string
const issued = new Map<string, IssueDocumentResult>()

const fileOf = (r: IssueDocumentResult) => readFileSync(join(s.dir, ...r.document.filePath.split('/')))

beforeAll(async () => {
  s = await makeTestServices()
  const civil = await registerCase(s, { name: '王芳', idNumber: makeResidentId('19800315', 124) }, (a) => {
    a.agent = { name: '李秀英', relation: 'close-relative', phone: '13800471234' }
  })
  civilId = civil.id
  civilNo = civil.caseNumber
  const criminal = await registerCase(s, { name: '赵建国', idNumber: makeResidentId('19920610', 135) }, (a) => {
    a.case = {
      caseType: 'criminal',
      matter: 'criminal-defence',
      criminalRole: 'defendant',
      criminalStage: 'trial',
      cause: '盗窃',
      facts: '被告人被控盗窃电动车三辆，案件已起诉至人民法院。',
      handlingOrgan: '呼和浩特市新城区人民法院',
      possibleSentence: 'other',
      hasOwnCounsel: false,
    }
    a.intake = {
      channel: 'notification',
      notice: { organKind: 'court', organName: '呼和浩特市新城区人民法院', noticeNumber: '（2026）内0102刑初123号', noticeDate: '2026-11-19' },
      receivedOn: '2026-11-20',
      urgent: false,
      acceptFirst: false,
    }
  })
  criminalId = criminal.id
  criminalNo = criminal.caseNumber
})

afterAll(async () => {
  await s.dispose()
})

async function issueOk(name: string, input: IssueDocumentInputIn): Promise<{ r: IssueDocumentResult; text: string }> {
  const r = value(await issue(s, input))
  issued.set(name, r)
  const pdf = fileOf(r)
  console.log(`[documents] ${r.document.docNumber}: ${r.document.pages} page(s), ${(r.document.bytes / 1024).toFixed(1)} KB, rendered in ${Math.round(r.renderMs)} ms`)
  return { r, text: await pdfText(pdf) }
}

const LAW = '《中华人民共和国法律援助法》'

describe('issuing every document type from real case data', () => {
  it('受理回执: applicant, agent, case number, materials and the 7-day decision date', async () => {
    const { r, text } = await issueOk('receipt', {
      type: 'acceptance-receipt',
      caseId: civilId,
      extra: { materials: ['法律援助申请表', '居民身份证复印件', '劳动合同及工资流水'] },
    })
    expect(r.document.docNumber).toBe('呼法援受〔2026〕1号')
    expect(r.document.caseNumber).toBe(civilNo)
    for (const s_ of ['呼和浩特市法律援助中心', '法律援助申请受理回执', '呼法援受〔2026〕1号', '王芳：', '2026年11月20日', '由近亲属李秀英代为', '申请方式：窗口', civilNo, '请求确认劳动关系或者支付劳动报酬（追索劳动报酬纠纷）', '劳动合同及工资流水', '2026年11月27日前作出是否给予法律援助的决定', '受理人：测试受理员', '呼和浩特市新城区某路1号', '0471-1234567', '2026年11月23日']) {
      expect(text).toContain(s_)
    }
    // The 7-day rule's article number is unverified in the policy data: not printed, but reported.
    expect(text).toContain('本中心将依法进行审查')
    expect(r.omittedUnverifiedBasis.join('')).toContain('七日内')
    savePreview('acceptance-receipt', fileOf(r))
  })

  it('补充材料通知书: the missing materials, the deadline and the pause of the review period', async () => {
    await advanceCase(s, civilId, 'awaiting-materials')
    const { r, text } = await issueOk('supplement', {
      type: 'supplement-notice',
      caseId: civilId,
      extra: {
        missingMaterials: [{ name: '工资欠条或者考勤记录', note: '原件或者复印件' }, { name: '用人单位的工商登记信息' }],
        supplyBy: '2026-12-08',
        howToSubmit: '可到本中心窗口提交，也可以邮寄提交。',
      },
    })
    expect(r.document.docNumber).toBe('呼法援补〔2026〕1号')
    for (const s_ of ['补充材料通知书', '王芳：', '1.工资欠条或者考勤记录（原件或者复印件）', '2.用人单位的工商登记信息', '2026年12月8日前', '审查期限暂停计算', '可到本中心窗口提交']) {
      expect(text).toContain(s_)
    }
  })

  it('承诺书: full ID number, household incomes, per-capita income, the standard and its source, the commitment-system basis', async () => {
    const { r, text } = await issueOk('declaration', {
      type: 'hardship-declaration',
      caseId: civilId,
      extra: {
        household: [
          { name: '王芳', relation: '本人', occupation: '务工（被拖欠工资）', monthlyIncomeFen: 120000 },
          { name: '刘小军', relation: '儿子', occupation: '在校学生', monthlyIncomeFen: 0 },
          { name: '王德明', relation: '父亲', occupation: '无', monthlyIncomeFen: 45050 },
        ],
        standard: { label: '呼和浩特市最低工资标准（月）', amountFen: 198000, source: '内蒙古自治区人民政府公布的最低工资标准（一类地区）' },
        circumstances: ['家庭人均月收入低于当地最低工资标准', '被拖欠工资六个月，无其他收入来源'],
      },
    })
    expect(r.document.docNumber).toBe('呼法援承〔2026〕1号')
    for (const s_ of [
      '法律援助申请人经济困难状况承诺书',
      makeResidentId('19800315', 124),
      '呼和浩特市赛罕区某街道2号',
      '城镇',
      '¥1,200.00',
      '¥450.50',
      '¥1,650.50', // household total
      '¥550.16', // per capita, rounded down to the fen
      '¥1,980.00',
      '《内蒙古自治区人民政府关于进一步加强法律援助工作的意见》三（三）、三（四）',
      '承诺人（签名并按指印）',
      '本人郑重承诺',
    ]) {
      expect(text).toContain(s_)
    }
    savePreview('hardship-declaration', fileOf(r))
  })

  it('给予决定书: findings, aid form, the 3-day assignment date and the scope clause from the policy engine', async () => {
    await advanceCase(s, civilId, 'granted')
    const { r, text } = await issueOk('grant', {
      type: 'grant-decision',
      caseId: civilId,
      extra: { findings: '你系农民工请求支付劳动报酬，免予核查经济困难状况', aidForm: '劳动争议仲裁代理' },
    })
    expect(r.document.docNumber).toBe('呼法援援〔2026〕1号')
    for (const s_ of ['给予法律援助决定书', '王芳：', civilNo, '你系农民工请求支付劳动报酬，免予核查经济困难状况', `${LAW}第三十一条（五）`, '第四十二条（三）', '援助形式为劳动争议仲裁代理', '2026年11月26日前指派', '你应当如实陈述与法律援助事项有关的情况']) {
      expect(text).toContain(s_)
    }
  })

  it('不予决定书: each reason, the scope basis and the objection route to the judicial administration department', async () => {
    const other = await registerCase(s, { name: '孙丽', idNumber: makeResidentId('19750102', 246) })
    await advanceCase(s, other.id, 'refused')
    const { r, text } = await issueOk('refusal', {
      type: 'refusal-decision',
      caseId: other.id,
      extra: {
        ground: 'not-hardship',
        reasons: ['你家庭人均月收入为3200元，高于本地区经济困难标准', '你不属于免予核查经济困难状况的人员'],
        objection: { authority: '呼和浩特市司法局', periodDays: 15, contact: '呼和浩特市新城区某路9号' },
      },
    })
    expect(r.document.docNumber).toBe('呼法援不援〔2026〕1号')
    for (const s_ of ['不予法律援助决定书', '孙丽：', '1.你家庭人均月收入为3200元，高于本地区经济困难标准；', '2.你不属于免予核查经济困难状况的人员。', '《内蒙古自治区人民政府关于进一步加强法律援助工作的意见》三（三）', '本中心决定不予法律援助', '自收到本决定书之日起15日内，向呼和浩特市司法局（呼和浩特市新城区某路9号）提出']) {
      expect(text).toContain(s_)
    }
    savePreview('refusal-decision', fileOf(r))
  })

  it('指派通知书: firm, lawyer, the grant decision it follows and the procedure rules clause', async () => {
    const grant = issued.get('grant')!.document.docNumber
    await advanceCase(s, civilId, 'assigned')
    const { r, text } = await issueOk('assignment', {
      type: 'assignment-notice',
      caseId: civilId,
      extra: {
        aidForm: '劳动争议仲裁代理',
        requirements: ['自收到本通知之日起5日内与受援人签订委托协议', '结案后30日内提交结案材料'],
      },
    })
    expect(r.document.docNumber).toBe('呼法援指〔2026〕1号')
    for (const s_ of ['法律援助指派通知书', '内蒙古测试律师事务所：', `根据${grant}给予法律援助决定书`, '《办理法律援助案件程序规定》第二十四条第一款', '测试律师律师（执业证号：11501201010009）', civilNo, '王芳', '民事', '劳动争议仲裁代理', '13912345678']) {
      expect(text).toContain(s_)
    }
  })

  it('公函: the notifying court, its notice number, the defendant, the charge and the assigned lawyer', async () => {
    await advanceCase(s, criminalId, 'assigned')
    const { r, text } = await issueOk('letter', {
      type: 'official-letter',
      caseId: criminalId,
      extra: {
        organ: '呼和浩特市新城区人民法院',
        organKind: 'court',
        noticeTitle: '提供法律援助通知书',
        organCaseNo: '（2026）内0102刑初123号',
        counselRole: '辩护人',
        attachments: ['指派通知书复印件'],
      },
    })
    expect(r.document.docNumber).toBe('呼法援函〔2026〕1号')
    for (const s_ of ['法律援助公函', '呼和浩特市新城区人民法院：', '2026年11月20日收到你院（2026）内0102刑初123号《提供法律援助通知书》', '《办理法律援助案件程序规定》第二十四条第二款', '本中心指派内蒙古测试律师事务所测试律师律师担任你院（2026）内0102刑初123号被告人赵建国盗窃一案的辩护人', '13947100009']) {
      expect(text).toContain(s_)
    }
    expect(criminalNo).toMatch(/^2026-/)
    savePreview('official-letter', fileOf(r))
  })

  it('终止决定书: refers to the grant decision in the store, states the facts, the statutory ground and the objection route', async () => {
    const grant = issued.get('grant')!.document
    await advanceCase(s, civilId, 'terminated')
    const { r, text } = await issueOk('termination', {
      type: 'termination-decision',
      caseId: civilId,
      extra: {
        facts: '你已于2026年11月22日自行委托律师担任代理人',
        ground: '受援人自行委托律师或者其他代理人',
        objection: { authority: '呼和浩特市司法局', periodDays: null },
        copyTo: ['内蒙古青城律师事务所'],
      },
    })
    expect(r.document.docNumber).toBe('呼法援终〔2026〕1号')
    for (const s_ of ['终止法律援助决定书', `2026年11月23日作出${grant.docNumber}给予法律援助决定书`, '你已于2026年11月22日自行委托律师担任代理人', '属于“受援人自行委托律师或者其他代理人”的情形', '终止对你的法律援助', '向呼和浩特市司法局提出', '抄送：内蒙古青城律师事务所。']) {
      expect(text).toContain(s_)
    }
  })

  it('补贴审批表: the range and its source from the policy engine, base by grade, approved extras, totals in figures and in words', async () => {
    const subsidyExtra = {
      subsidyKind: 'civil' as const,
      qualityGrade: 'excellent' as const,
      closedOn: '2026-11-21',
      lawyer: { name: '高志远', licenseNo: '11501201810123456' },
      firm: '内蒙古青城律师事务所',
      extras: [{ reason: 'off-site-evidence' as const, amountFen: 30000, note: '赴包头市调取劳动仲裁证据', approvedBy: '张主任', approvedOn: '2026-11-22' }],
      payee: { accountName: '内蒙古青城律师事务所', bank: '中国工商银行呼和浩特新华支行', account: '0602000109200012345' },
    }
    const approval = await issueOk('approval', { type: 'subsidy-approval', caseId: civilId, extra: subsidyExtra })
    expect(approval.r.document.docNumber).toBe('呼法援补贴审〔2026〕1号')
    expect(approval.text).toContain('法律援助案件补贴审批表')
    for (const s_ of [civilNo, '王芳', '高志远', '内蒙古青城律师事务所', '2026年11月21日', '优秀', '¥1,000.00至¥1,800.00', '《内蒙古自治区人民政府关于进一步加强法律援助工作的意见》二（二）', '¥1,800.00', '异地调查取证', '¥300.00', '赴包头市调取劳动仲裁证据', '张主任', '¥2,100.00', '贰仟壹佰元整']) {
      expect(approval.text).toContain(s_)
    }
  })

  it('发放凭证 and 汇总表 are not issued here: they come from the subsidy ledger, which uses no number of their series', async () => {
    const before = s.ctx.store.sqlite.prepare(`SELECT coalesce(sum(last_seq), 0) AS n FROM doc_counter WHERE doc_type IN ('subsidy-voucher', 'payment-list')`).get() as { n: number }
    const voucher = failure(await issue(s, { type: 'subsidy-voucher', caseId: civilId, extra: { subsidyKind: 'civil', qualityGrade: 'excellent', closedOn: '2026-11-21', lawyer: { name: '高志远', licenseNo: '11501201810123456' }, firm: '内蒙古青城律师事务所', extras: [], payee: { accountName: '某', bank: '某银行', account: '0602000109200012345' } } }))
    expect(voucher.code).toBe('POLICY_VIOLATION')
    expect(voucher.message).toContain('补贴发放批次')
    const list = failure(await issue(s, { type: 'payment-list', extra: { period: '2026-11', batchNo: '2026-11-01' } }))
    expect(list.code).toBe('POLICY_VIOLATION')
    const after = s.ctx.store.sqlite.prepare(`SELECT coalesce(sum(last_seq), 0) AS n FROM doc_counter WHERE doc_type IN ('subsidy-voucher', 'payment-list')`).get() as { n: number }
    expect(after.n).toBe(before.n)
  })

  it('lists the case file\'s documents newest first, with number, date and who issued them', async () => {
    const list = value(await s.dispatch('documents:list', { caseId: civilId }, { actor: 'x', via: 'web' })) as { docNumber: string; issuedBy: string; type: string }[]
    expect(list.map((d) => d.type)).toEqual(['subsidy-approval', 'termination-decision', 'assignment-notice', 'grant-decision', 'hardship-declaration', 'supplement-notice', 'acceptance-receipt'])
    expect(new Set(list.map((d) => d.issuedBy))).toEqual(new Set(['测试受理员']))
    const file = value(await s.dispatch('case:get', { id: civilId }, { actor: 'x', via: 'web' })) as { events: { action: string }[] }
    expect(file.events.filter((e) => e.action === 'document.issue')).toHaveLength(7)
  })
})
