import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadCenterPolicySettings } from '../../../electron/main/policy-settings/policy-settings-service'
import type { DutyShiftDto } from '../../../shared/duty/dto'
import { computeSubsidy, countWorkingDays, dayInfo } from '../../../shared/policy'
import type { LocalDate } from '../../../shared/domain/dates'
import type { Input } from '../../../shared/ipc/contract'
import { makeTestServices, type TestServices } from '../../kit/services'
import { addFirm, addLawyer, error, rows } from '../cases/helpers'
import { DIRECTOR, FINANCE, call, value, waitForVouchers } from './helpers'

let s: TestServices
let firm: string
let wang: string
let li: string

beforeEach(async () => {
  s = await makeTestServices()
  firm = await addFirm(s)
  wang = await addLawyer(s, { name: '王值班', kind: 'lawyer', firmId: firm, licenceNo: '11501201210011', practiceStart: '2012-01-01', specialties: ['criminal'] })
  li = await addLawyer(s, { name: '李值班', kind: 'lawyer', firmId: firm, licenceNo: '11501201310012', practiceStart: '2013-01-01', specialties: ['criminal'] })
})
afterEach(async () => {
  await s.dispose()
})

async function shift(postId: string, lawyerId: string, shiftDate: string, status: Input<'duty:shift-save'>['status'] = 'served'): Promise<DutyShiftDto> {
  return value(await call(s, 'duty:shift-save', { postId, lawyerId, shiftDate, status }))
}

describe('duty lawyers', () => {
  it('sums served shifts per month on the holiday calendar (2026-10: 国庆 and a make-up Saturday) and pays them', async () => {
    const court = value(await call(s, 'duty:post-save', { name: '新城区人民法院值班室', kind: 'court' }))
    const jail = value(await call(s, 'duty:post-save', { name: '呼和浩特市第一看守所', kind: 'detention-center' }))
    expect(error(await call(s, 'duty:post-save', { name: '新城区人民法院值班室', kind: 'court' })).code).toBe('CONFLICT')

    // 10-01 国庆 (holiday), 10-09 Friday, 10-10 make-up Saturday, 10-11 Sunday, 10-12 Monday.
    const dates = ['2026-10-01', '2026-10-09', '2026-10-10', '2026-10-11', '2026-10-12'] as LocalDate[]
    const served: DutyShiftDto[] = []
    for (const [i, d] of dates.entries()) served.push(await shift(i % 2 ? court.id : jail.id, wang, d))
    await shift(court.id, wang, '2026-10-13', 'absent')
    await shift(court.id, li, '2026-10-14')
    await shift(court.id, li, '2026-11-02') // next month: not in October's statement
    const clash = error(await call(s, 'duty:shift-save', { postId: court.id, lawyerId: wang, shiftDate: '2026-10-12', status: 'scheduled' }))
    expect(clash.code).toBe('CONFLICT')
    expect(clash.message).toContain('同一天只能在一个岗位')
    expect(error(await call(s, 'duty:service-add', { shiftId: (await shift(court.id, li, '2026-12-01', 'scheduled')).id, kind: 'consultation', count: 1 })).code).toBe('CONFLICT')

    value(await call(s, 'duty:service-add', { shiftId: served[1]!.id, kind: 'plea-witness', count: 3, note: '见证认罪认罚具结书签署' }))
    value(await call(s, 'duty:service-add', { shiftId: served[2]!.id, kind: 'consultation', count: 5 }))
    value(await call(s, 'duty:service-add', { shiftId: served[4]!.id, kind: 'plea-witness', count: 2 }))

    const statements = value(await call(s, 'duty:statement', { period: '2026-10' }))
    expect(statements.map((x) => x.lawyerName).sort()).toEqual(['李值班', '王值班'].sort())
    const st = statements.find((x) => x.lawyerId === wang)!
    expect(st.calendarWorkingDays).toBe(countWorkingDays('2026-10-01' as LocalDate, '2026-10-31' as LocalDate))
    expect(st.makeupWorkdays).toBe(1)
    expect(st.calendarHolidays).toBe(7)
    const counted = dates.filter((d) => dayInfo(d).working)
    expect(st.servedDays.map((d) => [d.date, d.kind, d.counted])).toEqual(dates.map((d) => [d, dayInfo(d).kind, dayInfo(d).working]))
    expect(st.servedDays.find((d) => d.date === '2026-10-10')).toMatchObject({ kind: 'makeup-workday', counted: true })
    expect(st.servedDays.find((d) => d.date === '2026-10-01')).toMatchObject({ kind: 'holiday', counted: false, holidayName: '国庆节' })
    expect(st.countedDays).toBe(counted.length)
    expect(st.restDaysServed).toBe(dates.length - counted.length)
    expect(st.services).toEqual(expect.arrayContaining([{ kind: 'plea-witness', kindLabel: '认罪认罚具结书签署见证', count: 5 }, { kind: 'consultation', kindLabel: '法律咨询', count: 5 }]))

    const engine = computeSubsidy({ region: 'nei-mongol', kind: 'duty-lawyer', decidedOn: '2026-10-01' as LocalDate, qualityGrade: 'pass', dutyDays: counted.length }, await loadCenterPolicySettings(s.ctx.db))
    if (!engine.ok) throw new Error(engine.error.message)
    expect(st.amount).toMatchObject({ unitFen: engine.value.unitFen, totalFen: engine.value.totalFen })

    // The month is saved as a claim, approved by the director and paid in a batch.
    expect(error(await call(s, 'duty:statement-save', { period: '2026-11', lawyerId: li })).code).toBe('VALIDATION') // month not over
    const saved = value(await call(s, 'duty:statement-save', { period: '2026-10', lawyerId: wang }))
    expect(saved.claimStatus).toBe('computed')
    const approved = value(await call(s, 'subsidy:approve', { claimId: saved.claimId! }, DIRECTOR))
    expect(approved).toMatchObject({ source: 'duty', dutyDays: counted.length, totalFen: engine.value.totalFen })
    const batch = value(await call(s, 'subsidy-batch:create', { period: '2026-11' }, FINANCE))
    expect(batch.rows[0]!.note).toContain(`${counted.length} 个工作日`)
    value(await call(s, 'subsidy-batch:approve', { batchId: batch.id }, DIRECTOR))
    value(await call(s, 'subsidy-batch:pay', { batchId: batch.id, paidOn: '2026-11-23' }, FINANCE))
    const job = await waitForVouchers(s, batch.id)
    expect(job.state).toBe('done')
    const vm = JSON.parse(rows(s, 'SELECT d.view_model_json FROM subsidy_entry e JOIN issued_document d ON d.id = e.voucher_doc_id WHERE e.batch_id = ?', batch.id)[0].view_model_json)
    expect(vm.totalFen).toBe(engine.value.totalFen)

    // A shift found later: the paid month is corrected with new entries, not changed.
    await shift(jail.id, wang, '2026-10-15')
    expect(error(await call(s, 'duty:statement-save', { period: '2026-10', lawyerId: wang })).code).toBe('CONFLICT')
    const corrected = value(await call(s, 'subsidy:correct', { claimId: saved.claimId!, reason: '补登 10月15日 值班' }, DIRECTOR))
    const more = computeSubsidy({ region: 'nei-mongol', kind: 'duty-lawyer', decidedOn: '2026-10-01' as LocalDate, qualityGrade: 'pass', dutyDays: counted.length + 1 }, await loadCenterPolicySettings(s.ctx.db))
    if (!more.ok) throw new Error(more.error.message)
    expect(corrected.entries.map((e) => [e.kind, e.amountFen])).toEqual([
      ['original', engine.value.totalFen],
      ['reversal', -engine.value.totalFen],
      ['replacement', more.value.totalFen],
    ])
  })

  it('says which setting is missing where the region gives no duty standard', async () => {
    value(await call(s, 'settings:save', { centerName: '拉萨市法律援助中心', region: 'xizang', docPrefix: '拉法援', address: '拉萨市城关区某路1号', phone: '0891-1234567' }))
    const post = value(await call(s, 'duty:post-save', { name: '城关区看守所', kind: 'detention-center' }))
    await shift(post.id, wang, '2026-10-12')
    const [st] = value(await call(s, 'duty:statement', { period: '2026-10', lawyerId: wang }))
    expect(st!.countedDays).toBe(1)
    expect(st!.amount).toBeNull()
    expect(st!.amountError).toMatchObject({ code: 'NOT_CONFIGURED', setting: 'subsidy.duty-lawyer' })
    const refused = error(await call(s, 'duty:statement-save', { period: '2026-10', lawyerId: wang }))
    expect(refused.code).toBe('NOT_CONFIGURED')
    expect(refused.details?.setting).toBe('subsidy.duty-lawyer')
  })
})
