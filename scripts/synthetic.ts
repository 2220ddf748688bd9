/**
 * Synthetic but realistic intake data for demos and benchmarks: Chinese names drawn with the
 * approximate surname frequencies of the national population, valid 18-digit ID numbers from
 * Inner Mongolia's division codes, the region's matter mix, channels and statuses.
 * Deterministic for a given seed.
 */
import { addDays, daysBetween, type LocalDate } from '../shared/domain/dates'
import { residentIdCheckChar } from '../shared/domain/id-card'
import { CASE_STATUSES, CONSULTATION_CHANNELS, CRIMINAL_STAGES, INTAKE_CHANNELS, type CaseStatus } from '../shared/domain/enums'
import { TERMINATION_GROUNDS } from '../shared/cases/termination'
import type { WorkflowAction } from '../shared/cases/transitions'
import type { ApplicationInputOut } from '../shared/intake/schema'
import { listMatters } from '../shared/policy/registry'

/** A small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Surnames with their approximate share of the population (per mille). */
const SURNAMES: [string, number][] = [
  ['王', 71], ['李', 70], ['张', 67], ['刘', 54], ['陈', 45], ['杨', 31], ['黄', 22], ['赵', 20], ['吴', 19], ['周', 18],
  ['徐', 13], ['孙', 12], ['马', 12], ['朱', 11], ['胡', 10], ['郭', 10], ['何', 9], ['高', 9], ['林', 9], ['罗', 9],
  ['郑', 8], ['梁', 8], ['谢', 6], ['宋', 6], ['唐', 6], ['许', 6], ['韩', 6], ['冯', 5], ['邓', 5], ['曹', 5],
  ['彭', 5], ['曾', 5], ['肖', 5], ['田', 5], ['董', 5], ['袁', 4], ['潘', 4], ['于', 4], ['蒋', 4], ['蔡', 4],
  ['余', 4], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 4], ['魏', 4], ['吕', 4], ['丁', 4], ['任', 4], ['沈', 3],
  ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3], ['陆', 3], ['汪', 3], ['范', 3], ['金', 3],
  ['石', 3], ['廖', 3], ['贾', 3], ['夏', 3], ['韦', 3], ['付', 3], ['方', 3], ['白', 3], ['邹', 3], ['孟', 3],
  ['单', 1], ['仇', 1], ['解', 1], ['查', 1], ['乌', 1], ['包', 2], ['巴', 1], ['那', 1],
]
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国志强文博宇浩然子涵欣怡梓涵俊杰晓东海燕春梅金山巴特尔其其格乌兰图雅苏和'
const GIVEN_CHARS = [...GIVEN]
const DIVISIONS = ['150102', '150103', '150104', '150105', '150121', '150202', '150203', '150204', '150402', '150403', '150502', '150602', '150702', '150802', '150902', '152201', '152502', '152921']
const STREETS = ['新华大街', '中山路', '锡林郭勒北路', '兴安南路', '昭乌达路', '胜利街', '人民路', '团结巷']
const COMPANIES = ['某建筑工程有限公司', '某劳务派遣有限公司', '某运输有限公司', '某物业服务有限公司', '某商贸有限责任公司', '某煤业有限公司', '某乳业有限公司']
const CAUSES: Record<string, string[]> = {
  civil: ['追索劳动报酬纠纷', '赡养费纠纷', '抚养费纠纷', '机动车交通事故责任纠纷', '工伤保险待遇纠纷', '医疗损害责任纠纷', '离婚纠纷'],
  criminal: ['盗窃罪', '故意伤害罪', '诈骗罪', '交通肇事罪', '寻衅滋事罪', '抢劫罪'],
  administrative: ['工伤认定行政纠纷', '社会保险行政给付', '行政赔偿'],
  petition: ['申请再审', '刑事申诉'],
}

export class Synth {
  private readonly r: () => number
  private readonly surnameTable: string[]
  constructor(seed = 20261123) {
    this.r = rng(seed)
    this.surnameTable = SURNAMES.flatMap(([s, w]) => Array<string>(w).fill(s))
  }
  int(n: number): number {
    return Math.floor(this.r() * n)
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!
  }
  name(): string {
    const given = this.r() < 0.35 ? this.pick(GIVEN_CHARS) : this.pick(GIVEN_CHARS) + this.pick(GIVEN_CHARS)
    return this.pick(this.surnameTable) + given
  }
  idNumber(birth: LocalDate, male: boolean): string {
    const seq = this.int(500) * 2 + (male ? 1 : 0)
    const first17 = `${this.pick(DIVISIONS)}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`
    return first17 + residentIdCheckChar(first17)
  }
  phone(): string {
    return `1${this.pick(['3', '5', '7', '8', '9'])}${String(this.int(1_000_000_000)).padStart(9, '0')}`
  }
  date(from: LocalDate, days: number): LocalDate {
    return addDays(from, this.int(days))
  }
}

const MATTER_CACHE = new Map<string, { code: string; caseTypes: readonly string[] }[]>()
function mattersFor(on: LocalDate) {
  const key = on < '2023-01-01' ? 'old' : 'new'
  let list = MATTER_CACHE.get(key)
  if (!list) {
    const r = listMatters('nei-mongol', on)
    if (!r.ok) throw new Error(r.error.message)
    list = r.value.matters
    MATTER_CACHE.set(key, list)
  }
  return list
}

const TYPE_WEIGHTS: [ApplicationInputOut['case']['caseType'], number][] = [['civil', 60], ['criminal', 30], ['administrative', 5], ['petition', 5]]
const STATUS_CODES = CASE_STATUSES.map((s) => s.code)
const CHANNEL_CODES = INTAKE_CHANNELS.map((c) => c.code).filter((c) => c !== 'notification')

export interface SyntheticCase {
  input: ApplicationInputOut
  status: string
}

/** One application as the intake form would produce it (already in parsed form). */
export function syntheticApplication(s: Synth, receivedOn: LocalDate): SyntheticCase {
  const roll = s.int(100)
  let acc = 0
  let caseType: ApplicationInputOut['case']['caseType'] = 'civil'
  for (const [t, w] of TYPE_WEIGHTS) {
    acc += w
    if (roll < acc) {
      caseType = t
      break
    }
  }
  const matters = mattersFor(receivedOn).filter((m) => m.caseTypes.includes(caseType))
  const matter = matters.length ? s.pick(matters).code : s.pick(mattersFor(receivedOn)).code
  const male = s.int(2) === 1
  // Ages at receipt: about 4% minors (mostly juvenile defendants), 22% aged 60 or over.
  const ageRoll = s.int(100)
  const age = ageRoll < (caseType === 'criminal' ? 10 : 2) ? 14 + s.int(4) : ageRoll < 78 ? 18 + s.int(42) : 60 + s.int(26)
  const birthDate = addDays(receivedOn, -(age * 365 + s.int(360) + Math.floor(age / 4)))
  const notified = caseType === 'criminal' && s.int(3) === 0
  const groups: ApplicationInputOut['applicant']['specialGroups'] = []
  if (caseType !== 'criminal' && s.int(4) === 0) groups.push('migrant-worker')
  if (s.int(50) === 0) groups.push('military-or-family')
  if (s.int(20) === 0) groups.push('low-income-allowance')
  const disability: ApplicationInputOut['applicant']['disability'] = s.int(30) === 0 ? [s.pick(['physical', 'visual', 'hearing'] as const)] : []
  const input: ApplicationInputOut = {
    applicant: {
      name: s.name(),
      gender: male ? 'male' : 'female',
      ethnicity: s.int(100) < 79 ? '01' : s.int(100) < 85 ? '02' : s.pick(['03', '11', '49', '36']),
      idType: 'resident-id',
      idNumber: s.idNumber(birthDate, male),
      phone: s.phone(),
      address: `内蒙古自治区呼和浩特市${s.pick(STREETS)}${1 + s.int(300)}号`,
      residence: s.int(10) < 6 ? 'urban' : 'rural',
      specialGroups: groups,
      birthDate,
      disability,
      cannotFullyRecognizeOwnConduct: false,
    },
    case: {
      caseType,
      matter,
      criminalRole: caseType === 'criminal' ? 'defendant' : undefined,
      criminalStage: caseType === 'criminal' ? s.pick(CRIMINAL_STAGES).code : undefined,
      possibleSentence: undefined,
      inAbsentia: undefined,
      hasOwnCounsel: undefined,
      circumstances: [],
      cause: s.pick(CAUSES[caseType] ?? ['其他']),
      handlingOrgan: caseType === 'criminal' ? '呼和浩特市新城区人民法院' : undefined,
      opposingParty: caseType === 'civil' ? (s.int(2) === 0 ? s.pick(COMPANIES) : s.name()) : undefined,
      facts: '（合成数据）申请人陈述的案情摘要。',
    },
    intake: {
      channel: notified ? 'notification' : s.pick(CHANNEL_CODES),
      notice: notified ? { organKind: 'court', organName: '呼和浩特市新城区人民法院', noticeNumber: `（${receivedOn.slice(0, 4)}）内0102刑初${1 + s.int(900)}号`, noticeDate: receivedOn } : undefined,
      receivedOn,
      urgent: s.int(20) === 0,
      acceptFirst: false,
      owedPapers: undefined,
    },
    consultationId: undefined,
  }
  return { input, status: s.pick(STATUS_CODES) }
}

// ---------------------------------------------------------------------------------------
// What happened to a case after receipt: a transition history consistent with its status

export interface SyntheticStep {
  action: WorkflowAction
  on: LocalDate
  from: CaseStatus
  to: CaseStatus
  reason: string | null
  payload: Record<string, unknown>
}

export interface SyntheticHistory {
  status: CaseStatus
  steps: SyntheticStep[]
}

type Weights = [CaseStatus, number][]

/** Where a case received `age` days ago usually stands now (older cases are mostly archived). */
function targetWeights(age: number, notified: boolean): Weights {
  if (notified) {
    if (age < 4) return [['registered', 40], ['assigned', 50], ['handling', 10]]
    if (age < 60) return [['assigned', 10], ['handling', 85], ['terminated', 5]]
    if (age < 240) return [['handling', 55], ['closed', 30], ['archived', 10], ['terminated', 5]]
    return [['handling', 5], ['closed', 15], ['archived', 75], ['terminated', 5]]
  }
  if (age < 8) return [['registered', 30], ['reviewing', 30], ['awaiting-materials', 12], ['granted', 10], ['refused', 4], ['assigned', 10], ['withdrawn', 4]]
  if (age < 30) return [['reviewing', 4], ['awaiting-materials', 4], ['granted', 4], ['refused', 9], ['objection', 2], ['assigned', 17], ['handling', 52], ['withdrawn', 5], ['terminated', 3]]
  if (age < 240) return [['granted', 1], ['refused', 10], ['objection', 1], ['assigned', 2], ['handling', 50], ['closed', 18], ['archived', 8], ['withdrawn', 5], ['terminated', 5]]
  return [['refused', 10], ['handling', 4], ['closed', 12], ['archived', 64], ['withdrawn', 5], ['terminated', 5]]
}

function weighted(s: Synth, weights: Weights): CaseStatus {
  const total = weights.reduce((t, [, w]) => t + w, 0)
  let roll = s.int(total)
  for (const [status, w] of weights) {
    if (roll < w) return status
    roll -= w
  }
  return weights[weights.length - 1]![0]
}

const REFUSAL_REASONS = ['申请人经济状况不符合经济困难标准', '申请事项不属于法律援助范围', '申请人未按期补充证明材料']
const WITHDRAW_REASONS = ['申请人已与对方和解', '申请人自行委托律师', '申请人不再主张权利']
const CLOSE_SUMMARIES = ['法院判决支持受援人主要诉讼请求', '经调解达成协议并履行', '法院依法作出判决', '双方和解，受援人撤诉']

export interface HistoryPeople {
  director: string
  reviewer: string
}

/**
 * A plausible history for a case received on `receivedOn`, ending no later than `today`.
 * Dates follow the statutory periods most of the time, with a realistic share of late steps
 * (the decision after 7 days, the assignment after 3), so deadline compliance is not 100%.
 * Lawyers are not chosen here: `assign` and `change-lawyer` steps get them from the seeder.
 */
export function syntheticHistory(s: Synth, c: { receivedOn: LocalDate; channel: string }, today: LocalDate, people: HistoryPeople): SyntheticHistory {
  const age = daysBetween(c.receivedOn, today)
  const notified = c.channel === 'notification'
  const target = weighted(s, targetWeights(age, notified))
  const steps: SyntheticStep[] = []
  let status: CaseStatus = 'registered'
  let day = 0
  let stopped = false
  const step = (action: WorkflowAction, after: number, to: CaseStatus | 'same', payload: Record<string, unknown> = {}, reason: string | null = null): boolean => {
    if (stopped) return false
    const on = addDays(c.receivedOn, day + after)
    if (on > today) {
      stopped = true
      return false
    }
    day += after
    const next = to === 'same' ? status : to
    steps.push({ action, on, from: status, to: next, reason, payload })
    status = next
    return true
  }
  const late = (normal: number, lateBy: number, share: number) => (s.int(100) < share ? normal + 1 + s.int(lateBy) : 1 + s.int(normal))
  const terminate = () => {
    const g = s.pick(TERMINATION_GROUNDS)
    const reason = '受援人情况变化'
    step('terminate', 3 + s.int(40), 'terminated', { ground: g.code, reason, groundLabel: g.label, approvedBy: people.director }, `${g.label}：${reason}`)
  }

  if (target === 'registered') return { status, steps }
  if (!notified) {
    if (target === 'withdrawn') {
      if (s.int(2) === 0) step('start-review', s.int(2), 'reviewing')
      step('withdraw', 1 + s.int(12), 'withdrawn', { reason: s.pick(WITHDRAW_REASONS) }, s.pick(WITHDRAW_REASONS))
      return { status, steps }
    }
    step('start-review', s.int(2), 'reviewing')
    if (target === 'awaiting-materials' || s.int(100) < 15) {
      const due = 10 + s.int(6)
      step('request-materials', 1 + s.int(2), 'awaiting-materials', { items: ['收入证明'], dueOn: addDays(c.receivedOn, day + due) }, null)
      if (target === 'awaiting-materials') return { status, steps }
      step('receive-materials', 2 + s.int(due + 2), 'reviewing')
    }
    if (target === 'reviewing') return { status, steps }
    const refuseFirst = target === 'refused' || target === 'objection' || s.int(100) < 2
    const decideAfter = late(5, 8, 8)
    if (refuseFirst) {
      const reasons = s.pick(REFUSAL_REASONS)
      step('decide-refuse', decideAfter, 'refused', { reasons, approvedBy: people.director }, reasons)
      if (target === 'refused' && s.int(100) >= 15) return { status, steps }
      step('object', 2 + s.int(10), 'objection', { grounds: '申请人认为符合法律援助条件' }, '申请人认为符合法律援助条件')
      if (target === 'objection') return { status, steps }
      if (target === 'refused') {
        step('objection-rejected', 10 + s.int(20), 'refused', { outcome: '司法行政部门维持不予决定' }, '司法行政部门维持不予决定')
        return { status, steps }
      }
      step('objection-upheld', 10 + s.int(20), 'granted', { outcome: '司法行政部门责令给予法律援助' }, '司法行政部门责令给予法律援助')
    } else {
      step('decide-grant', decideAfter, 'granted', { approvedBy: people.director })
    }
    if (target === 'granted') return { status, steps }
    if (target === 'terminated' && s.int(3) === 0) {
      terminate()
      return { status, steps }
    }
    step('assign', late(3, 5, 7), 'assigned', {})
  } else {
    step('assign', late(3, 4, 10) - 1, 'assigned', {})
  }
  if (target === 'assigned') return { status, steps }
  step('start-handling', 1 + s.int(8), 'handling')
  if (s.int(100) < 3) step('change-lawyer', 10 + s.int(50), 'same', { changeReason: '原承办律师因工作调动无法继续承办' }, '原承办律师因工作调动无法继续承办')
  if (target === 'handling') return { status, steps }
  if (target === 'terminated') {
    terminate()
    return { status, steps }
  }
  const concludedAfter = 30 + s.int(200)
  step('report-concluded', concludedAfter, 'same', { concludedOn: addDays(c.receivedOn, day + concludedAfter) })
  const summary = s.pick(CLOSE_SUMMARIES)
  step('close', late(30, 30, 10), 'closed', { summary }, summary)
  if (target === 'closed') return { status, steps }
  step('archive', 5 + s.int(55), 'archived')
  return { status, steps }
}

// ---------------------------------------------------------------------------------------
// Consultations (法律咨询)

const CONSULT_WEIGHTS: [string, number][] = [['hotline-12348', 55], ['window', 30], ['workstation', 8], ['online', 6], ['letter', 1]]
const TOPICS = ['拖欠工资如何维权', '交通事故赔偿标准', '离婚财产分割', '赡养费如何主张', '工伤认定程序', '借款纠纷诉讼时效', '土地承包经营权纠纷', '医疗纠纷处理途径']

export function syntheticConsultation(s: Synth, consultedOn: LocalDate): { channel: string; topic: string; name: string | null; phone: string | null; summary: string; advice: string; refer: boolean } {
  let roll = s.int(100)
  let channel = 'window'
  for (const [c, w] of CONSULT_WEIGHTS) {
    if (roll < w) {
      channel = c
      break
    }
    roll -= w
  }
  if (!CONSULTATION_CHANNELS.some((x) => x.code === channel)) channel = 'window'
  const topic = s.pick(TOPICS)
  const name = s.int(3) === 0 ? null : s.name()
  return {
    channel,
    topic,
    name,
    phone: channel === 'hotline-12348' ? s.phone() : null,
    summary: `（合成数据）咨询人询问${topic}。${consultedOn}`,
    advice: '告知相关法律规定及维权途径，建议准备证据材料。',
    // Turning a consultation into an application needs the person's name.
    refer: name !== null && s.int(10) === 0,
  }
}
