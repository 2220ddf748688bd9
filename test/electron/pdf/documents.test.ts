/**
 * Every printed document: render a realistic view model, read the text back with pdf.js and
 * check that names, numbers, dates, amounts and legal basis are there, that the CJK font is
 * an embedded subset, and write a PNG preview to test-results/pdf/.
 */
import { getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPdf, type DocumentVm } from '../../../electron/main/pdf'
import { configureFonts, resetFontSettings } from '../../../electron/main/pdf/fonts'
import * as fx from './fixtures'
import { embeddedFonts, savePreview, squash, squashedText } from './helpers'

interface Case {
  name: string
  vm: DocumentVm
  title: string
  expected: string[]
}

const cases: Case[] = [
  {
    name: 'acceptance-receipt',
    vm: fx.acceptanceReceipt,
    title: '法律援助申请受理回执',
    expected: [
      '南宁市法律援助中心',
      '南法援受〔2026〕31号',
      '韦秀兰：',
      '2026年3月2日',
      '请求确认劳动关系并支付拖欠的劳动报酬',
      'NN-2026-0031',
      '劳动合同及工资流水（共6页）',
      '2026年3月9日前作出是否给予法律援助的决定',
      '补充材料、作出说明所需的时间不计入审查期限',
      '《中华人民共和国法律援助法》第四十三条',
      '0771-5512348',
      '南宁市青秀区竹溪大道38号',
      '覃丽娟',
    ],
  },
  {
    name: 'supplement-notice',
    vm: fx.supplementNotice,
    title: '补充材料通知书',
    expected: [
      '南法援补〔2026〕7号',
      '覃志强：',
      '2026年3月3日',
      'NN-2026-0035',
      '道路交通事故认定书（复印件，需与原件核对）',
      '住院病历及医疗费票据',
      '误工证明（由用人单位出具并加盖公章）',
      '请你于2026年3月18日前将上述材料提交本中心',
      '审查期限暂停计算',
      '视为撤回申请',
      '《中华人民共和国法律援助法》第四十三条',
      '2026年3月4日',
    ],
  },
  {
    name: 'hardship-declaration',
    vm: fx.hardshipDeclaration,
    title: '法律援助申请人经济困难状况承诺书',
    expected: [
      '呼和浩特市法律援助中心',
      '呼法援诺〔2026〕118号',
      '其其格',
      '150102197906******',
      '呼和浩特市赛罕区大学东街18号院3单元502室',
      '巴特尔',
      '¥980.00',
      '¥490.00',
      '¥1,980.00',
      '呼和浩特市城镇最低工资标准',
      '《中华人民共和国法律援助法》第四十一条',
      '《内蒙古自治区人民政府关于进一步加强法律援助工作的意见》三（四）',
      '本人郑重承诺',
      '如有虚假承诺，本人愿意承担相应的法律责任',
      '承诺人（签名并按指印）',
      '张晓敏',
    ],
  },
  {
    name: 'grant-decision',
    vm: fx.grantDecision,
    title: '给予法律援助决定书',
    expected: [
      '南法援决〔2026〕12号',
      '韦秀兰：',
      '2026年3月2日',
      '符合《中华人民共和国法律援助法》第三十一条、第四十一条、第四十三条规定的法律援助条件',
      '本中心决定给予法律援助，援助形式为劳动争议仲裁代理',
      '本中心将于2026年3月9日前指派法律援助人员',
      '受援人应当如实陈述',
      '2026年3月6日',
    ],
  },
  {
    name: 'refusal-decision',
    vm: fx.refusalDecision,
    title: '不予法律援助决定书',
    expected: [
      '南法援不〔2026〕4号',
      '黄建华：',
      '2026年3月5日',
      '请求解除房屋租赁合同并返还押金',
      '不属于法律援助法及本地规定的民事法律援助事项范围',
      '3,850元',
      '根据《中华人民共和国法律援助法》第三十一条、第四十三条的规定，本中心决定不予法律援助',
      '如对本决定有异议',
      '依照《中华人民共和国法律援助法》第四十九条的规定',
      '自收到本决定书之日起15日内',
      '向南宁市司法局',
      '2026年3月10日',
    ],
  },
  {
    name: 'assignment-notice',
    vm: fx.assignmentNotice,
    title: '法律援助指派通知书',
    expected: [
      '南法援指〔2026〕12号',
      '广西桂邕律师事务所：',
      '莫永康律师',
      '14501201510234567',
      '（2026）南法援民字第0031号',
      '韦秀兰',
      '劳动争议仲裁代理',
      '南宁市劳动人事争议仲裁委员会',
      '南法援决〔2026〕12号给予法律援助决定书',
      '案件办结后30日内',
      '《中华人民共和国法律援助法》第四十三条',
      '2026年3月9日',
    ],
  },
  {
    name: 'official-letter',
    vm: fx.officialLetter,
    title: '法律援助公函',
    expected: [
      '南法援函〔2026〕21号',
      '南宁市青秀区人民法院：',
      '2026年3月2日',
      '你院（2026）桂0103刑初217号《提供法律援助通知书》',
      '《中华人民共和国法律援助法》第二十五条、第三十六条',
      '本中心指派广西南国律师事务所梁文斌律师担任你院（2026）桂0103刑初217号被告人陆家豪盗窃一案的辩护人',
      '特此函告',
      '13978845612',
      '附件：1.指派通知书（复印件）',
      '2.律师执业证（复印件）',
      '2026年3月4日',
    ],
  },
  {
    name: 'termination-decision',
    vm: fx.terminationDecision,
    title: '终止法律援助决定书',
    expected: [
      '南法援终〔2026〕2号',
      '潘德明：',
      '2026年2月20日',
      '南法援决〔2026〕6号',
      '（2026）南法援民字第0019号',
      '你已于2026年4月2日自行委托广西万益律师事务所律师担任本案诉讼代理人',
      '属于“受援人自行委托律师或者其他代理人”的情形',
      '根据《中华人民共和国法律援助法》第四十八条第一款第六项的规定',
      '终止对你的法律援助',
      '向南宁市司法局',
      '抄送：广西桂邕律师事务所，南宁市江南区人民法院。',
      '2026年4月8日',
    ],
  },
  {
    name: 'subsidy-voucher',
    vm: fx.subsidyVoucher,
    title: '法律援助案件补贴审批表',
    expected: [
      '呼和浩特市法律援助中心',
      '呼法援补〔2026〕45号',
      '（2026）呼法援民字第0203号',
      '乌云其木格',
      '王振宇',
      '11501201611223344',
      '内蒙古正义律师事务所',
      '2026年4月28日',
      '¥1,000.00至¥1,800.00',
      '¥1,500.00',
      '异地调查取证',
      '¥305.50',
      '赵国庆',
      '2026年5月8日',
      '¥1,805.50',
      '壹仟捌佰零伍元伍角整',
      '承办人',
      '审核人',
      '负责人',
      '财务',
      '《内蒙古自治区人民政府关于进一步加强法律援助工作的意见》二（二）',
      '2026年5月12日',
    ],
  },
  {
    name: 'payment-list',
    vm: fx.paymentList(12),
    title: '2026年3月法律援助案件补贴发放汇总表',
    expected: [
      '南法援发〔2026〕3号',
      '编制单位：南宁市法律援助中心',
      '（2026）南法援刑字第0001号',
      '（2026）南法援民字第0012号',
      '莫永康',
      '广西南国律师事务所',
      '¥800.55',
      '合计（12件）',
      '《南宁市关于进一步完善法律援助制度的实施办法》三（六）',
      '2026年4月3日',
      '制表人',
    ],
  },
]

// The bundled fonts whatever the machine has installed (the names below are pinned).
beforeAll(() => configureFonts({ preferWindowsOfficialFonts: false }))
afterAll(() => resetFontSettings())

// Whatever the document, none of these may ever reach paper.
const FORBIDDEN = ['XXX', '××', 'undefined', 'null', 'NaN', '[object', 'Infinity']

describe('printed documents', () => {
  it('covers every document type of the brief', () => {
    expect(new Set(cases.map((c) => c.vm.kind)).size).toBe(10)
  })

  for (const c of cases) {
    describe(c.name, () => {
      it('renders an A4 PDF whose text carries the names, numbers, dates, amounts and legal basis', async () => {
        const result = await renderPdf(c.vm)
        const { pdf } = result
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
        expect(result.missingGlyphs).toEqual([])
        expect(result.pageCount).toBeGreaterThanOrEqual(1)

        const text = await squashedText(pdf)
        expect(text).toContain(squash(c.title))
        expect(text).toContain(squash(c.vm.docNumber))
        const missing = c.expected.filter((s) => !text.includes(squash(s)))
        expect(missing, `not found in the ${c.name} text`).toEqual([])
        for (const bad of FORBIDDEN) expect(text, `"${bad}" printed in ${c.name}`).not.toContain(bad)
        // Page numbers in the 「— 1 —」 style.
        expect(text).toContain('—1—')

        const proxy = await getDocumentProxy(new Uint8Array(pdf))
        const meta = (await proxy.getMetadata()).info as Record<string, unknown>
        expect(meta.Title).toBe(`${result.title} ${c.vm.docNumber}`)
        expect(meta.Author).toBe(c.vm.center.name)
        const page = await proxy.getPage(1)
        const [, , w, h] = page.view
        const long = Math.max(w!, h!)
        const short = Math.min(w!, h!)
        expect(Math.round(short)).toBe(595)
        expect(Math.round(long)).toBe(842)

        const { fonts, via } = embeddedFonts(pdf)
        expect(fonts.length, `fonts via ${via}`).toBeGreaterThan(0)
        expect(fonts.map((f) => f.name).join(' ')).toContain('NotoSerifSC-Regular')
        for (const f of fonts) {
          // No Windows fonts here: body and title in Noto Serif SC, 黑体 labels in Noto Sans SC.
          expect(f.name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC-(Regular|Bold)$/)
          expect(f.embedded).toBe(true)
          expect(f.subset).toBe(true)
        }

        savePreview(c.name, pdf)
      })
    })
  }
})
