/**
 * The per-type fields of 开具文书 (issue-forms.tsx), driven through the case file's documents
 * panel: what the clerk types becomes the `extra` of documents:issue, and the fake parses the
 * input with the main process's schema, so a mapping it would refuse fails here too.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DocType } from '../../../../shared/documents/schema'
import { DocumentsPanel } from '../../../../renderer/src/features/documents/components/documents-panel'
import { renderWithApp, type User } from '../../../kit/render'
import { CASE_ID, issued, parseIssueInput, user } from './documents-fixtures'

function setup() {
  return renderWithApp(<DocumentsPanel caseId={CASE_ID} />, {
    api: {
      'documents:list': () => [],
      'documents:open': () => ({ opened: true }),
      'documents:issue': (input) => issued(parseIssueInput(input).type, 5),
    },
    signedIn: user(['clerk']),
  })
}

async function open(u: User, label: string): Promise<HTMLElement> {
  await screen.findByText('尚未开具文书')
  await u.hover(screen.getByRole('button', { name: /开具文书/ }))
  await u.click(await screen.findByRole('menuitem', { name: label }))
  return screen.findByRole('dialog', { name: `开具${label}` })
}

/** Submits, and waits for the main process (the fake, with the real schema) to accept the input. */
async function issue(u: User, dialog: HTMLElement, type: DocType): Promise<void> {
  await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
  await waitFor(() => {
    const alert = within(dialog).queryByRole('alert')
    if (alert) throw new Error(`refused: ${alert.textContent}`)
    expect(screen.getByText(`已开具 ${issued(type, 5).document.docNumber}`)).toBeTruthy()
  })
}

/** jsdom's date box takes a value only as a whole valid date. */
const setDate = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } })

async function choose(u: User, field: HTMLElement, label: string) {
  await u.click(field)
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')].find(
      (o) => o.textContent === label,
    )
    if (!found) throw new Error(`no option ${label}`)
    return found
  })
  await u.click(option)
}

describe('开具文书：各类文书的填写项', () => {
  it('补充材料通知书: one material per line, a note after “：” or “:”, the deadline, and an empty 提交方式 left out', async () => {
    const { api, user: u } = setup()
    const dialog = await open(u, '补充材料通知书')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
    expect(await within(dialog).findByText('请至少填写一项需补充的材料')).toBeTruthy()
    expect(within(dialog).getByText('请填写补充期限')).toBeTruthy()
    expect(api.callsTo('documents:issue')).toEqual([])

    await u.type(within(dialog).getByLabelText(/需补充的材料/), '工资欠条：原件或复印件{Enter}劳动合同: 如有{Enter}{Enter}  考勤记录  ')
    setDate(within(dialog).getByLabelText('补充期限'), '2026-03-24')
    await issue(u, dialog, 'supplement-notice')
    expect(api.callsTo('documents:issue')).toEqual([
      {
        type: 'supplement-notice',
        caseId: CASE_ID,
        extra: {
          missingMaterials: [{ name: '工资欠条', note: '原件或复印件' }, { name: '劳动合同', note: '如有' }, { name: '考勤记录' }],
          supplyBy: '2026-03-24',
          howToSubmit: undefined,
        },
        allowMissingGlyphs: false,
      },
    ])
  }, 20_000)

  it('经济困难状况承诺书: household members (added and removed) and the standard are typed in yuan and sent in fen', async () => {
    const { api, user: u } = setup()
    const dialog = await open(u, '经济困难状况承诺书')
    await u.click(within(dialog).getByRole('button', { name: /添加家庭成员/ }))
    await u.click(within(dialog).getByRole('button', { name: /添加家庭成员/ }))
    expect(within(dialog).getAllByPlaceholderText('家庭成员姓名')).toHaveLength(3)
    const names = within(dialog).getAllByPlaceholderText('家庭成员姓名')
    const relations = within(dialog).getAllByPlaceholderText('关系（本人/配偶…）')
    const jobs = within(dialog).getAllByPlaceholderText('职业或就业状况')
    const incomes = within(dialog).getAllByPlaceholderText('月收入（元）')
    await u.type(names[0]!, '巴特尔')
    await u.type(relations[0]!, '本人')
    await u.type(jobs[0]!, '务工')
    await u.type(incomes[0]!, '1,200.50')
    await u.type(names[1]!, '临时')
    await u.type(names[2]!, '其其格')
    await u.type(relations[2]!, '配偶')
    await u.type(incomes[2]!, '0')
    await u.click(within(dialog).getAllByRole('img', { name: '删除此成员' })[1]!)
    expect(within(dialog).getAllByPlaceholderText('家庭成员姓名')).toHaveLength(2)

    await u.type(within(dialog).getByLabelText('经济困难标准名称'), '呼和浩特市城乡居民最低生活保障标准')
    await u.type(within(dialog).getByLabelText('标准金额（元/月）'), '￥1,100')
    await u.type(within(dialog).getByLabelText('标准来源'), '呼和浩特市民政局公布的低保标准')
    await u.type(within(dialog).getByLabelText('经济困难情形（每行一项）'), '家庭人均月收入低于当地最低生活保障标准')
    await issue(u, dialog, 'hardship-declaration')
    expect(api.callsTo('documents:issue')).toEqual([
      {
        type: 'hardship-declaration',
        caseId: CASE_ID,
        extra: {
          household: [
            { name: '巴特尔', relation: '本人', occupation: '务工', monthlyIncomeFen: 120050 },
            { name: '其其格', relation: '配偶', occupation: undefined, monthlyIncomeFen: 0 },
          ],
          standard: { label: '呼和浩特市城乡居民最低生活保障标准', amountFen: 110000, source: '呼和浩特市民政局公布的低保标准' },
          circumstances: ['家庭人均月收入低于当地最低生活保障标准'],
        },
        allowMissingGlyphs: false,
      },
    ])
  }, 30_000)

  it('经济困难状况承诺书: an amount that is not yuan is marked on its field and nothing is sent', async () => {
    const { api, user: u } = setup()
    const dialog = await open(u, '经济困难状况承诺书')
    await u.type(within(dialog).getByPlaceholderText('家庭成员姓名'), '巴特尔')
    await u.type(within(dialog).getByPlaceholderText('关系（本人/配偶…）'), '本人')
    await u.type(within(dialog).getByPlaceholderText('月收入（元）'), '三千元')
    await u.type(within(dialog).getByLabelText('经济困难标准名称'), '最低生活保障标准')
    await u.type(within(dialog).getByLabelText('标准金额（元/月）'), '1100')
    await u.type(within(dialog).getByLabelText('标准来源'), '市民政局')
    await u.type(within(dialog).getByLabelText('经济困难情形（每行一项）'), '无固定收入')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
    const income = within(dialog).getByPlaceholderText('月收入（元）').closest('.ant-form-item') as HTMLElement
    expect(await within(income).findByText('金额请填写元数，如 1200 或 1200.50')).toBeTruthy()
    expect(api.callsTo('documents:issue')).toEqual([])
  }, 30_000)

  it('不予法律援助决定书: the ground is chosen in Chinese and sent as its code; reasons per line; the objection period as a number', async () => {
    const { api, user: u } = setup()
    const dialog = await open(u, '不予法律援助决定书')
    await choose(u, within(dialog).getByLabelText('理由类别'), '经济状况不符合经济困难标准')
    await u.type(within(dialog).getByLabelText('不予援助的理由（每行一条）'), '你家庭人均月收入高于本地区经济困难标准{Enter}未能提供收入证明')
    await u.type(within(dialog).getByLabelText('受理异议的司法行政部门'), '呼和浩特市赛罕区司法局')
    await u.type(within(dialog).getByLabelText('异议期限（日，可空）'), '60')
    await issue(u, dialog, 'refusal-decision')
    expect(api.callsTo('documents:issue')).toEqual([
      {
        type: 'refusal-decision',
        caseId: CASE_ID,
        extra: {
          ground: 'not-hardship',
          reasons: ['你家庭人均月收入高于本地区经济困难标准', '未能提供收入证明'],
          objection: { authority: '呼和浩特市赛罕区司法局', periodDays: 60, contact: undefined },
        },
        allowMissingGlyphs: false,
      },
    ])
  }, 30_000)

  it('指派通知书: aid form and requirements; the lawyer and firm come from the assignment, not the form', async () => {
    const { api, user: u } = setup()
    const dialog = await open(u, '指派通知书')
    expect(within(dialog).getByText(/取自本案的指派和律师名册，无需填写/)).toBeTruthy()
    expect(within(dialog).queryByLabelText('律师姓名')).toBeNull()
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
    expect(await within(dialog).findByText('请填写援助形式')).toBeTruthy()
    expect(api.callsTo('documents:issue')).toEqual([])

    await u.type(within(dialog).getByLabelText('援助形式'), '劳动争议仲裁代理')
    await u.type(within(dialog).getByLabelText('承办要求（每行一项）'), '自收到本通知之日起5日内与受援人签订委托协议{Enter}结案后30日内提交结案材料')
    await issue(u, dialog, 'assignment-notice')
    expect(api.callsTo('documents:issue')).toEqual([
      {
        type: 'assignment-notice',
        caseId: CASE_ID,
        extra: {
          aidForm: '劳动争议仲裁代理',
          stage: undefined,
          requirements: ['自收到本通知之日起5日内与受援人签订委托协议', '结案后30日内提交结案材料'],
        },
        allowMissingGlyphs: false,
      },
    ])
  }, 30_000)

  it('法律援助公函: the organ kind is chosen in Chinese; the lawyer comes from the assignment; attachments per line', async () => {
    const { api, user: u } = setup()
    const dialog = await open(u, '法律援助公函')
    await u.type(within(dialog).getByLabelText('主送机关'), '呼和浩特市赛罕区人民法院')
    await choose(u, within(dialog).getByLabelText('机关类别'), '人民法院')
    await u.type(within(dialog).getByLabelText('机关案号'), '（2026）内0105民初123号')
    await u.type(within(dialog).getByLabelText('担任'), '诉讼代理人')
    expect(within(dialog).queryByLabelText('律师姓名')).toBeNull()
    await u.type(within(dialog).getByLabelText('附件（每行一项）'), '指派通知书复印件')
    await issue(u, dialog, 'official-letter')
    expect(api.callsTo('documents:issue')).toEqual([
      {
        type: 'official-letter',
        caseId: CASE_ID,
        extra: {
          organ: '呼和浩特市赛罕区人民法院',
          organKind: 'court',
          organCaseNo: '（2026）内0105民初123号',
          noticeTitle: undefined,
          recipientRole: undefined,
          counselRole: '诉讼代理人',
          attachments: ['指派通知书复印件'],
        },
        allowMissingGlyphs: false,
      },
    ])
  }, 30_000)

  it('终止法律援助决定书: the statutory ground, basis lines “文件名称|条款”, objection and copy-to', async () => {
    const { api, user: u } = setup()
    const dialog = await open(u, '终止法律援助决定书')
    await u.type(within(dialog).getByLabelText('查明的事实'), '受援人已自行委托律师代理本案')
    await choose(u, within(dialog).getByLabelText('终止的法定情形'), '受援人自行委托律师或者其他代理人')
    await u.type(within(dialog).getByLabelText(/法律依据/), '中华人民共和国法律援助法|第四十八条第一款第六项')
    await u.type(within(dialog).getByLabelText('受理异议的司法行政部门'), '呼和浩特市赛罕区司法局')
    await u.type(within(dialog).getByLabelText('异议受理地址或电话'), '0471-1234567')
    await u.type(within(dialog).getByLabelText('抄送（每行一个单位）'), '内蒙古正义律师事务所')
    await issue(u, dialog, 'termination-decision')
    expect(api.callsTo('documents:issue')).toEqual([
      {
        type: 'termination-decision',
        caseId: CASE_ID,
        extra: {
          facts: '受援人已自行委托律师代理本案',
          ground: '受援人自行委托律师或者其他代理人',
          basis: [{ doc: '中华人民共和国法律援助法', clause: '第四十八条第一款第六项' }],
          objection: { authority: '呼和浩特市赛罕区司法局', periodDays: null, contact: '0471-1234567' },
          copyTo: ['内蒙古正义律师事务所'],
        },
        allowMissingGlyphs: false,
      },
    ])
  }, 30_000)

  it('补贴发放凭证: kind and grade in Chinese, closing date, lawyer and firm, and an approved extra in yuan sent in fen', async () => {
    const { api, user: u } = setup()
    const dialog = await open(u, '补贴发放凭证')
    await choose(u, within(dialog).getByLabelText('补贴类别'), '民事案件')
    await choose(u, within(dialog).getByLabelText('质量等级'), '良好')
    setDate(within(dialog).getByLabelText('结案日期'), '2026-02-27')
    await u.type(within(dialog).getByLabelText('律师事务所'), '内蒙古正义律师事务所')
    await u.type(within(dialog).getByLabelText('律师姓名'), '王明')
    await u.click(within(dialog).getByRole('button', { name: /添加经负责人核准的增加项目/ }))
    await choose(u, within(dialog).getByRole('combobox', { name: '' }), '异地调查取证')
    await u.type(within(dialog).getByPlaceholderText('金额（元）'), '800')
    await u.type(within(dialog).getByPlaceholderText('增加理由'), '赴包头市调取劳动合同')
    await u.type(within(dialog).getByPlaceholderText('核准人'), '赵敏')
    // The row's date box has no label of its own; antd names it after the list field.
    setDate(dialog.querySelector('#extras_0_approvedOn') as HTMLElement, '2026-02-20')
    await issue(u, dialog, 'subsidy-voucher')
    expect(api.callsTo('documents:issue')).toEqual([
      {
        type: 'subsidy-voucher',
        caseId: CASE_ID,
        extra: {
          subsidyKind: 'civil',
          qualityGrade: 'good',
          decidedOn: undefined,
          closedOn: '2026-02-27',
          lawyer: { name: '王明', licenseNo: undefined, phone: undefined },
          firm: '内蒙古正义律师事务所',
          extras: [{ reason: 'off-site-evidence', amountFen: 80000, note: '赴包头市调取劳动合同', approvedBy: '赵敏', approvedOn: '2026-02-20' }],
        },
        allowMissingGlyphs: false,
      },
    ])
  }, 30_000)
})
