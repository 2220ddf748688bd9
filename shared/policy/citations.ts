/**
 * Documents and clauses cited by the policy profiles.
 *
 * Article numbers marked `unverified: true` could not be checked against the text while this
 * was written; their clause text describes the rule instead of giving a number. See
 * docs/policy.md, "Citations to re-check".
 */
import type { Citation } from './types'

export const DOC = {
  law: '中华人民共和国法律援助法',
  rules: '办理法律援助案件程序规定（司法部令第148号，2023年修订）',
  civilCode: '中华人民共和国民法典',
  elderlyLaw: '中华人民共和国老年人权益保障法',
  neiMongol: '内政发〔2023〕7号',
  nanning: '南宁市关于进一步完善法律援助制度的实施办法（代拟稿）',
  xizang: '西藏自治区司法厅关于加强法律援助工作的意见（2010年）',
  center: '本中心设置',
} as const

export const cite = (doc: string, clause: string): Citation => ({ doc, clause })
export const citeUnverified = (doc: string, clause: string): Citation => ({ doc, clause, unverified: true })

export const law = (clause: string): Citation => cite(DOC.law, clause)
export const rules = (clause: string): Citation => cite(DOC.rules, clause)
export const nm = (clause: string): Citation => cite(DOC.neiMongol, clause)
export const nn = (clause: string): Citation => cite(DOC.nanning, clause)
export const xz = (clause: string): Citation => cite(DOC.xizang, clause)

/** Rules of the national law whose article number was not verified. */
export const LAW_UNVERIFIED = {
  lawyerThreeYears: citeUnverified(
    DOC.law,
    '关于可能被判处无期徒刑、死刑的人及死刑复核案件被告人应指派具有三年以上相关执业经历律师的规定（条号待核）',
  ),
  compulsoryMedical: citeUnverified(DOC.law, '关于强制医疗案件被申请人或者被告人没有委托诉讼代理人应通知指派律师的规定（条号待核）'),
  victims: citeUnverified(
    DOC.law,
    '关于刑事公诉案件被害人、自诉人、附带民事诉讼原告人因经济困难可申请法律援助的规定（条号待核）',
  ),
  notificationAssignment: citeUnverified(DOC.law, '关于收到人民法院、人民检察院、公安机关通知后三日内指派的规定（条号待核）'),
  detaineeForwarding: citeUnverified(
    DOC.law,
    '关于被羁押的犯罪嫌疑人、被告人等提出申请的，办案机关、监管场所应当在二十四小时内将申请转交法律援助机构的规定（条号待核）',
  ),
  decisionSevenDays: citeUnverified(
    DOC.law,
    '关于法律援助机构应当自收到申请之日起七日内审查并作出决定、决定给予的自决定之日起三日内指派的规定（条号待核）',
  ),
  supplementOnce: citeUnverified(DOC.law, '关于申请材料不齐全的应一次性告知需补充的材料，未按要求补充视为撤回申请的规定（条号待核）'),
  subsidyStandard: citeUnverified(
    DOC.law,
    '关于法律援助补贴标准由省级人民政府司法行政部门会同同级财政部门制定并动态调整的规定（条号待核）',
  ),
  objection: citeUnverified(DOC.law, '关于申请人对不予法律援助决定有异议的，可以向设立该法律援助机构的司法行政部门提出的规定（条号待核）'),
  urgentFirst: citeUnverified(DOC.law, '关于情况紧急可以先行提供法律援助、事后补交材料的规定（条号待核）'),
} as const

export const RULES_UNVERIFIED = {
  decisionSevenDays: citeUnverified(DOC.rules, '关于收到法律援助申请之日起七日内审查并作出决定的规定（条号待核）'),
  supplementPause: citeUnverified(
    DOC.rules,
    '关于申请人补充材料、作出说明所需时间不计入审查期限的规定（条号待核；2012年版第十三条第二款有同一规则）',
  ),
  closingMaterials: citeUnverified(DOC.rules, '关于法律援助人员自结案之日起三十日内向法律援助机构提交立卷材料的规定（条号及天数待核）'),
} as const

/** Period counting. The civil code rule is used by analogy (the 2023 rules' own clause on periods was not confirmed). */
export const PERIOD_END_ON_HOLIDAY = cite(DOC.civilCode, '第二百零三条（期间最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日；参照适用）')
export const PERIOD_START_EXCLUDED = cite(DOC.civilCode, '第二百零一条（按日计算期间的，开始的当日不计入，自下一日开始计算；参照适用）')
/** 以上、以下 include the number itself. */
export const BELOW_INCLUDES_NUMBER = cite(DOC.civilCode, '第一千二百五十九条（“以下”包括本数）')
