/** Realistic view models for every printed document (fictional people, real-looking data). */
import { parseLocalDate } from '../../../shared/domain/dates'
import { asFen } from '../../../shared/domain/money'
import type {
  AcceptanceReceiptVm,
  AssignmentNoticeVm,
  CenterInfo,
  GrantDecisionVm,
  HardshipDeclarationVm,
  LegalBasis,
  ObjectionInfo,
  OfficialLetterVm,
  PaymentListVm,
  RefusalDecisionVm,
  SubsidyVoucherVm,
  SupplementNoticeVm,
  TerminationDecisionVm,
} from '../../../electron/main/pdf/view-models'

export const d = parseLocalDate
export const fen = asFen

const LAW = '中华人民共和国法律援助法'
const law = (clause: string): LegalBasis => ({ doc: LAW, clause })

export const nanning: CenterInfo = {
  name: '南宁市法律援助中心',
  address: '南宁市青秀区竹溪大道38号',
  phone: '0771-5512348',
  docPrefix: '南法援',
  postcode: '530022',
}

export const hohhot: CenterInfo = {
  name: '呼和浩特市法律援助中心',
  address: '呼和浩特市新城区新华大街63号',
  phone: '0471-6612348',
  docPrefix: '呼法援',
}

const objection: ObjectionInfo = {
  authority: '南宁市司法局',
  periodDays: 15,
  basis: [law('第四十九条')],
  contact: '南宁市青秀区金湖路52号',
}

export const acceptanceReceipt: AcceptanceReceiptVm = {
  kind: 'acceptance-receipt',
  center: nanning,
  docNumber: '南法援受〔2026〕31号',
  issuedOn: d('2026-03-02'),
  basis: [law('第四十三条')],
  applicant: { name: '韦秀兰', idNumber: '450103198704******', phone: '13877112345' },
  applicationNo: 'NN-2026-0031',
  receivedOn: d('2026-03-02'),
  matter: '请求确认劳动关系并支付拖欠的劳动报酬',
  channel: '窗口申请',
  materials: ['法律援助申请表', '居民身份证复印件', '法律援助申请人经济困难状况承诺书', '劳动合同及工资流水（共6页）'],
  decisionDueOn: d('2026-03-09'),
  clerk: '覃丽娟',
}

export const supplementNotice: SupplementNoticeVm = {
  kind: 'supplement-notice',
  center: nanning,
  docNumber: '南法援补〔2026〕7号',
  issuedOn: d('2026-03-04'),
  basis: [law('第四十三条')],
  applicant: { name: '覃志强' },
  applicationNo: 'NN-2026-0035',
  receivedOn: d('2026-03-03'),
  matter: '请求交通事故人身损害赔偿',
  missingMaterials: [
    { name: '道路交通事故认定书', note: '复印件，需与原件核对' },
    { name: '住院病历及医疗费票据', note: '2026年1月至2月' },
    { name: '误工证明', note: '由用人单位出具并加盖公章' },
  ],
  supplyBy: d('2026-03-18'),
  howToSubmit: '可以到本中心受理窗口提交，也可以邮寄至本中心。',
}

export const hardshipDeclaration: HardshipDeclarationVm = {
  kind: 'hardship-declaration',
  center: hohhot,
  docNumber: '呼法援诺〔2026〕118号',
  issuedOn: d('2026-03-05'),
  basis: [law('第四十一条'), { doc: '内蒙古自治区人民政府关于进一步加强法律援助工作的意见', clause: '三（四）' }],
  applicant: {
    name: '其其格',
    idNumber: '150102197906******',
    address: '呼和浩特市赛罕区大学东街18号院3单元502室',
    phone: '15247112233',
  },
  applicationNo: 'HH-2026-0118',
  matter: '请求给付赡养费',
  residence: '城镇',
  household: [
    { name: '其其格', relation: '本人', occupation: '无固定职业（灵活就业）', monthlyIncomeFen: fen(98000) },
    { name: '巴特尔', relation: '儿子', occupation: '在校学生', monthlyIncomeFen: fen(0) },
  ],
  householdMonthlyIncomeFen: fen(98000),
  perCapitaMonthlyIncomeFen: fen(49000),
  standard: { label: '呼和浩特市城镇最低工资标准', amountFen: fen(198000), source: '内蒙古自治区人民政府公布的最低工资标准（一类地区）' },
  circumstances: ['家庭人均月收入低于当地最低工资标准', '本人患慢性病需长期治疗，无其他收入来源'],
  commitments: [
    '以上所填内容及所提交的材料真实、完整，没有隐瞒或者虚报。',
    '本人知悉法律援助机构可以向有关部门、单位、村民委员会、居民委员会和个人核查本人的经济困难状况，并同意配合核查。',
    '如有虚假承诺，本人愿意承担相应的法律责任，法律援助机构可以依法终止法律援助，并将失信情况记入信用记录。',
    '本人经济状况发生变化的，将及时告知法律援助机构。',
  ],
  clerk: '张晓敏',
}

export const grantDecision: GrantDecisionVm = {
  kind: 'grant-decision',
  center: nanning,
  docNumber: '南法援决〔2026〕12号',
  issuedOn: d('2026-03-06'),
  basis: [law('第三十一条'), law('第四十一条'), law('第四十三条')],
  applicant: { name: '韦秀兰' },
  applicationNo: 'NN-2026-0031',
  receivedOn: d('2026-03-02'),
  matter: '请求确认劳动关系并支付拖欠的劳动报酬',
  findings: '你的家庭人均月收入低于南宁市最低工资标准，申请事项属于法律援助范围',
  aidForm: '劳动争议仲裁代理',
  assignBy: d('2026-03-09'),
  notices: [
    '受援人应当如实陈述与法律援助事项有关的情况，及时提供有关证据材料，协助、配合办理法律援助事项。',
    '受援人的经济状况发生变化，或者自行委托律师、其他代理人的，应当及时告知本中心。',
    '受援人有权了解法律援助事项的办理进展情况；认为法律援助人员未依法履行职责的，可以向本中心反映。',
  ],
}

export const refusalDecision: RefusalDecisionVm = {
  kind: 'refusal-decision',
  center: nanning,
  docNumber: '南法援不〔2026〕4号',
  issuedOn: d('2026-03-10'),
  basis: [law('第三十一条'), law('第四十三条')],
  applicant: { name: '黄建华' },
  applicationNo: 'NN-2026-0040',
  receivedOn: d('2026-03-05'),
  matter: '请求解除房屋租赁合同并返还押金',
  reasons: [
    '你申请的事项不属于法律援助法及本地规定的民事法律援助事项范围',
    '你的家庭人均月收入为人民币3,850元，高于南宁市最低工资标准',
  ],
  objection,
}

export const assignmentNotice: AssignmentNoticeVm = {
  kind: 'assignment-notice',
  center: nanning,
  docNumber: '南法援指〔2026〕12号',
  issuedOn: d('2026-03-09'),
  basis: [law('第四十三条')],
  firm: { name: '广西桂邕律师事务所' },
  lawyer: { name: '莫永康', licenseNo: '14501201510234567', phone: '13907713456' },
  caseNo: '（2026）南法援民字第0031号',
  recipient: { name: '韦秀兰', phone: '13877112345', address: '南宁市西乡塘区秀灵路55号' },
  caseKind: '民事',
  matter: '劳动争议（确认劳动关系、追索劳动报酬）',
  aidForm: '劳动争议仲裁代理',
  stage: '仲裁阶段',
  handlingOrgan: '南宁市劳动人事争议仲裁委员会',
  sourceRef: '本中心南法援决〔2026〕12号给予法律援助决定书',
  requirements: [
    '承办律师应当自收到本通知之日起3个工作日内与受援人联系并签订委托代理协议。',
    '承办律师应当及时向本中心报告办案进展，案件出现重大变化时应当在5个工作日内书面报告。',
    '案件办结后30日内，向本中心提交结案报告及相关结案材料。',
  ],
}

export const officialLetter: OfficialLetterVm = {
  kind: 'official-letter',
  center: nanning,
  docNumber: '南法援函〔2026〕21号',
  issuedOn: d('2026-03-04'),
  basis: [law('第二十五条'), law('第三十六条')],
  organ: '南宁市青秀区人民法院',
  organKind: 'court',
  source: {
    kind: 'notification',
    receivedOn: d('2026-03-02'),
    noticeTitle: '提供法律援助通知书',
    noticeRef: '（2026）桂0103刑初217号',
  },
  recipient: { name: '陆家豪', role: '被告人' },
  caseName: '盗窃',
  organCaseNo: '（2026）桂0103刑初217号',
  counselRole: '辩护人',
  lawyer: { name: '梁文斌', firm: '广西南国律师事务所', phone: '13978845612', licenseNo: '14501200810987654' },
  attachments: ['指派通知书（复印件）', '律师执业证（复印件）'],
}

export const terminationDecision: TerminationDecisionVm = {
  kind: 'termination-decision',
  center: nanning,
  docNumber: '南法援终〔2026〕2号',
  issuedOn: d('2026-04-08'),
  basis: [law('第四十八条第一款第六项')],
  recipient: { name: '潘德明' },
  caseNo: '（2026）南法援民字第0019号',
  matter: '请求工伤事故人身损害赔偿',
  grantDecision: { docNumber: '南法援决〔2026〕6号', issuedOn: d('2026-02-20') },
  facts: '你已于2026年4月2日自行委托广西万益律师事务所律师担任本案诉讼代理人',
  ground: '受援人自行委托律师或者其他代理人',
  objection,
  copyTo: ['广西桂邕律师事务所', '南宁市江南区人民法院'],
}

export const subsidyVoucher: SubsidyVoucherVm = {
  kind: 'subsidy-voucher',
  variant: 'approval',
  center: hohhot,
  docNumber: '呼法援补〔2026〕45号',
  issuedOn: d('2026-05-12'),
  basis: [{ doc: '内蒙古自治区人民政府关于进一步加强法律援助工作的意见', clause: '二（二）' }],
  caseNo: '（2026）呼法援民字第0203号',
  recipientName: '乌云其木格',
  lawyer: { name: '王振宇', licenseNo: '11501201611223344' },
  firm: '内蒙古正义律师事务所',
  caseKind: '民事',
  matter: '工伤事故人身损害赔偿',
  closedOn: d('2026-04-28'),
  qualityGrade: '优秀',
  range: { minFen: fen(100000), maxFen: fen(180000), source: '民事、行政案件每件1000元至1800元' },
  baseFen: fen(150000),
  baseNote: '按质量等级“优秀”及办理阶段（仲裁、一审）核定',
  extras: [
    { item: '异地调查取证', amountFen: fen(30550), reason: '赴包头市调取用工单位工商登记和社保缴纳记录，往返两次', approvedBy: '赵国庆', approvedOn: d('2026-05-08') },
  ],
  totalFen: fen(180550),
  payee: { accountName: '内蒙古正义律师事务所', bank: '中国工商银行呼和浩特新华支行', account: '0602 0011 0920 0123 456' },
  signatures: { handler: '张晓敏' },
}

const LAWYERS = [
  ['莫永康', '广西桂邕律师事务所'],
  ['梁文斌', '广西南国律师事务所'],
  ['陈思远', '广西万益律师事务所'],
  ['蒙丽萍', '广西邕江律师事务所'],
  ['黄海涛', '广西桂邕律师事务所'],
  ['卢晓燕', '广西金鼎律师事务所'],
] as const
const KINDS = ['刑事', '民事', '行政', '民事', '刑事'] as const
const RECIPIENTS = ['韦秀兰', '覃志强', '陆家豪', '潘德明', '罗美玲', '甘建平', '农秋菊', '黎永福', '吴堃', '谭小慧']

/** A monthly payment list with `count` rows (amounts vary, total is their sum). */
export function paymentList(count: number): PaymentListVm {
  const rows = Array.from({ length: count }, (_, i) => {
    const [lawyer, firm] = LAWYERS[i % LAWYERS.length]!
    const amount = 80000 + ((i * 3700) % 100000) + (i % 3 === 0 ? 55 : 0)
    return {
      caseNo: `（2026）南法援${KINDS[i % KINDS.length] === '刑事' ? '刑' : KINDS[i % KINDS.length] === '行政' ? '行' : '民'}字第${String(i + 1).padStart(4, '0')}号`,
      lawyer,
      firm,
      caseKind: KINDS[i % KINDS.length]!,
      recipientName: RECIPIENTS[i % RECIPIENTS.length]!,
      amountFen: fen(amount),
      ...(i % 17 === 5 ? { note: '含异地取证补贴' } : {}),
    }
  })
  return {
    kind: 'payment-list',
    center: nanning,
    docNumber: '南法援发〔2026〕3号',
    issuedOn: d('2026-04-03'),
    basis: [{ doc: '南宁市关于进一步完善法律援助制度的实施办法', clause: '三（六）' }],
    period: '2026-03',
    batchNo: '2026-03-01',
    rows,
    totalFen: fen(rows.reduce((s, r) => s + r.amountFen, 0)),
    signatures: { preparedBy: '覃丽娟' },
  }
}

export { formatFen as formatTotal, fenToChineseUpper as upper } from '../../../shared/domain/money'
