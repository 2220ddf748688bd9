import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../shared/ipc/contract'
import type { LocalDate } from '../../../shared/domain/dates'
import { writeTx } from '../../../electron/main/db/tx'
import { applyTransition } from '../../../electron/main/cases/workflow-service'
import { loadCase } from '../../../electron/main/cases/case-record'
import { makeTestServices, type TestServices } from '../../kit/services'
import { CLERK_A, DIRECTOR, addFirm, addLawyer, call, civilApplication, error, notificationCase, register, rows, transition, value } from './helpers'

let s: TestServices
let firm: string
const L = { liu: '', chen: '', zhou: '', grass: '', sun: '', qian: '' }

beforeEach(async () => {
  s = await makeTestServices()
  firm = await addFirm(s)
  L.liu = await addLawyer(s, { name: '刘建国', kind: 'lawyer', firmId: firm, licenceNo: '11501201010001', practiceStart: '2010-05-01', specialties: ['criminal'], languages: ['zh', 'mn'] })
  L.chen = await addLawyer(s, { name: '陈晓', kind: 'lawyer', firmId: firm, licenceNo: '11501202410002', practiceStart: '2024-09-01', specialties: ['criminal-defence'] })
  L.zhou = await addLawyer(s, { name: '周敏', kind: 'lawyer', firmId: firm, licenceNo: '11501201810003', practiceStart: '2018-01-01', specialties: ['criminal'], minorsSuited: true })
  L.grass = await addLawyer(s, { name: '基层甲', kind: 'grassroots', firmId: firm, licenceNo: 'JC0001', practiceStart: '2000-01-01', specialties: ['criminal', 'civil'] })
  L.sun = await addLawyer(s, { name: '孙立', kind: 'lawyer', firmId: firm, licenceNo: '11501201510005', practiceStart: '2015-03-01', specialties: ['labour-relation-or-pay'] })
  L.qian = await addLawyer(s, { name: '钱多', kind: 'lawyer', firmId: firm, licenceNo: '11501201610006', practiceStart: '2016-03-01', specialties: ['civil'] })
})
afterEach(async () => {
  await s.dispose()
})

const state = async (id: string) => value(await call(s, 'workflow:history', { caseId: id }))
const suggest = async (caseId: string, extra: Omit<Input<'assignment:suggest'>, 'caseId'> = {}) => value(await call(s, 'assignment:suggest', { caseId, ...extra }))
const count = (table: string) => (rows(s, `SELECT count(*) AS n FROM ${table}`)[0] as { n: number }).n
const MIN_WAGE = { key: 'hardship.minimumWageMonthlyFen', region: 'nei-mongol', value: 198_000, source: '测试值（非真实标准）', effectiveFrom: '2026-01-01' } as const

describe('notification case (通知辩护): straight to assignment', () => {
  it('skips the review, is due for assignment in 3 days, and enforces ≥3 years for a possible death sentence', async () => {
    const c = await register(s, notificationCase({ possibleSentence: 'death', receivedOn: '2026-11-20' }))
    const st = await state(c.id)
    expect(st.status).toBe('registered')
    expect(st.actions.map((a) => a.action)).toContain('assign')
    const due = st.deadlines.find((d) => d.kind === 'assignment')!
    expect(due.dueOn).toBe('2026-11-23')
    expect(due.status).toBe('open')
    expect(st.deadlines.some((d) => d.kind === 'decision')).toBe(false)

    const review = error(await transition(s, { caseId: c.id, action: 'start-review' }))
    expect(review.code).toBe('POLICY_VIOLATION')
    expect(review.message).toContain('通知')

    const sg = await suggest(c.id)
    expect(sg.needs.lawyerMinYears).toBe(3)
    expect(sg.needs.criminalDefence).toBe(true)
    expect(sg.needs.language).toBe('mn') // 蒙古族 applicant: a hint, not a rule
    const blocked = new Map(sg.blocked.map((b) => [b.lawyerId, b.reasons.join('；')]))
    expect(blocked.get(L.chen!)).toContain('3年以上')
    expect(blocked.get(L.grass!)).toContain('刑事辩护须由律师担任')
    expect(sg.suggestions.map((x) => x.lawyerId)).not.toContain(L.chen)
    const top = sg.suggestions[0]!
    expect(top.lawyerId).toBe(L.liu) // criminal specialty + speaks Mongolian
    expect(top.reasons.map((r) => r.text)).toEqual(expect.arrayContaining(['通晓蒙古语', '专长与本案案件类型相符']))
    expect(sg.suggestions.map((x) => x.rank)).toEqual(sg.suggestions.map((_, i) => i + 1))

    const before = { a: count('case_assignment'), t: count('case_transition'), audit: count('audit_log') }
    const refused = error(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: L.chen, overrideReason: '申请人要求' }))
    expect(refused.code).toBe('POLICY_VIOLATION')
    expect(refused.message).toContain('3年以上')
    expect({ a: count('case_assignment'), t: count('case_transition'), audit: count('audit_log') }).toEqual(before)

    value(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: L.liu }))
    const after = await state(c.id)
    expect(after.status).toBe('assigned')
    expect(after.deadlines.find((d) => d.kind === 'assignment')!.status).toBe('met')
    expect(after.deadlines.find((d) => d.kind === 'agreement-signing')!.status).toBe('open')
    expect(after.transitions.map((t) => [t.action, t.from, t.to, t.actor])).toEqual([['assign', 'registered', 'assigned', '受理员甲']])
    const [a] = rows(s, 'SELECT * FROM case_assignment WHERE case_id = ?', c.id)
    expect(a).toMatchObject({ lawyer_id: L.liu, suggestion_rank: 1, override_reason: null, assigned_by: '受理员甲', ended_at_ms: null, firm_name: '内蒙古某律师事务所' })
    expect(rows(s, 'SELECT open_cases FROM lawyer WHERE id = ?', L.liu)[0].open_cases).toBe(1)
    const actions = rows(s, "SELECT action FROM audit_log WHERE entity_id IN (?, ?) ORDER BY seq", c.id, a.id).map((r) => r.action)
    expect(actions).toEqual(expect.arrayContaining(['workflow.assign', 'assignment.create']))
  })

  it("steers a minor's case to a lawyer suited to minors", async () => {
    const c = await register(s, notificationCase({ birth: '20100301' }))
    const sg = await suggest(c.id)
    expect(sg.needs.minorSpecialist).toBe(true)
    expect(sg.blocked.find((b) => b.lawyerId === L.liu)!.reasons.join()).toContain('未成年人')
    expect(sg.suggestions[0]!.lawyerId).toBe(L.zhou)
    expect(sg.suggestions.every((x) => x.lawyerId === L.zhou)).toBe(true)
    const r = error(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: L.liu, overrideReason: '刘律师有空' }))
    expect(r.code).toBe('POLICY_VIOLATION')
  })

  it('terminates with a statutory ground, freeing the lawyer', async () => {
    const c = await register(s, notificationCase())
    value(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: (await suggest(c.id)).suggestions[0]!.lawyerId }))
    const lawyerId = rows(s, 'SELECT lawyer_id FROM case_assignment WHERE case_id = ?', c.id)[0].lawyer_id
    expect(error(await transition(s, { caseId: c.id, action: 'terminate', ground: 'own-counsel-retained', reason: '被告人家属已委托律师' }, { ...CLERK_A, roles: ['clerk'] })).code).toBe('PERMISSION')
    value(await transition(s, { caseId: c.id, action: 'terminate', ground: 'own-counsel-retained', reason: '被告人家属已委托律师' }, DIRECTOR))
    const st = await state(c.id)
    expect(st.status).toBe('terminated')
    expect(st.transitions.at(-1)!.reason).toContain('第四十八条第一款（六）')
    expect(st.transitions.at(-1)!.payload.groundLabel).toBe('受援人自行委托律师或者其他代理人')
    expect(st.actions).toEqual([])
    expect(rows(s, 'SELECT end_kind FROM case_assignment WHERE case_id = ?', c.id)[0].end_kind).toBe('terminated')
    expect(rows(s, 'SELECT open_cases FROM lawyer WHERE id = ?', lawyerId)[0].open_cases).toBe(0)
    expect(st.deadlines.filter((d) => d.status === 'open')).toEqual([])
  })
})

describe('application: review, director approval, assignment, change of lawyer', () => {
  it('pauses for materials, refuses a decision without the engine, records an override with its reason', async () => {
    const c = await register(s, civilApplication({ migrant: false, receivedOn: '2026-11-16' }))
    value(await transition(s, { caseId: c.id, action: 'start-review', on: '2026-11-16' }))
    value(await transition(s, { caseId: c.id, action: 'request-materials', on: '2026-11-17', items: ['近六个月收入证明', '家庭成员情况'], dueOn: '2026-11-27' }))
    let st = await state(c.id)
    expect(st.status).toBe('awaiting-materials')
    expect(st.deadlines.find((d) => d.kind === 'decision')!.status).toBe('paused')
    value(await transition(s, { caseId: c.id, action: 'receive-materials', on: '2026-11-20' }))
    st = await state(c.id)
    const decision = st.deadlines.find((d) => d.kind === 'decision')!
    expect(decision.pausedDays).toBe(3)
    expect(decision.dueOn).toBe('2026-11-26') // 11-16 + 7 + 3 paused days

    const noReview = error(await transition(s, { caseId: c.id, action: 'decide-grant' }, DIRECTOR))
    expect(noReview.code).toBe('POLICY_VIOLATION')

    const evidence = { basis: 'income-proof' as const, householdMonthlyIncomeFen: 1_000_000, householdSize: 1, certificates: [] }
    const notConfigured = error(await call(s, 'review:assess', { caseId: c.id, evidence }))
    expect(notConfigured.code).toBe('NOT_CONFIGURED')
    expect(notConfigured.details!.setting).toBe('hardship.minimumWageMonthlyFen')
    expect(notConfigured.message).toContain('hardship.minimumWageMonthlyFen')
    const saved = value(await call(s, 'review:save', { caseId: c.id, evidence, opinion: 'refuse', opinionText: '收入高于标准' }))
    expect(saved.engineError!.setting).toBe('hardship.minimumWageMonthlyFen')
    expect(saved.assessment).toBeNull()
    expect(error(await transition(s, { caseId: c.id, action: 'decide-refuse', reasons: '收入高' }, DIRECTOR)).code).toBe('POLICY_VIOLATION')

    const badSetting = error(await call(s, 'policy-settings:add', { ...MIN_WAGE, value: 1980.5 }))
    expect(badSetting.code).toBe('VALIDATION')
    expect(badSetting.message).toContain('整数分')
    value(await call(s, 'policy-settings:add', MIN_WAGE))
    expect(error(await call(s, 'policy-settings:add', MIN_WAGE)).code).toBe('CONFLICT')

    const trial = value(await call(s, 'review:assess', { caseId: c.id, evidence }))
    expect(trial.outcome).toBe('ineligible')
    expect(trial.expectedDecision).toBe('refuse')
    expect(trial.criteria.find((x) => x.criterion === 'hardship')!.result).toBe('fail')
    const reviewed = value(await call(s, 'review:save', { caseId: c.id, evidence, opinion: 'refuse', opinionText: '家庭人均月收入高于最低工资标准' }))
    expect(reviewed.assessment!.outcome).toBe('ineligible')
    expect(reviewed.engineError).toBeNull()
    const snap = rows(s, 'SELECT engine_outcome, engine_result_json, settings_used_json FROM case_review WHERE case_id = ?', c.id)[0]
    expect(JSON.parse(snap.engine_result_json).outcome).toBe('ineligible')
    expect(JSON.parse(snap.settings_used_json)[0].source).toBe('测试值（非真实标准）')

    const against = error(await transition(s, { caseId: c.id, action: 'decide-grant' }, DIRECTOR))
    expect(against.code).toBe('POLICY_VIOLATION')
    expect(against.message).toContain('不一致')
    const notDirector = error(await transition(s, { caseId: c.id, action: 'decide-grant', overrideReason: '申请人突发重病' }, { ...CLERK_A, roles: ['reviewer'] }))
    expect(notDirector.code).toBe('PERMISSION')
    value(await transition(s, { caseId: c.id, action: 'decide-grant', overrideReason: '申请人突发重病，医疗支出使家庭实际生活困难' }, DIRECTOR))
    const rv = value(await call(s, 'review:get', { caseId: c.id }))
    expect(rv).toMatchObject({ decision: 'grant', approvedBy: '赵主任', overrideReason: '申请人突发重病，医疗支出使家庭实际生活困难', decidedOn: '2026-11-23' })
    st = await state(c.id)
    expect(st.status).toBe('granted')
    expect(st.deadlines.find((d) => d.kind === 'decision')!.status).toBe('met')
    expect(st.deadlines.find((d) => d.kind === 'assignment')!.dueOn).toBe('2026-11-26')
    const audit = rows(s, 'SELECT action, before_json, after_json FROM audit_log WHERE entity_id = ? ORDER BY seq', c.id)
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['application.create', 'workflow.start-review', 'workflow.request-materials', 'workflow.receive-materials', 'review.create', 'review.update', 'workflow.decide-grant', 'review.decide']),
    )
    const decideAudit = audit.find((a) => a.action === 'workflow.decide-grant')!
    expect(JSON.parse(decideAudit.before_json)).toEqual({ status: 'reviewing' })
    expect(JSON.parse(decideAudit.after_json).status).toBe('granted')

    // Assignment: the second suggestion needs a reason; the rank and the reason are recorded.
    const sg = await suggest(c.id)
    expect(sg.suggestions[0]!.lawyerId).toBe(L.sun) // labour specialty
    const second = sg.suggestions[1]!
    const noReason = error(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: second.lawyerId }))
    expect(noReason.code).toBe('POLICY_VIOLATION')
    expect(noReason.message).toContain('第 2 位')
    value(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: second.lawyerId, overrideReason: '首位推荐律师本周外出开庭' }))
    expect(rows(s, 'SELECT suggestion_rank, override_reason FROM case_assignment WHERE case_id = ?', c.id)[0]).toEqual({ suggestion_rank: 2, override_reason: '首位推荐律师本周外出开庭' })

    // Change of lawyer (更换): needs a reason; the old assignment ends, the new one starts.
    const noChangeReason = error(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: L.sun }))
    expect(noChangeReason.code).toBe('VALIDATION')
    const again = await suggest(c.id)
    expect(again.blocked.find((b) => b.lawyerId === second.lawyerId)!.reasons.join()).toContain('现任')
    value(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: again.suggestions[0]!.lawyerId, changeReason: '受援人认为原律师未及时会见，申请更换' }))
    const assigns = rows(s, 'SELECT lawyer_id, end_kind, end_reason, ended_at_ms, replaced_by, id FROM case_assignment WHERE case_id = ? ORDER BY assigned_at_ms, rowid', c.id)
    expect(assigns).toHaveLength(2)
    expect(assigns[0]).toMatchObject({ lawyer_id: second.lawyerId, end_kind: 'changed', end_reason: '受援人认为原律师未及时会见，申请更换', replaced_by: assigns[1].id })
    expect(assigns[1]!.ended_at_ms).toBeNull()
    expect(rows(s, 'SELECT open_cases FROM lawyer WHERE id = ?', second.lawyerId)[0].open_cases).toBe(0)
    st = await state(c.id)
    expect(st.status).toBe('assigned')
    expect(st.transitions.at(-1)).toMatchObject({ action: 'change-lawyer', from: 'assigned', to: 'assigned' })

    // Through to archive. 办结, 结案 and 归档 are taken only through handling (the closing record,
    // the materials checklist, the archive number): workflow:transition refuses them.
    value(await transition(s, { caseId: c.id, action: 'start-handling', agreementSignedOn: '2026-11-23' }))
    for (const action of ['report-concluded', 'close', 'archive']) {
      const shortCut = error(await s.dispatch('workflow:transition', { caseId: c.id, action }, CLERK_A))
      expect(shortCut.code).toBe('VALIDATION')
      expect(shortCut.message).toBe('操作无效：指派和更换请在「指派」中进行；办结、结案和归档请在「办理」中进行')
    }
    expect((await state(c.id)).status).toBe('handling')
    value(await call(s, 'handling:conclude', { caseId: c.id, concludedOn: '2026-11-23', outcome: 'mediation', outcomeNote: '调解结案' }))
    expect((await state(c.id)).deadlines.find((d) => d.kind === 'closing-materials')!.status).toBe('open')
    const civilMediationItems = ['closing-report', 'agreement', 'aid-letter', 'pleading', 'outcome-document'].map((code) => ({ code, done: true }))
    value(await call(s, 'handling:close', { caseId: c.id, materialsSubmittedOn: '2026-11-23', summary: '调解结案，追回工资两万元', items: civilMediationItems }))
    expect(rows(s, 'SELECT end_kind FROM case_assignment WHERE case_id = ? AND ended_at_ms IS NOT NULL ORDER BY assigned_at_ms DESC, rowid DESC', c.id)[0].end_kind).toBe('closed')
    // The transition table, not only the schema, names the channel: a step taken by the wrong one is refused.
    const wrongChannel = writeTx(s.ctx.db, async (trx) =>
      applyTransition(trx, { ctx: s.ctx, actor: '受理员甲', atMs: s.ctx.clock.now() }, await loadCase(trx, c.id), { via: 'workflow:transition', action: 'archive', on: '2026-11-23' as LocalDate, payload: {}, reason: null }),
    )
    await expect(wrongChannel).rejects.toMatchObject({ code: 'POLICY_VIOLATION', message: '「归档」须在「办理」的归档中办理' })
    expect((await state(c.id)).status).toBe('closed')
    const archived = value(await call(s, 'handling:archive', { caseId: c.id }))
    expect(archived.closing?.archiveNumber).toBe('2026-归-0001')
    st = await state(c.id)
    expect(st.status).toBe('archived')
    expect(st.deadlines.every((d) => d.status !== 'open')).toBe(true)
  })

  it('refusal, objection and the objection upheld: assignment due from the grant', async () => {
    value(await call(s, 'policy-settings:add', MIN_WAGE))
    const c = await register(s, civilApplication({ migrant: false, receivedOn: '2026-11-16' }))
    value(await transition(s, { caseId: c.id, action: 'start-review', on: '2026-11-16' }))
    value(await call(s, 'review:save', { caseId: c.id, evidence: { basis: 'commitment', householdMonthlyIncomeFen: 900_000, householdSize: 2, commitment: { signedOn: '2026-11-16', signedBy: '王芳' } }, opinion: 'refuse', opinionText: '收入高于标准' }))
    value(await transition(s, { caseId: c.id, action: 'decide-refuse', on: '2026-11-18', reasons: '家庭人均月收入高于当地最低工资标准' }, DIRECTOR))
    value(await transition(s, { caseId: c.id, action: 'object', on: '2026-11-19', grounds: '收入计算有误', department: '呼和浩特市司法局' }))
    value(await transition(s, { caseId: c.id, action: 'objection-upheld', on: '2026-11-23', department: '呼和浩特市司法局', outcome: '责令给予法律援助' }))
    const st = await state(c.id)
    expect(st.status).toBe('granted')
    const a = st.deadlines.find((d) => d.kind === 'assignment')!
    expect(a.dueOn).toBe('2026-11-26')
    expect(st.transitions.map((t) => t.action)).toEqual(['start-review', 'decide-refuse', 'object', 'objection-upheld'])
  })

  it('a refused transition writes nothing; dates may not go backwards or into the future', async () => {
    const c = await register(s, civilApplication({ receivedOn: '2026-11-16' }))
    value(await transition(s, { caseId: c.id, action: 'withdraw', reason: '申请人与对方和解' }))
    const before = { t: count('case_transition'), a: count('audit_log'), d: JSON.stringify(rows(s, 'SELECT * FROM case_deadline')) }
    const r = error(await transition(s, { caseId: c.id, action: 'start-review' }))
    expect(r.code).toBe('CONFLICT')
    expect(r.message).toContain('已撤回')
    expect({ t: count('case_transition'), a: count('audit_log'), d: JSON.stringify(rows(s, 'SELECT * FROM case_deadline')) }).toEqual(before)
    expect((await state(c.id)).deadlines.find((d) => d.kind === 'decision')!.status).toBe('cancelled')

    const c2 = await register(s, civilApplication({ receivedOn: '2026-11-16' }))
    expect(error(await transition(s, { caseId: c2.id, action: 'start-review', on: '2026-11-24' })).message).toContain('不能晚于今天')
    expect(error(await transition(s, { caseId: c2.id, action: 'start-review', on: '2026-11-15' })).message).toContain('受理日期')
    value(await transition(s, { caseId: c2.id, action: 'start-review', on: '2026-11-20' }))
    expect(error(await transition(s, { caseId: c2.id, action: 'request-materials', on: '2026-11-19', items: ['x'], dueOn: '2026-11-30' })).message).toContain('上一步')
  })

  it('accept-first urgent case: assigned at once, papers owed with their own due date', async () => {
    const input = civilApplication({ receivedOn: '2026-11-20' })
    input.intake = { ...input.intake, urgent: true, acceptFirst: true, owedPapers: ['经济困难状况承诺书', '身份证复印件'] }
    const c = await register(s, input)
    let st = await state(c.id)
    const owed = st.deadlines.find((d) => d.kind === 'owed-papers')!
    expect(owed.dueOn).toBe('2026-11-27') // 7 days, the system default
    expect(owed.basis).toContain('系统默认值')
    value(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: (await suggest(c.id)).suggestions[0]!.lawyerId }))
    expect(error(await transition(s, { caseId: c.id, action: 'complete-papers', items: ['户口簿'] })).code).toBe('VALIDATION')
    value(await transition(s, { caseId: c.id, action: 'complete-papers', items: ['经济困难状况承诺书', '身份证复印件'] }))
    st = await state(c.id)
    expect(st.owedPapersOutstanding).toEqual([])
    expect(st.deadlines.find((d) => d.kind === 'owed-papers')!.status).toBe('met')
  })
})

describe('conflict of interest', () => {
  it('refuses a lawyer who acted for the opposing party (names compared normalised) or declared it', async () => {
    const p = civilApplication({ name: '李四', opposingParty: '张三', receivedOn: '2026-11-20' })
    p.intake = { ...p.intake, acceptFirst: true, owedPapers: ['收入证明'] }
    const past = await register(s, p)
    value(await call(s, 'assignment:assign', { caseId: past.id, lawyerId: L.sun }))

    const n = await register(s, civilApplication({ name: '张三', opposingParty: '李 四', receivedOn: '2026-11-20' }))
    const sg = await suggest(n.id)
    const sun = sg.blocked.find((b) => b.lawyerId === L.sun)!
    expect(sun.reasons.join('；')).toContain('代理本案对方当事人「李四」')
    expect(sun.reasons.join('；')).toContain('关联案件')
    expect(sg.suggestions.map((x) => x.lawyerId)).not.toContain(L.sun)

    await addLawyer(s, { id: L.qian, name: '钱多', kind: 'lawyer', firmId: firm, licenceNo: '11501201610006', practiceStart: '2016-03-01', specialties: ['civil'], knownParties: ['某建筑工程（集团）有限责任公司'] })
    const m = await register(s, civilApplication({ name: '赵六', opposingParty: '某建筑工程(集团)有限公司', receivedOn: '2026-11-20' }))
    const sg2 = await suggest(m.id)
    expect(sg2.blocked.find((b) => b.lawyerId === L.qian)!.reasons.join()).toContain('名册登记')
    const refused = error(await call(s, 'assignment:assign', { caseId: m.id, lawyerId: L.qian, overrideReason: '无其他律师' }))
    expect(refused.code).toBe('POLICY_VIOLATION')
    expect(refused.message).toContain('利益冲突')
  })

  it("the applicant's own choice (点援制) lifts a lawyer to the top", async () => {
    const c = await register(s, notificationCase())
    const plain = await suggest(c.id)
    const pick = plain.suggestions.at(-1)!
    const chosen = await suggest(c.id, { applicantChoiceLawyerId: pick.lawyerId })
    expect(chosen.suggestions[0]!.lawyerId).toBe(pick.lawyerId)
    expect(chosen.suggestions[0]!.reasons[0]!.text).toContain('点援')
    value(await call(s, 'assignment:assign', { caseId: c.id, lawyerId: pick.lawyerId, applicantChoiceLawyerId: pick.lawyerId }))
    expect(rows(s, 'SELECT applicant_choice, suggestion_rank FROM case_assignment WHERE case_id = ?', c.id)[0]).toEqual({ applicant_choice: 1, suggestion_rank: 1 })
  })
})
