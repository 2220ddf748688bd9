/**
 * View models of the issued documents, built from the case as stored, the center's settings and
 * the extra inputs the clerk gives. Nothing here invents content: every name, date, amount and
 * citation comes from one of those three sources or from the policy engine.
 *
 * Legal basis: taken from the policy engine (matter scope, eligibility criteria, time limits,
 * subsidy ranges). Citations the engine marks `unverified` (article number not yet checked)
 * are left off the printed document and reported back as `omittedUnverifiedBasis`, and the
 * civil-code rules the engine applies by analogy (period counting) are not cited on documents.
 *
 * Data that later issues will own (the decision and its findings, the lawyer roster, subsidy
 * approvals) arrives as explicit extra inputs (shared/schemas/documents.ts).
 */
import { addDays, compareDates, type LocalDate } from '../../../shared/domain/dates'
import { caseTypeLabel, labelIn } from '../../../shared/codes'
import { AGENT_RELATIONS, CRIMINAL_ROLES, CRIMINAL_STAGES, INTAKE_CHANNELS, RESIDENCES, labelOf } from '../../../shared/domain/enums'
import { maskIdNumber } from '../../../shared/domain/id-card'
import { asFen, sumFen } from '../../../shared/domain/money'
import type { CenterSettings } from '../../../shared/settings/dto'
import { AppError } from '../../../shared/ipc/result'
import { DOC, assessEligibility, computeDeadlines, computeSubsidy, profileFor, type Citation, type PolicyProfile, type RegionCode, type TimeLimitCode } from '../../../shared/policy'
import {
  EXTRA_REASON_OPTIONS,
  QUALITY_GRADE_OPTIONS,
  type DocType,
  type IssueDocumentInputOut,
} from '../../../shared/documents/schema'
import { eligibilityInput, type CaseRecord } from '../cases/case-record'
import type {
  AcceptanceReceiptVm,
  AssignmentNoticeVm,
  CenterInfo,
  DocumentVm,
  GrantDecisionVm,
  HardshipDeclarationVm,
  LegalBasis,
  ObjectionInfo,
  OfficialLetterVm,
  PaymentListVm,
  PersonInfo,
  RefusalDecisionVm,
  SubsidyVoucherVm,
  SupplementNoticeVm,
  TerminationDecisionVm,
} from '../pdf/view-models'
import { LAW_UNVERIFIED } from '../../../shared/policy/citations'
import type { CenterSettings as PolicyCenterSettings } from '../../../shared/policy/settings'
import { findMatter } from '../policy-settings/policy-service'

/** What the service looked up for the builder. */
export interface BuildSource {
  center: CenterSettings
  /** null only for documents that are not about one case (汇总表). */
  caseRow: CaseRecord | null
  issuedOn: LocalDate
  actor: string
  /** The case's newest valid 给予法律援助决定书 in the store, if any. */
  grantDecision?: { docNumber: string; issuedOn: LocalDate } | null
  /** For the 汇总表: the month's issued, not voided 补贴发放凭证 view models, in number order. */
  vouchers?: { docNumber: string; vm: SubsidyVoucherVm }[]
  /** The center's policy settings (thresholds, subsidy amounts, formula) as stored, for the engine. */
  policySettings?: PolicyCenterSettings
  /** The case's assigned lawyer and firm, from the assignment and the roster (documents that name them). */
  lawyer?: AssignedLawyer | null
}

/** The case's lawyer as the roster records them. */
export interface AssignedLawyer {
  name: string
  licenseNo: string | null
  phone: string | null
  firm: { name: string; address: string | null } | null
}

function requireLawyer(src: BuildSource): AssignedLawyer {
  if (!src.lawyer) throw new AppError('POLICY_VIOLATION', '本案尚未指派法律援助人员，请先在「指派」中指派，再开具文书')
  return src.lawyer
}

export interface BuiltViewModel {
  vm: DocumentVm
  /** Citations left off the printed basis (article number unverified), as text for the clerk. */
  omittedUnverifiedBasis: string[]
}

/** Placeholder-free marker for the number until the transaction allocates it. */
export const NUMBER_PENDING = ''

// ---------------------------------------------------------------------------------------
// Helpers

function invalid(path: (string | number)[], message: string): never {
  throw new AppError('VALIDATION', message, { issues: [{ path, message }] })
}

function centerInfo(c: CenterSettings): CenterInfo {
  return { name: c.centerName, address: c.address, phone: c.phone, docPrefix: c.docPrefix }
}

function profileOrThrow(region: RegionCode, on: LocalDate): PolicyProfile {
  const p = profileFor(region, on)
  if (!p.ok) throw new AppError('NOT_CONFIGURED', p.error.message)
  return p.value
}

/** Citations as documents print them, with the basis the clerk should know was left off. */
class BasisCollector {
  readonly printed: LegalBasis[] = []
  readonly omitted: string[] = []
  constructor(private readonly profile: PolicyProfile) {}

  add(citations: readonly Citation[]): this {
    for (const c of citations) {
      if (c.doc === DOC.civilCode || c.doc === DOC.center) continue // analogies and center settings are not cited on documents
      if (c.unverified) {
        const text = `《${c.doc}》${c.clause}`
        if (!this.omitted.includes(text)) this.omitted.push(text)
        continue
      }
      // Short references (内政发〔2023〕7号) print as the document's title.
      const title = this.profile.sources.find((s) => s.doc === c.doc)?.title ?? c.doc
      if (!this.printed.some((b) => b.doc === title && b.clause === c.clause)) this.printed.push({ doc: title, clause: c.clause })
    }
    return this
  }
}

function timeLimitCitations(profile: PolicyProfile, code: TimeLimitCode): readonly Citation[] {
  return profile.timeLimits.find((t) => t.code === code)?.citations ?? []
}

function applicantPerson(row: CaseRecord, full = false): PersonInfo {
  return {
    name: row.applicant_name,
    idNumber: full ? row.applicant_id_number : maskIdNumber(row.applicant_id_number),
    phone: row.applicant_phone,
    address: row.applicant_address,
  }
}

function matterName(row: CaseRecord): string {
  return findMatter(row.region, row.received_on, row.matter)?.name ?? row.cause
}

function matterText(row: CaseRecord): string {
  // 事项 from the scope list, with the case's own cause when it says more.
  const name = matterName(row)
  return row.cause && row.cause !== name ? `${name}（${row.cause}）` : name
}

function viaOf(row: CaseRecord): 'application' | 'notification' {
  return row.notice ? 'notification' : 'application'
}

function requireCase(src: BuildSource): CaseRecord {
  if (!src.caseRow) invalid(['caseId'], '请指定案件')
  return src.caseRow
}

function objectionOf(o: { authority: string; periodDays: number | null; contact?: string | undefined }, basis: LegalBasis[]): ObjectionInfo {
  return { authority: o.authority, periodDays: o.periodDays, basis, ...(o.contact ? { contact: o.contact } : {}) }
}

/** Standard wording of the commitments on the 承诺书 when the center gives none. */
export const DEFAULT_COMMITMENTS: readonly string[] = [
  '以上所填内容及所提交的材料真实、完整，没有隐瞒或者虚报。',
  '本人知悉法律援助机构可以对本人的经济困难状况进行核查，并同意配合核查。',
  '如有虚假承诺，本人愿意承担相应的法律责任，法律援助机构可以依法终止法律援助。',
  '本人经济状况发生变化的，将及时告知法律援助机构。',
]

/** Standard 受援人须知 of the grant decision when the center gives none. */
export const DEFAULT_GRANT_NOTICES: readonly string[] = [
  '你应当如实陈述与法律援助事项有关的情况，及时提供有关证据材料，配合承办人员的工作。',
  '你的经济状况或者案件情况发生变化的，应当及时告知本中心。',
  '你以欺骗或者其他不正当手段获得法律援助的，本中心将终止法律援助。',
]

// ---------------------------------------------------------------------------------------
// Builders

type Extra<T extends DocType> = Extract<IssueDocumentInputOut, { type: T }>['extra']

function base(src: BuildSource) {
  return { center: centerInfo(src.center), docNumber: NUMBER_PENDING, issuedOn: src.issuedOn }
}

function acceptanceReceipt(src: BuildSource, extra: Extra<'acceptance-receipt'>): BuiltViewModel {
  const row = requireCase(src)
  const profile = profileOrThrow(row.region, row.received_on)
  const deadlines = computeDeadlines({ region: row.region, receivedOn: row.received_on, via: viaOf(row) })
  if (!deadlines.ok) throw new AppError('NOT_CONFIGURED', deadlines.error.message)
  const decision = deadlines.value.deadlines.find((d) => d.code === 'decision')
  if (!decision?.due) {
    throw new AppError('POLICY_VIOLATION', '该案件不适用申请审查期限（通知辩护/通知代理案件无需出具受理回执），请改开具法律援助公函或指派通知书')
  }
  const basis = new BasisCollector(profile).add(decision.basis)
  const agent = row.agent
  const vm: AcceptanceReceiptVm = {
    kind: 'acceptance-receipt',
    ...base(src),
    basis: basis.printed,
    applicant: applicantPerson(row),
    ...(agent ? { agent: { name: agent.name, relation: labelIn(AGENT_RELATIONS, agent.relation) } } : {}),
    applicationNo: row.case_number,
    receivedOn: row.received_on,
    matter: matterText(row),
    channel: labelIn(INTAKE_CHANNELS, row.channel),
    materials: extra.materials,
    decisionDueOn: decision.due as LocalDate,
    // 受理人: who registered the case (from their login), not whoever prints the receipt.
    clerk: row.created_by,
  }
  return { vm, omittedUnverifiedBasis: basis.omitted }
}

function supplementNotice(src: BuildSource, extra: Extra<'supplement-notice'>): BuiltViewModel {
  const row = requireCase(src)
  if (compareDates(extra.supplyBy, src.issuedOn) <= 0) invalid(['extra', 'supplyBy'], '补充期限应晚于今天，请重新选择日期')
  const profile = profileOrThrow(row.region, row.received_on)
  const basis = new BasisCollector(profile).add(timeLimitCitations(profile, 'supplement-pause'))
  const vm: SupplementNoticeVm = {
    kind: 'supplement-notice',
    ...base(src),
    basis: basis.printed,
    applicant: applicantPerson(row),
    applicationNo: row.case_number,
    receivedOn: row.received_on,
    matter: matterText(row),
    missingMaterials: extra.missingMaterials.map((m) => (m.note ? { name: m.name, note: m.note } : { name: m.name })),
    supplyBy: extra.supplyBy,
    ...(extra.howToSubmit ? { howToSubmit: extra.howToSubmit } : {}),
  }
  return { vm, omittedUnverifiedBasis: basis.omitted }
}

function hardshipDeclaration(src: BuildSource, extra: Extra<'hardship-declaration'>): BuiltViewModel {
  const row = requireCase(src)
  const profile = profileOrThrow(row.region, row.received_on)
  const basis = new BasisCollector(profile).add(profile.hardship.citations)
  if (profile.commitmentSystem) basis.add(profile.commitmentSystem.citations)
  const household = extra.household.map((m) => ({
    name: m.name,
    relation: m.relation,
    ...(m.occupation ? { occupation: m.occupation } : {}),
    monthlyIncomeFen: asFen(m.monthlyIncomeFen),
  }))
  const total = sumFen(household.map((m) => m.monthlyIncomeFen))
  const vm: HardshipDeclarationVm = {
    kind: 'hardship-declaration',
    ...base(src),
    basis: basis.printed,
    applicant: { ...applicantPerson(row, true), idNumber: row.applicant_id_number, address: row.applicant_address },
    applicationNo: row.case_number,
    matter: matterText(row),
    residence: labelIn(RESIDENCES, row.applicant_residence),
    household,
    householdMonthlyIncomeFen: total,
    perCapitaMonthlyIncomeFen: asFen(Math.floor(total / household.length)),
    standard: { label: extra.standard.label, amountFen: asFen(extra.standard.amountFen), source: extra.standard.source },
    circumstances: extra.circumstances,
    commitments: extra.commitments ?? [...DEFAULT_COMMITMENTS],
    clerk: src.actor,
  }
  return { vm, omittedUnverifiedBasis: basis.omitted }
}

function grantDecision(src: BuildSource, extra: Extra<'grant-decision'>): BuiltViewModel {
  const row = requireCase(src)
  const region = row.region
  const profile = profileOrThrow(region, row.received_on)
  const basis = new BasisCollector(profile)
  const assessed = assessEligibility(eligibilityInput(row, null, []), src.policySettings)
  if (assessed.ok) {
    if (!assessed.value.inScope) throw new AppError('POLICY_VIOLATION', '该案件的申请事项不在本地区法律援助范围内，不能开具给予法律援助决定书，请核对事项或改开不予决定书')
    for (const c of assessed.value.criteria) {
      if ((c.criterion === 'scope' || c.criterion === 'mandatory' || c.criterion === 'hardship') && c.result === 'pass') basis.add(c.basis)
    }
  } else {
    basis.add(findMatter(row.region, row.received_on, row.matter)?.basis ?? [])
  }
  const deadlines = computeDeadlines({ region, receivedOn: row.received_on, via: viaOf(row), decidedOn: src.issuedOn })
  const assign = deadlines.ok ? deadlines.value.deadlines.find((d) => d.code === 'assignment-after-decision') : undefined
  const vm: GrantDecisionVm = {
    kind: 'grant-decision',
    ...base(src),
    basis: basis.printed,
    applicant: applicantPerson(row),
    applicationNo: row.case_number,
    receivedOn: row.received_on,
    matter: matterText(row),
    findings: extra.findings,
    aidForm: extra.aidForm,
    ...(assign?.due ? { assignBy: assign.due as LocalDate } : {}),
    notices: extra.notices ?? [...DEFAULT_GRANT_NOTICES],
  }
  return { vm, omittedUnverifiedBasis: basis.omitted }
}

function refusalDecision(src: BuildSource, extra: Extra<'refusal-decision'>): BuiltViewModel {
  const row = requireCase(src)
  const profile = profileOrThrow(row.region, row.received_on)
  const basis = new BasisCollector(profile)
  if (extra.ground === 'out-of-scope') basis.add(profile.scopeCitations)
  else if (extra.ground === 'not-hardship') basis.add(profile.hardship.citations)
  // The objection right: the engine's citation, printed once its article number is verified.
  const objectionBasis = new BasisCollector(profile).add([LAW_UNVERIFIED.objection])
  const vm: RefusalDecisionVm = {
    kind: 'refusal-decision',
    ...base(src),
    basis: basis.printed,
    applicant: applicantPerson(row),
    applicationNo: row.case_number,
    receivedOn: row.received_on,
    matter: matterText(row),
    reasons: extra.reasons,
    objection: objectionOf(extra.objection, objectionBasis.printed),
  }
  return { vm, omittedUnverifiedBasis: [...basis.omitted, ...objectionBasis.omitted] }
}

function assignmentNotice(src: BuildSource, extra: Extra<'assignment-notice'>): BuiltViewModel {
  const row = requireCase(src)
  const profile = profileOrThrow(row.region, row.received_on)
  const via = viaOf(row)
  const basis = new BasisCollector(profile).add(timeLimitCitations(profile, via === 'notification' ? 'assignment-after-notification' : 'assignment-after-decision'))
  const notice = row.notice
  const sourceRef =
    extra.sourceRef ??
    (src.grantDecision
      ? `${src.grantDecision.docNumber}给予法律援助决定书`
      : notice
        ? `${notice.organName}${notice.noticeNumber}通知`
        : undefined)
  const stage = extra.stage ?? (row.criminal_stage ? labelOf(CRIMINAL_STAGES, row.criminal_stage) : undefined)
  const lawyer = requireLawyer(src)
  if (!lawyer.firm) throw new AppError('POLICY_VIOLATION', `${lawyer.name}在名册中没有所属机构，指派通知书无法写明主送的律师事务所：请在「律师名册」中补充`)
  const vm: AssignmentNoticeVm = {
    kind: 'assignment-notice',
    ...base(src),
    basis: basis.printed,
    firm: { name: lawyer.firm.name, ...(lawyer.firm.address ? { address: lawyer.firm.address } : {}) },
    lawyer: { name: lawyer.name, ...(lawyer.licenseNo ? { licenseNo: lawyer.licenseNo } : {}), ...(lawyer.phone ? { phone: lawyer.phone } : {}) },
    caseNo: row.case_number,
    recipient: { name: row.applicant_name, phone: row.applicant_phone, address: row.applicant_address },
    caseKind: caseTypeLabel(row.case_type),
    matter: matterText(row),
    aidForm: extra.aidForm,
    ...(stage ? { stage } : {}),
    ...(row.handling_organ ? { handlingOrgan: row.handling_organ } : {}),
    ...(sourceRef ? { sourceRef } : {}),
    requirements: extra.requirements,
  }
  return { vm, omittedUnverifiedBasis: basis.omitted }
}

function officialLetter(src: BuildSource, extra: Extra<'official-letter'>): BuiltViewModel {
  const row = requireCase(src)
  const profile = profileOrThrow(row.region, row.received_on)
  const via = viaOf(row)
  const basis = new BasisCollector(profile).add(timeLimitCitations(profile, via === 'notification' ? 'assignment-after-notification' : 'assignment-after-decision'))
  const notice = row.notice
  let source: OfficialLetterVm['source']
  if (notice) {
    if (!extra.noticeTitle) invalid(['extra', 'noticeTitle'], '本案由办案机关通知，请填写通知书名称（如：提供法律援助通知书）')
    source = { kind: 'notification', receivedOn: row.received_on, noticeTitle: extra.noticeTitle, noticeRef: notice.noticeNumber }
  } else {
    source = { kind: 'application', receivedOn: row.received_on }
  }
  const role = extra.recipientRole ?? (row.criminal_role ? labelOf(CRIMINAL_ROLES, row.criminal_role) : undefined)
  if (!role) invalid(['extra', 'recipientRole'], '请填写受援人的诉讼地位（如：原告、申请人）')
  const lawyer = requireLawyer(src)
  if (!lawyer.phone) throw new AppError('POLICY_VIOLATION', `公函须写明承办律师的联系电话：${lawyer.name}在名册中没有电话，请在「律师名册」中补充`)
  const vm: OfficialLetterVm = {
    kind: 'official-letter',
    ...base(src),
    basis: basis.printed,
    organ: extra.organ,
    organKind: extra.organKind,
    ...(extra.organShort ? { organShort: extra.organShort } : {}),
    source,
    recipient: { name: row.applicant_name, role },
    caseName: row.cause.replace(/一案$/, ''),
    ...(extra.organCaseNo ? { organCaseNo: extra.organCaseNo } : {}),
    counselRole: extra.counselRole,
    lawyer: { name: lawyer.name, firm: lawyer.firm?.name ?? '', phone: lawyer.phone, ...(lawyer.licenseNo ? { licenseNo: lawyer.licenseNo } : {}) },
    attachments: extra.attachments,
  }
  return { vm, omittedUnverifiedBasis: basis.omitted }
}

function terminationDecision(src: BuildSource, extra: Extra<'termination-decision'>): BuiltViewModel {
  const row = requireCase(src)
  const profile = profileOrThrow(row.region, row.received_on)
  const grant = extra.grantDecision ?? src.grantDecision
  if (!grant) {
    invalid(['extra', 'grantDecision'], '本案没有已开具的给予法律援助决定书。请先开具，或填写原给予决定书的文号和日期')
  }
  // The policy engine has no citation for objecting to a termination yet: none is printed.
  const objectionBasis = new BasisCollector(profile)
  const vm: TerminationDecisionVm = {
    kind: 'termination-decision',
    ...base(src),
    basis: extra.basis.map((b) => ({ doc: b.doc, clause: b.clause })),
    recipient: applicantPerson(row),
    caseNo: row.case_number,
    matter: matterText(row),
    grantDecision: { docNumber: grant.docNumber, issuedOn: grant.issuedOn },
    facts: extra.facts,
    ground: extra.ground,
    objection: objectionOf(extra.objection, objectionBasis.printed),
    copyTo: extra.copyTo,
  }
  return { vm, omittedUnverifiedBasis: objectionBasis.omitted }
}

function subsidy(src: BuildSource, extra: Extra<'subsidy-voucher'>, variant: 'approval' | 'voucher'): BuiltViewModel {
  const row = requireCase(src)
  const region = row.region
  const decidedOn = extra.decidedOn ?? src.grantDecision?.issuedOn
  if (!decidedOn) invalid(['extra', 'decidedOn'], '本案没有已开具的给予法律援助决定书，请填写决定给予法律援助的日期（补贴标准按该日确定）')
  if (compareDates(extra.closedOn, src.issuedOn) > 0) invalid(['extra', 'closedOn'], '结案日期不能晚于今天')
  const result = computeSubsidy({
    region,
    kind: extra.subsidyKind,
    decidedOn,
    qualityGrade: extra.qualityGrade,
    ...(extra.dutyDays !== undefined ? { dutyDays: extra.dutyDays } : {}),
    ...(extra.stagesCovered !== undefined ? { stagesCovered: extra.stagesCovered } : {}),
    ...(extra.stagesTotal !== undefined ? { stagesTotal: extra.stagesTotal } : {}),
    extras: extra.extras.map((e) => ({ reason: e.reason, amountFen: asFen(e.amountFen), approvedBy: e.approvedBy })),
  }, src.policySettings)
  if (!result.ok) {
    const code = result.error.code === 'NOT_CONFIGURED' ? 'NOT_CONFIGURED' : 'VALIDATION'
    throw new AppError(code, result.error.message, result.error.setting ? { setting: result.error.setting } : undefined)
  }
  const r = result.value
  const profile = profileOrThrow(region, decidedOn)
  const basis = new BasisCollector(profile).add(r.basis)
  const extras = r.extras
    .map((e, i) => ({ computed: e, given: extra.extras[i]! }))
    .filter(({ computed }) => computed.counted > 0)
    .map(({ computed, given }) => ({
      item: labelIn(EXTRA_REASON_OPTIONS, computed.reason),
      amountFen: asFen(computed.counted),
      reason: given.note,
      approvedBy: given.approvedBy,
      approvedOn: given.approvedOn,
    }))
  const total = sumFen([asFen(r.baseFen), ...extras.map((e) => e.amountFen)])
  if (total !== r.totalFen) throw new Error(`补贴合计不一致：${total} ≠ ${r.totalFen}`)
  const gradeLabel = labelIn(QUALITY_GRADE_OPTIONS, extra.qualityGrade)
  const rangeSource = basis.printed.length
    ? basis.printed.map((b) => `《${b.doc}》${b.clause}`).join('、')
    : r.rangeSourceNote
  const vm: SubsidyVoucherVm = {
    kind: 'subsidy-voucher',
    variant,
    ...base(src),
    basis: basis.printed,
    caseNo: row.case_number,
    recipientName: row.applicant_name,
    lawyer: { name: extra.lawyer.name, ...(extra.lawyer.licenseNo ? { licenseNo: extra.lawyer.licenseNo } : {}) },
    firm: extra.firm,
    caseKind: caseTypeLabel(row.case_type),
    matter: matterText(row),
    closedOn: extra.closedOn,
    qualityGrade: gradeLabel,
    range: { minFen: asFen(r.rangeFen.min), maxFen: asFen(r.rangeFen.max), source: rangeSource },
    baseFen: asFen(r.baseFen),
    baseNote: r.withheld ? '质量评查不合格，不予发放' : `质量等级“${gradeLabel}”`,
    extras,
    totalFen: asFen(r.totalFen),
    ...(extra.payee ? { payee: extra.payee } : {}),
    ...(extra.signatures ? { signatures: stripUndefined(extra.signatures) } : {}),
  }
  return { vm, omittedUnverifiedBasis: basis.omitted }
}

function paymentList(src: BuildSource, extra: Extra<'payment-list'>): BuiltViewModel {
  const vouchers = src.vouchers ?? []
  if (vouchers.length === 0) invalid(['extra', 'period'], `${extra.period} 没有已开具且未作废的补贴发放凭证，无法编制汇总表`)
  const basis: LegalBasis[] = []
  for (const { vm } of vouchers) for (const b of vm.basis) if (!basis.some((x) => x.doc === b.doc && x.clause === b.clause)) basis.push(b)
  const rows = vouchers.map(({ docNumber, vm }) => ({
    caseNo: vm.caseNo,
    lawyer: vm.lawyer.name,
    firm: vm.firm,
    caseKind: vm.caseKind,
    recipientName: vm.recipientName,
    amountFen: vm.totalFen,
    note: docNumber,
  }))
  const vm: PaymentListVm = {
    kind: 'payment-list',
    ...base(src),
    basis,
    period: extra.period,
    ...(extra.batchNo ? { batchNo: extra.batchNo } : {}),
    rows,
    totalFen: sumFen(rows.map((r) => r.amountFen)),
    signatures: { preparedBy: src.actor, ...(extra.signatures ? stripUndefined(extra.signatures) : {}) },
  }
  return { vm, omittedUnverifiedBasis: [] }
}

function stripUndefined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> }
}

/** The view model of a document to issue, with the number still to be allocated. */
export function buildViewModel(input: IssueDocumentInputOut, src: BuildSource): BuiltViewModel {
  switch (input.type) {
    case 'acceptance-receipt':
      return acceptanceReceipt(src, input.extra)
    case 'supplement-notice':
      return supplementNotice(src, input.extra)
    case 'hardship-declaration':
      return hardshipDeclaration(src, input.extra)
    case 'grant-decision':
      return grantDecision(src, input.extra)
    case 'refusal-decision':
      return refusalDecision(src, input.extra)
    case 'assignment-notice':
      return assignmentNotice(src, input.extra)
    case 'official-letter':
      return officialLetter(src, input.extra)
    case 'termination-decision':
      return terminationDecision(src, input.extra)
    case 'subsidy-approval':
      return subsidy(src, input.extra, 'approval')
    case 'subsidy-voucher':
      return subsidy(src, input.extra, 'voucher')
    case 'payment-list':
      return paymentList(src, input.extra)
  }
}

/** The period 'YYYY-MM' as a date range. */
export function monthRange(period: string): { from: LocalDate; to: LocalDate } {
  const from = `${period}-01` as LocalDate
  const next = Number(period.slice(5, 7)) === 12 ? `${Number(period.slice(0, 4)) + 1}-01-01` : `${period.slice(0, 5)}${String(Number(period.slice(5, 7)) + 1).padStart(2, '0')}-01`
  return { from, to: addDays(next as LocalDate, -1) }
}

