/**
 * A channel is declared once (its contract entry: input, output, access, where it runs) and
 * handled once. The composition root refuses at start a channel nobody handles, one handled
 * twice, and a handler for a name no contract declares; the access table and the job routing are
 * derived from the declarations.
 */
import { join } from 'node:path'
import { channelNamesFromSource } from '../../../scripts/channel-names'
import { afterEach, describe, expect, it } from 'vitest'
import { combineHandlers, createHandlers } from '../../../electron/main/handlers'
import { JOB_CHANNELS } from '../../../electron/main/jobs/job-channels'
import { CHANNELS } from '../../../shared/ipc/channels'
import { contract } from '../../../shared/ipc/contract'
import { CHANNEL_ACCESS, isAllowed } from '../../../shared/ipc/permissions'
import { makeTestServices, type TestServices } from '../../kit/services'

let s: TestServices | null = null
afterEach(async () => {
  await s?.dispose()
  s = null
})

async function features(): Promise<Record<string, Record<string, unknown>>> {
  s = await makeTestServices({ configure: false })
  const all = createHandlers(s.ctx, s.auth) as unknown as Record<string, unknown>
  // Split the merged map back into two halves, as two features would hand them in.
  const names = Object.keys(all)
  const half = Math.floor(names.length / 2)
  return {
    first: Object.fromEntries(names.slice(0, half).map((n) => [n, all[n]])),
    second: Object.fromEntries(names.slice(half).map((n) => [n, all[n]])),
  }
}

describe('composition root', () => {
  it('serves every declared channel exactly once', async () => {
    const merged = combineHandlers(await features())
    expect(Object.keys(merged).sort()).toEqual([...CHANNELS].sort())
  })

  it('refuses to start when a declared channel has no handler, naming it', async () => {
    const { first, second } = await features()
    const rest = { ...first, ...second }
    delete rest['stats:summary']
    expect(() => combineHandlers({ all: rest })).toThrow(/no handler for stats:summary/)
  })

  it('refuses a channel handled by two features, naming both', async () => {
    const f = await features()
    expect(() => combineHandlers({ ...f, extra: { 'case:get': async () => null } })).toThrow(/case:get is handled by both \w+ and extra/)
  })

  it('refuses a handler for a name no contract declares', async () => {
    const f = await features()
    // The compiler refuses it first: a feature's map may only name declared channels.
    // @ts-expect-error 'case:delete-everything' is no channel
    expect(() => combineHandlers({ ...f, extra: { 'case:delete-everything': async () => null } })).toThrow(/extra handles case:delete-everything, which no contract declares/)
  })
})

describe('roles are checked against the channel’s declaration, in one place', () => {
  it('the dispatcher refuses a caller whose known roles the channel does not admit, before the input is read', async () => {
    s = await makeTestServices()
    const before = s.ctx.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()
    const r = await s.dispatch('subsidy-batch:pay', { batchId: 'no-such-batch', paidOn: 'not a date' }, { actor: '赵主任', via: 'electron', roles: ['director', 'admin'] })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('PERMISSION')
      expect(r.error.message).toBe('您的角色（负责人、管理员）无权执行此操作，请联系管理员')
    }
    expect(s.ctx.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before)
    // The same call by finance gets as far as the input check.
    const asFinance = await s.dispatch('subsidy-batch:pay', { batchId: 'no-such-batch', paidOn: 'not a date' }, { actor: '钱会计', via: 'electron', roles: ['finance'] })
    expect(asFinance.ok).toBe(false)
    if (!asFinance.ok) expect(asFinance.error.code).toBe('VALIDATION')
  })
})

describe('tables derived from the declarations', () => {
  it('the access table is each channel’s declared access', () => {
    for (const c of CHANNELS) expect(CHANNEL_ACCESS[c], c).toBe(contract[c].access)
    expect(isAllowed('auth:login', null)).toBe(true)
    expect(isAllowed('subsidy-batch:pay', ['finance'])).toBe(true)
    expect(isAllowed('subsidy-batch:pay', ['director', 'clerk', 'admin'])).toBe(false)
    expect(isAllowed('no:such-channel', ['admin'])).toBe(false)
    expect(isAllowed('__proto__', ['admin'])).toBe(false)
  })

  it('the job process runs exactly the channels declared to run there', () => {
    expect([...JOB_CHANNELS].sort()).toEqual(CHANNELS.filter((c) => contract[c].runsIn === 'job').sort())
    // What the job process ran before the declarations carried it (docs/architecture.md).
    expect([...JOB_CHANNELS].sort()).toEqual(
      [
        'documents:batch-start',
        'documents:batch-status',
        'finance:disclosure',
        'outreach:export',
        'outreach:import',
        'outreach:preview-import',
        'stats:export-excel',
        'stats:report-pdf',
        'stats:subsidies',
        'stats:summary',
        'subsidy-batch:export-excel',
        'subsidy-batch:payment-list',
        'subsidy-batch:vouchers-start',
        'subsidy-batch:vouchers-status',
      ].sort(),
    )
  })
})

describe("the preload's allow-list", () => {
  it('is read from the contract files and names exactly the merged contract’s channels', () => {
    const fromSource = channelNamesFromSource(join(__dirname, '../../../shared'))
    expect(new Set(fromSource).size).toBe(fromSource.length)
    expect([...fromSource].sort()).toEqual([...CHANNELS].sort())
  })
})
