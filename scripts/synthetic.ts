/**
 * Synthetic but realistic intake data for demos and benchmarks: Chinese names drawn with the
 * approximate surname frequencies of the national population, valid 18-digit ID numbers from
 * Inner Mongolia's division codes, the region's matter mix, channels and statuses.
 * Deterministic for a given seed.
 */
import { addDays, type LocalDate } from '../shared/domain/dates'
import { residentIdCheckChar } from '../shared/domain/id-card'
import { CASE_STATUSES, CRIMINAL_STAGES, INTAKE_CHANNELS } from '../shared/domain/enums'
import type { ApplicationInputOut } from '../shared/schemas/intake'
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
  const birthDate = s.date('1945-01-01' as LocalDate, 365 * 62)
  const notified = caseType === 'criminal' && s.int(3) === 0
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
      specialGroups: s.int(4) === 0 ? ['migrant-worker'] : [],
      birthDate,
      disability: [],
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
