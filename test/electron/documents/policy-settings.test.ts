import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Result } from '../../../shared/ipc/result'
import { makeTestServices, type TestServices } from '../../kit/services'
import { CLERK, issue, pdfText, registerCase } from './helpers'
import { value } from '../../kit/call'
import { advanceCase } from '../../kit/advance'

let s: TestServices
beforeEach(async () => {
  s = await makeTestServices({ configure: false })
  value(
    await s.dispatch(
      'settings:save',
      { centerName: '拉萨市法律援助中心', region: 'xizang', docPrefix: '拉法援', address: '拉萨市城关区某路1号', phone: '0891-6300000' },
      CLERK,
    ),
  )
})
afterEach(async () => {
  await s.dispose()
})

const approvalForm = (caseId: string) =>
  issue(s, {
    type: 'subsidy-approval',
    caseId,
    extra: { subsidyKind: 'civil', qualityGrade: 'good', decidedOn: '2026-11-20', closedOn: '2026-11-21', lawyer: { name: '次仁' }, firm: '西藏某律师事务所' },
  })

it("prices a subsidy with the center's stored policy settings (Tibet gives no amounts)", async () => {
  const c = await registerCase(s)
  await advanceCase(s, c.id, 'terminated')
  const refused = await approvalForm(c.id)
  expect(refused.ok).toBe(false)
  if (!refused.ok) {
    expect(refused.error.code).toBe('NOT_CONFIGURED')
    expect(refused.error.details?.setting).toBe('subsidy.civil')
  }
  expect(s.ctx.store.sqlite.prepare('SELECT count(*) AS n FROM issued_document').get()).toEqual({ n: 0 })

  const added = (await s.dispatch(
    'policy-settings:add',
    {
      key: 'subsidy.civil',
      region: 'xizang',
      value: { byGradeFen: { excellent: 150_000, good: 120_000, pass: 100_000, fail: 0 } },
      source: '拉萨市司法局办案补贴标准（测试值）',
      effectiveFrom: '2026-01-01',
    },
    CLERK,
  )) as Result<unknown>
  expect(added.ok).toBe(true)

  const issued = value(await approvalForm(c.id))
  const read = value((await s.dispatch('documents:read', { id: issued.document.id }, CLERK)) as Result<{ base64: string }>)
  const text = await pdfText(Buffer.from(read.base64, 'base64'))
  expect(text).toContain('¥1,200.00')
  expect(text).toContain('壹仟贰佰元整')
})
