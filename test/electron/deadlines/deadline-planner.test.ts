import { afterEach, describe, expect, it } from 'vitest'
import { startServices } from '../../../electron/main/app-services'
import { resolveDataPaths } from '../../../electron/main/paths'
import { createDeadlinePlanner } from '../../../electron/main/deadlines/deadline-planner'
import type { DeadlineBoard } from '../../../shared/deadlines/dto'
import { fixedClock } from '../../../shared/domain/dates'
import { TEST_NOW, makeTestServices, type TestServices } from '../../kit/services'
import { call, civilApplication, register, value } from '../cases/helpers'

const count = (s: TestServices, sql: string) => (s.ctx.store.sqlite.prepare(sql).get() as { n: number }).n
const pending = (s: TestServices) => count(s, 'SELECT count(*) AS n FROM workflow_pending')
const plannedCases = (s: TestServices) => count(s, 'SELECT count(DISTINCT case_id) AS n FROM case_deadline')

let open: TestServices[] = []
afterEach(async () => {
  for (const s of open) await s.dispose()
  open = []
})
async function services(backgroundPlanning: boolean): Promise<TestServices> {
  const s = await makeTestServices({ backgroundPlanning })
  open.push(s)
  return s
}

describe('background deadline planner', () => {
  it('plans what registrations queued, in batches, until the queue is empty', async () => {
    const s = await services(false)
    for (let i = 0; i < 7; i++) await register(s, civilApplication({ receivedOn: '2026-11-16', name: `排队${i}` }))
    expect(pending(s)).toBe(7)
    expect(plannedCases(s)).toBe(0)
    const planner = createDeadlinePlanner(s.ctx, { batchSize: 3 })
    planner.kick()
    await planner.idle()
    expect(pending(s)).toBe(0)
    expect(plannedCases(s)).toBe(7)
    await planner.stop()
  })

  it('runs at start-up: a store reopened with a queue is planned without anyone opening the board', async () => {
    const first = await services(false)
    for (let i = 0; i < 5; i++) await register(first, civilApplication({ name: `启动${i}` }))
    expect(pending(first)).toBe(5)
    await first.close()
    const again = await startServices({ paths: resolveDataPaths({ argv: [`--data-dir=${first.dir}`], env: {} }), mode: 'web', clock: fixedClock(TEST_NOW), appVersion: 'test' })
    try {
      expect(again.planner).not.toBeNull()
      await again.planner!.idle()
      const left = again.ctx.store.sqlite.prepare('SELECT count(*) AS n FROM workflow_pending').get() as { n: number }
      expect(left.n).toBe(0)
      const board = value(await again.dispatch('deadlines:board', {}, { actor: 't', via: 'electron' })) as DeadlineBoard
      expect(board.pendingBacklog).toBe(0)
      expect(board.counts.overdue + board.counts.today + board.counts.thisWeek).toBe(5)
    } finally {
      await again.close()
    }
  })

  it('stops between batches: every case is either planned or still queued, never half-done', async () => {
    const s = await services(false)
    for (let i = 0; i < 9; i++) await register(s, civilApplication({ name: `停止${i}` }))
    const planner = createDeadlinePlanner(s.ctx, { batchSize: 2 })
    planner.kick()
    await planner.stop()
    const left = pending(s)
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThan(9)
    expect(plannedCases(s) + left).toBe(9)
    expect(count(s, 'SELECT count(*) AS n FROM workflow_pending p JOIN case_deadline d ON d.case_id = p.case_id')).toBe(0)
    planner.kick() // stopped: does nothing
    await planner.idle()
    expect(pending(s)).toBe(left)
  })

  it('stays away while a restore has the store closed, and comes back later', async () => {
    const s = await services(false)
    await register(s, civilApplication({ name: '恢复中' }))
    let busy = true
    const ctx = { ...s.ctx, storeControl: { get busy() { return busy }, withStoreClosed: s.ctx.storeControl!.withStoreClosed } }
    const planner = createDeadlinePlanner(ctx, { retryMs: 20 })
    planner.kick()
    await planner.idle()
    expect(pending(s)).toBe(1)
    busy = false
    await new Promise((r) => setTimeout(r, 60))
    await planner.idle()
    expect(pending(s)).toBe(0)
    await planner.stop()
  })

  it('the board plans at most a couple of hundred itself and reports the rest as still being calculated', async () => {
    const s = await services(false)
    for (let i = 0; i < 3; i++) await register(s, civilApplication({ name: `看板${i}` }))
    // Queue 500 more by hand (as a large import would): the board takes 200 of them.
    s.ctx.store.sqlite.exec(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
      INSERT INTO workflow_pending (case_id) SELECT printf('missing-%03d', i) FROM n`)
    const board = value(await call(s, 'deadlines:board', {}))
    expect(board.pendingBacklog).toBe(503 - 200)
  })
})
