import { describe, expect, it } from 'vitest'
import type { LocalDate } from '../../../shared/domain/dates'
import { computeDeadlines } from '../../../shared/policy/deadlines'
import { EMPTY_SETTINGS, type CenterSettings } from '../../../shared/policy/settings'
import { DEFAULT_OWED_PAPERS_DAYS, planDeadlines, supplementRequestsOf, type DeadlineCaseFacts, type HistoryEntry } from '../../../shared/deadlines/deadlines'

const d = (s: string) => s as LocalDate
const DEFAULT_OWED = { days: DEFAULT_OWED_PAPERS_DAYS, isDefault: true, source: '系统默认值' }
const facts = (over: Partial<DeadlineCaseFacts> = {}): DeadlineCaseFacts => ({
  region: 'nei-mongol',
  receivedOn: d('2026-03-02'),
  channel: 'window',
  acceptFirst: false,
  owedPapers: [],
  status: 'reviewing',
  ...over,
})
const h = (action: HistoryEntry['action'], on: string, payload: HistoryEntry['payload'] = {}): HistoryEntry => ({ action, on: d(on), payload })

function plan(f: DeadlineCaseFacts, history: HistoryEntry[], settings: CenterSettings = EMPTY_SETTINGS, owed = DEFAULT_OWED) {
  const r = planDeadlines(f, history, settings, owed)
  if (!r.ok) throw new Error(r.error.message)
  return Object.fromEntries(r.value.map((x) => [x.kind, x]))
}

describe('the review clock and its pause for supplementary materials', () => {
  // Received Mon 2026-03-02. Materials requested on day 3 (03-05), received on day 8 (03-10).
  const history = [h('start-review', '2026-03-02'), h('request-materials', '2026-03-05', { items: ['收入证明'], dueOn: '2026-03-12' }), h('receive-materials', '2026-03-10')]

  it('without a pause the decision is due 7 days after receipt', () => {
    const p = plan(facts(), [h('start-review', '2026-03-02')])
    expect(p.decision!.dueOn).toBe('2026-03-09')
    expect(p.decision!.status).toBe('open')
  })

  it('is paused (no due date) while the materials are awaited, and the notice has its own due date', () => {
    const p = plan(facts({ status: 'awaiting-materials' }), history.slice(0, 2))
    expect(p.decision!.status).toBe('paused')
    expect(p.decision!.dueOn).toBeNull()
    expect(p['materials-due']!.status).toBe('open')
    expect(p['materials-due']!.dueOn).toBe('2026-03-12')
    expect(p['materials-due']!.basis).toContain('收入证明')
  })

  it('resumes when they arrive: the 5 paused days are added, via the engine', () => {
    const p = plan(facts(), history)
    expect(p.decision!.pausedDays).toBe(5)
    // 7 + 5 days from 03-02 is Sat 03-14; extended to the next working day, Mon 03-16.
    const engine = computeDeadlines({ region: 'nei-mongol', receivedOn: d('2026-03-02'), via: 'application', supplementRequests: supplementRequestsOf(history) })
    if (!engine.ok) throw new Error(engine.error.message)
    const e = engine.value.deadlines.find((x) => x.code === 'decision')!
    expect(e.lastDay).toBe('2026-03-14')
    expect(e.due).toBe('2026-03-16')
    expect(p.decision!.dueOn).toBe(e.due)
    expect(p.decision!.basis).toContain('不计入')
    expect(p['materials-due']!.status).toBe('met')
    expect(p['materials-due']!.completedOn).toBe('2026-03-10')
  })

  it('pairs each request with the next receipt, over several rounds', () => {
    const two = [...history, h('request-materials', '2026-03-11', { items: ['户口簿'], dueOn: '2026-03-20' }), h('receive-materials', '2026-03-13')]
    expect(supplementRequestsOf(two)).toEqual([
      { requestedOn: '2026-03-05', suppliedOn: '2026-03-10' },
      { requestedOn: '2026-03-11', suppliedOn: '2026-03-13' },
    ])
    expect(plan(facts(), two).decision!.pausedDays).toBe(7)
  })
})

describe('deadlines along the workflow', () => {
  it('a notification case must be assigned within 3 days, with no decision deadline', () => {
    const p = plan(facts({ channel: 'notification', status: 'registered', receivedOn: d('2026-11-20') }), [])
    expect(p.decision).toBeUndefined()
    expect(p.assignment!.dueOn).toBe('2026-11-23')
    expect(p.assignment!.status).toBe('open')
  })

  it('the decision is met on the decision day; the assignment clock then runs from it', () => {
    const p = plan(facts({ status: 'granted' }), [h('start-review', '2026-03-02'), h('decide-grant', '2026-03-06')])
    expect(p.decision!.status).toBe('met')
    expect(p.decision!.completedOn).toBe('2026-03-06')
    expect(p.assignment!.dueOn).toBe('2026-03-09')
    const after = plan(facts({ status: 'assigned' }), [h('start-review', '2026-03-02'), h('decide-grant', '2026-03-06'), h('assign', '2026-03-09')])
    expect(after.assignment!.status).toBe('met')
    expect(after['agreement-signing']!.status).toBe('open')
  })

  it('after an upheld objection the 3 days run from the grant', () => {
    const p = plan(facts({ status: 'granted' }), [
      h('start-review', '2026-03-02'),
      h('decide-refuse', '2026-03-04'),
      h('object', '2026-03-05'),
      h('objection-upheld', '2026-03-18'),
    ])
    expect(p.decision!.completedOn).toBe('2026-03-04')
    expect(p.assignment!.startsFrom).toBe('2026-03-18')
    expect(p.assignment!.dueOn).toBe('2026-03-23') // 3 days from 03-18 is Sat 03-21 → Monday 03-23
  })

  it('an accept-first case owes its papers within the configured days (default shown as default)', () => {
    const f = facts({ acceptFirst: true, owedPapers: ['身份证复印件', '经济困难承诺书'], status: 'registered' })
    const p = plan(f, [])
    expect(p['owed-papers']!.dueOn).toBe('2026-03-09')
    expect(p['owed-papers']!.basis).toContain('系统默认值')
    const configured = plan(f, [], EMPTY_SETTINGS, { days: 10, isDefault: false, source: '中心规定〔2026〕1号' })
    expect(configured['owed-papers']!.dueOn).toBe('2026-03-12')
    expect(configured['owed-papers']!.basis).toContain('中心规定〔2026〕1号')
    const partly = plan(f, [h('complete-papers', '2026-03-03', { items: ['身份证复印件'] })])
    expect(partly['owed-papers']!.status).toBe('open')
    const done = plan(f, [h('complete-papers', '2026-03-03', { items: ['身份证复印件'] }), h('complete-papers', '2026-03-05', { items: ['经济困难承诺书'] })])
    expect(done['owed-papers']!.status).toBe('met')
    expect(done['owed-papers']!.completedOn).toBe('2026-03-05')
  })

  it('a withdrawn or terminated case cancels what is still open', () => {
    const p = plan(facts({ status: 'withdrawn' }), [h('start-review', '2026-03-02'), h('withdraw', '2026-03-03')])
    expect(p.decision!.status).toBe('cancelled')
    const t = plan(facts({ status: 'terminated' }), [h('decide-grant', '2026-03-03'), h('terminate', '2026-03-04')])
    expect(t.decision!.status).toBe('met')
    expect(t.assignment!.status).toBe('cancelled')
  })

  it('closing materials are due from the day the case concluded, and met on closing', () => {
    const base = [h('decide-grant', '2026-03-03'), h('assign', '2026-03-04'), h('start-handling', '2026-03-05')]
    const open = plan(facts({ status: 'handling' }), [...base, h('report-concluded', '2026-06-01')])
    expect(open['closing-materials']!.status).toBe('open')
    expect(open['closing-materials']!.dueOn).toBe('2026-07-01')
    const closed = plan(facts({ status: 'closed' }), [...base, h('report-concluded', '2026-06-01'), h('close', '2026-06-20')])
    expect(closed['closing-materials']!.status).toBe('met')
  })
})
