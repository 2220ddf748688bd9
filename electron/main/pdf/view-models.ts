/**
 * View models of the printed documents: plain data, prepared by the services from the
 * store and the center's settings. Templates read nothing else (no DB, no settings, no
 * clock), so a reprint from the same view model gives the same PDF.
 *
 * Conventions:
 * - money is integer fen (`Fen`); templates show it as ¥1,234.56 and in 大写;
 * - dates are 'YYYY-MM-DD' (`LocalDate`); templates show them as 2026年3月9日;
 * - every legal citation the document prints comes from `basis` (and `objection.basis`),
 *   supplied by the caller from the policy data, never written into a template;
 * - labels of codes (case kind, matter, aid form …) arrive already translated to Chinese.
 */
import type { LocalDate } from '../../../shared/domain/dates'
import type { Fen } from '../../../shared/domain/money'

/** The issuing legal aid center, from the center's settings. */
export interface CenterInfo {
  /** 南宁市法律援助中心 */
  name: string
  address: string
  /** Public phone, e.g. '0771-12348' or '0771-5512348'. */
  phone: string
  /** Document-number prefix, e.g. '南法援'. Kept for templates that print it apart from docNumber. */
  docPrefix: string
  postcode?: string
}

/** One legal citation: doc without 《》, clause as printed (第四十三条, 第四十八条第一款第（六）项, 三（四）). */
export interface LegalBasis {
  doc: string
  clause: string
}

/** Fields every document has. */
export interface DocumentBase {
  center: CenterInfo
  /** Allocated by the caller, e.g. 南法援决〔2026〕12号. A reprint passes the same number. */
  docNumber: string
  issuedOn: LocalDate
  /** The legal basis the document states. */
  basis: LegalBasis[]
  /** Extra paragraphs the center adds at the end of the body (optional). */
  notes?: string[]
}

export interface PersonInfo {
  name: string
  /** As the caller wants it printed (full or masked). */
  idNumber?: string
  phone?: string
  address?: string
}

/** Where and how an applicant can object to a refusal or termination (法律援助法 objection route). */
export interface ObjectionInfo {
  /** The judicial administration department that set up the center, e.g. 南宁市司法局. */
  authority: string
  /** Days from receipt of the decision to raise the objection, as configured; null when the center sets none. */
  periodDays: number | null
  /** The citation of the objection right. */
  basis: LegalBasis[]
  /** Address or contact of the authority (optional). */
  contact?: string
}

// ---------------------------------------------------------------------------------------

/** 法律援助申请受理回执 */
export interface AcceptanceReceiptVm extends DocumentBase {
  kind: 'acceptance-receipt'
  applicant: PersonInfo
  /** 代为申请的人, e.g. { name: '李秀英', relation: '母亲' }. */
  agent?: { name: string; relation: string }
  applicationNo: string
  receivedOn: LocalDate
  /** 申请事项, e.g. 请求支付劳动报酬. */
  matter: string
  /** 申请方式, e.g. 窗口申请 / 12348热线 / 巡回受案. */
  channel?: string
  /** Materials received, as listed on the receipt. */
  materials: string[]
  /** Date by which the decision is due (review period, before any pause). */
  decisionDueOn: LocalDate
  /** 受理人 */
  clerk: string
}

/** 补充材料通知书 */
export interface SupplementNoticeVm extends DocumentBase {
  kind: 'supplement-notice'
  applicant: PersonInfo
  applicationNo: string
  receivedOn: LocalDate
  matter: string
  missingMaterials: { name: string; note?: string }[]
  /** Deadline to supply the materials or an explanation. */
  supplyBy: LocalDate
  /** How to hand them in, e.g. 可到本中心窗口提交，也可以通过邮寄方式提交。 */
  howToSubmit?: string
}

/** 法律援助经济困难状况承诺书 (告知承诺制): the applicant's signed declaration. */
export interface HardshipDeclarationVm extends DocumentBase {
  kind: 'hardship-declaration'
  applicant: PersonInfo & { idNumber: string; address: string }
  applicationNo?: string
  matter: string
  /** 户籍/居住地类别 label, e.g. 城镇 / 农村. */
  residence?: string
  household: {
    name: string
    relation: string
    occupation?: string
    monthlyIncomeFen: Fen
  }[]
  householdMonthlyIncomeFen: Fen
  perCapitaMonthlyIncomeFen: Fen
  /** The threshold in force on the receipt date, with its source. */
  standard: { label: string; amountFen: Fen; source: string }
  /** Hardship circumstances the applicant declares (statements). */
  circumstances: string[]
  /** The commitments the applicant signs, from the center's settings. */
  commitments: string[]
  /** 受理人 */
  clerk?: string
}

/** 给予法律援助决定书 */
export interface GrantDecisionVm extends DocumentBase {
  kind: 'grant-decision'
  applicant: PersonInfo
  applicationNo: string
  receivedOn: LocalDate
  matter: string
  /** Review findings, e.g. 你的经济状况符合本地区经济困难标准，申请事项属于法律援助范围. */
  findings: string
  /** 援助形式, e.g. 民事诉讼代理 / 劳动争议仲裁代理 / 刑事辩护. */
  aidForm: string
  /** Date by which a lawyer will be assigned (optional). */
  assignBy?: LocalDate
  /** 受援人须知 items (rights and duties), from the center's settings. */
  notices: string[]
}

/** 不予法律援助决定书 */
export interface RefusalDecisionVm extends DocumentBase {
  kind: 'refusal-decision'
  applicant: PersonInfo
  applicationNo: string
  receivedOn: LocalDate
  matter: string
  /** Reasons, each one finding. */
  reasons: string[]
  objection: ObjectionInfo
}

/** 指派通知书（指派函）to the law firm and lawyer */
export interface AssignmentNoticeVm extends DocumentBase {
  kind: 'assignment-notice'
  firm: { name: string; address?: string }
  lawyer: { name: string; licenseNo?: string; phone?: string }
  caseNo: string
  recipient: PersonInfo
  /** 案件类别, e.g. 刑事 / 民事 / 行政. */
  caseKind: string
  /** 案由或申请事项. */
  matter: string
  aidForm: string
  /** 诉讼阶段, e.g. 审判阶段（一审）. */
  stage?: string
  /** 办案机关 */
  handlingOrgan?: string
  /** The decision or notification the assignment follows, e.g. 南法援决〔2026〕12号给予法律援助决定书. */
  sourceRef?: string
  /** 承办要求, from the center's settings (deadlines for meeting, closing materials …). */
  requirements: string[]
}

/** 法律援助公函 to a court, procuratorate or public security organ */
export interface OfficialLetterVm extends DocumentBase {
  kind: 'official-letter'
  /** 主送, e.g. 南宁市青秀区人民法院 or 南宁市劳动人事争议仲裁委员会. */
  organ: string
  /**
   * The body's kind. The issuing form offers court / procuratorate / police; the others are for
   * callers that know more. The template recognises the kind from the name's ending first
   * (templates/official-letter.ts: organAddress), so a free-text body is addressed correctly too.
   */
  organKind: 'court' | 'procuratorate' | 'police' | 'arbitration' | 'notary' | 'administrative'
  /** How the organ is addressed in the text (你院, 你局, 你委 …); default from the name, then the kind. */
  organShort?: string
  /** The organ's notification (通知辩护/通知代理), or the person's own application. */
  source:
    | { kind: 'notification'; receivedOn: LocalDate; noticeTitle: string; noticeRef: string }
    | { kind: 'application'; receivedOn: LocalDate }
  /** The assisted person and their procedural role, e.g. { name: '黄某某', role: '被告人' }. */
  recipient: { name: string; role: string }
  /** 案由 as it reads before 一案, e.g. 盗窃 (→ 被告人陆家豪盗窃一案). */
  caseName: string
  organCaseNo?: string
  /** 辩护人 / 诉讼代理人 / 代理人 */
  counselRole: string
  lawyer: { name: string; firm: string; phone: string; licenseNo?: string }
  attachments?: string[]
}

/** 终止法律援助决定书 */
export interface TerminationDecisionVm extends DocumentBase {
  kind: 'termination-decision'
  recipient: PersonInfo
  caseNo: string
  matter: string
  grantDecision: { docNumber: string; issuedOn: LocalDate }
  /** What was found, e.g. 你已于2026年4月2日自行委托广西某某律师事务所律师担任代理人. */
  facts: string
  /** The statutory ground as worded in the law, e.g. 受援人自行委托律师或者其他代理人. */
  ground: string
  objection: ObjectionInfo
  /** 抄送 (lawyer's firm, handling organ). */
  copyTo?: string[]
}

/** 法律援助案件补贴审批表 / 补贴发放凭证 */
export interface SubsidyVoucherVm extends DocumentBase {
  kind: 'subsidy-voucher'
  /** 'approval' → 补贴审批表, 'voucher' → 补贴发放凭证. */
  variant: 'approval' | 'voucher'
  caseNo: string
  recipientName: string
  lawyer: { name: string; licenseNo?: string }
  firm: string
  caseKind: string
  matter?: string
  closedOn: LocalDate
  qualityGrade?: string
  /** The standard range that applies, with its source text. */
  range: { minFen: Fen; maxFen: Fen; source: string }
  baseFen: Fen
  /** How the base was computed, e.g. 按质量等级“优秀”取上限的75%. */
  baseNote?: string
  /** Approved increases (异地调查取证、疑难复杂 …) with who approved them. */
  extras: { item: string; amountFen: Fen; reason: string; approvedBy: string; approvedOn: LocalDate }[]
  /** Must equal baseFen + Σ extras; the template refuses a mismatch. */
  totalFen: Fen
  payee?: { accountName: string; bank: string; account: string }
  /** Names printed in the signature cells, if already known; blank cells are left to sign by hand. */
  signatures?: { handler?: string; reviewer?: string; director?: string; finance?: string }
}

/** 月度补贴发放汇总表 */
export interface PaymentListVm extends DocumentBase {
  kind: 'payment-list'
  /** 'YYYY-MM' */
  period: string
  batchNo?: string
  rows: {
    caseNo: string
    lawyer: string
    firm: string
    caseKind: string
    recipientName: string
    amountFen: Fen
    note?: string
  }[]
  /** Must equal Σ rows; the template refuses a mismatch. */
  totalFen: Fen
  signatures?: { preparedBy?: string; reviewer?: string; director?: string; finance?: string }
}

export type DocumentVm =
  | AcceptanceReceiptVm
  | SupplementNoticeVm
  | HardshipDeclarationVm
  | GrantDecisionVm
  | RefusalDecisionVm
  | AssignmentNoticeVm
  | OfficialLetterVm
  | TerminationDecisionVm
  | SubsidyVoucherVm
  | PaymentListVm

export type DocumentKind = DocumentVm['kind']
