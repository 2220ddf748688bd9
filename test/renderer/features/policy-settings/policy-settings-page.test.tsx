import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { CenterSettings } from '../../../../shared/settings/dto'
import type { PolicySettingDto, PolicySettingKeyInfo } from '../../../../shared/policy-settings/dto'
import { AppError } from '../../../../shared/ipc/result'
import { DEFAULT_SUBSIDY_FORMULA } from '../../../../shared/policy/settings'
import { PolicySettingAddInput } from '../../../../shared/policy-settings/schema'
import { PolicySettingsPage, type PolicySettingsPageProps } from '../../../../renderer/src/features/policy-settings/components/policy-settings-page'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp, type User } from '../../../kit/render'

const CENTER: CenterSettings = {
  centerName: '锡林浩特市法律援助中心',
  region: 'nei-mongol',
  docPrefix: '锡法援',
  address: '锡林浩特市额尔敦路',
  phone: '0479-8221234',
  updatedAtMs: Date.UTC(2026, 0, 5, 2, 0),
}

const KEYS: PolicySettingKeyInfo[] = [
  { key: 'hardship.minimumWageMonthlyFen', label: '最低工资标准（月，分）' },
  { key: 'hardship.minimumLivingStandardMonthlyFen.rural', label: '农村居民最低生活保障标准（月，分）' },
  { key: 'subsidy.civil', label: '民事案件办案补贴标准' },
  {
    key: 'subsidy.formula',
    label: '补贴区间内的计算公式（质量等级、阶段）',
    defaultValue: DEFAULT_SUBSIDY_FORMULA,
    defaultNote: '系统默认公式：优秀取上限、良好取中点、合格取下限；按办理阶段比例；取整到元',
  },
  { key: 'deadline.closingMaterialsDays', label: '提交结案材料的期限（日）', defaultValue: 30, defaultNote: '系统默认 30 日（程序规定条号及天数待核实）' },
  { key: 'workflow.owedPapersDays', label: '先行受理案件补办手续的期限（日）', defaultValue: 7, defaultNote: '系统默认 7 日（无法定天数，由中心确定）' },
]

// 2026-03-02 10:00 Beijing time.
const ENTERED = Date.UTC(2026, 2, 2, 2, 0)

const WAGE: PolicySettingDto = {
  id: 's-1',
  key: 'hardship.minimumWageMonthlyFen',
  label: '最低工资标准（月，分）',
  region: 'nei-mongol',
  value: 198000,
  source: '内人社发〔2024〕12号',
  effectiveFrom: '2024-12-01',
  note: '一类地区',
  enteredBy: '赵敏',
  enteredAtMs: ENTERED,
}
const RURAL: PolicySettingDto = {
  id: 's-2',
  key: 'hardship.minimumLivingStandardMonthlyFen.rural',
  label: '农村居民最低生活保障标准（月，分）',
  region: 'nei-mongol',
  value: 75050,
  source: '内民政发〔2025〕3号',
  effectiveFrom: '2025-01-01',
  note: null,
  enteredBy: '赵敏',
  enteredAtMs: ENTERED,
}
const CIVIL: PolicySettingDto = {
  id: 's-3',
  key: 'subsidy.civil',
  label: '民事案件办案补贴标准',
  region: 'nei-mongol',
  value: { minFen: 80000, maxFen: 160000 },
  source: '内财行〔2023〕45号',
  effectiveFrom: '2023-07-01',
  note: null,
  enteredBy: '赵敏',
  enteredAtMs: ENTERED,
}
const CLOSING: PolicySettingDto = {
  id: 's-4',
  key: 'deadline.closingMaterialsDays',
  label: '提交结案材料的期限（日）',
  region: 'national',
  value: 30,
  source: '中心主任办公会纪要〔2026〕1号',
  effectiveFrom: '2026-01-01',
  note: null,
  enteredBy: '李强',
  enteredAtMs: Date.UTC(2026, 0, 6, 7, 30),
}

/** Like the main process's router: the shared schema first (value included), issues in Chinese. */
function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const issues = r.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }))
  throw new AppError('VALIDATION', issues[0]?.message ?? '输入无效', { issues })
}

function setup(handlers: FakeHandlers = {}, props: PolicySettingsPageProps = {}) {
  const entries = [WAGE, RURAL, CIVIL, CLOSING]
  const { api, user } = renderWithApp(<PolicySettingsPage {...props} />, {
    api: {
      'policy-settings:list': () => ({ entries: [...entries], keys: KEYS }),
      'settings:get': () => CENTER,
      'policy-settings:add': (input) => {
        const v = parseOrRefuse(PolicySettingAddInput, input)
        const dto: PolicySettingDto = {
          id: `s-${entries.length + 1}`,
          key: v.key,
          label: KEYS.find((k) => k.key === v.key)?.label ?? v.key,
          region: v.region,
          value: v.value,
          source: v.source,
          effectiveFrom: v.effectiveFrom,
          note: v.note ?? null,
          enteredBy: '赵敏',
          enteredAtMs: Date.UTC(2026, 2, 9, 2, 30),
        }
        entries.push(dto)
        return dto
      },
      ...handlers,
    },
  })
  return { api, user }
}

const form = () => screen.getByText('录入一项设置').closest('.ant-card') as HTMLElement

function byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`no element #${id}`)
  return el as T
}

function fieldError(id: string): string {
  return document.getElementById(id)?.closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent ?? ''
}

/** The label a Select shows for its current value. */
function selected(id: string): string {
  return byId(id).closest('.ant-select')?.querySelector('.ant-select-content')?.textContent ?? ''
}

async function pick(user: User, selectId: string, label: string): Promise<void> {
  await user.click(byId(selectId))
  const option = await waitFor(() => {
    const dropdown = document.getElementById(`${selectId}_list`)?.closest('.ant-select-dropdown')
    const found = [...(dropdown?.querySelectorAll<HTMLElement>('.ant-select-item-option') ?? [])].find((o) => o.getAttribute('title') === label)
    if (!found) throw new Error(`no option ${label} in #${selectId}`)
    return found
  })
  await user.click(option)
}

async function rowOf(key: string): Promise<HTMLElement> {
  const cell = await waitFor(() => {
    const hit = [...document.querySelectorAll('.ant-table-tbody td')].find((td) => td.textContent?.includes(key))
    if (!hit) throw new Error(`no row for ${key}`)
    return hit
  })
  return cell.closest('tr') as HTMLElement
}

function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')
}

const save = (user: User) => user.click(within(form()).getByRole('button', { name: /保\s*存/ }))

describe('政策设置：列表', { timeout: 20_000 }, () => {
  it('lists each setting with its value in 元 / 日 / JSON, its region, source, effective date and who entered it', async () => {
    const { api } = setup()
    expect(cells(await rowOf('hardship.minimumWageMonthlyFen'))).toEqual([
      '最低工资标准（月，分）hardship.minimumWageMonthlyFen',
      '内蒙古自治区',
      '1,980.00 元',
      '内人社发〔2024〕12号',
      '2024-12-01',
      '赵敏 2026-03-02 10:00',
    ])
    expect(cells(await rowOf('MonthlyFen.rural'))[2]).toBe('750.50 元')
    expect(cells(await rowOf('subsidy.civil'))[2]).toBe('{"minFen":80000,"maxFen":160000}')
    expect(cells(await rowOf('deadline.closingMaterialsDays'))).toEqual([
      '提交结案材料的期限（日）deadline.closingMaterialsDays',
      '全国（法律援助法）',
      '30 日',
      '中心主任办公会纪要〔2026〕1号',
      '2026-01-01',
      '李强 2026-01-06 15:30',
    ])
    expect(screen.queryByText('待核对')).toBeNull()
    expect(api.callsTo('policy-settings:list')).toEqual([{}])
  })

  it('a refused list shows the Chinese reason and 重试 asks again', async () => {
    let fail = true
    const { api, user } = setup({
      'policy-settings:list': () => {
        if (fail) throw new AppError('PERMISSION', '您的角色无权查看政策设置', { reason: 'forbidden' })
        return { entries: [WAGE], keys: KEYS }
      },
    })
    expect(await screen.findByText('加载失败')).toBeTruthy()
    expect(screen.getByText('您的角色无权查看政策设置')).toBeTruthy()
    expect(screen.queryByText('录入一项设置')).toBeNull()
    fail = false
    await user.click(screen.getByRole('button', { name: /重\s*试/ }))
    expect(await rowOf('hardship.minimumWageMonthlyFen')).toBeTruthy()
    expect(api.callsTo('policy-settings:list')).toHaveLength(2)
  })
})

describe('政策设置：录入', { timeout: 30_000 }, () => {
  it('saves an amount in 元 as 分, with its source, effective date and note; the region defaults to the center’s', async () => {
    const { api, user } = setup()
    await rowOf('hardship.minimumWageMonthlyFen')
    await waitFor(() => expect(selected('region')).toBe('内蒙古自治区'))
    await pick(user, 'key', '最低工资标准（月，分）（hardship.minimumWageMonthlyFen）')
    await user.type(await within(form()).findByLabelText('金额（元，保存为分）'), '2100.5')
    await user.type(within(form()).getByLabelText('来源文件（文号）'), '内人社发〔2025〕8号')
    await user.type(within(form()).getByLabelText('生效日期'), '2026-01-01')
    await user.type(within(form()).getByLabelText('备注'), '一类地区，2026年调整')
    await save(user)

    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(api.callsTo('policy-settings:add')).toEqual([
      { key: 'hardship.minimumWageMonthlyFen', region: 'nei-mongol', value: 210050, source: '内人社发〔2025〕8号', effectiveFrom: '2026-01-01', note: '一类地区，2026年调整', supersede: false },
    ])
    // The list is read again and shows the new row.
    await waitFor(() => expect(screen.getAllByText('2,100.50 元')).toHaveLength(1))
    expect(api.callsTo('policy-settings:list').length).toBeGreaterThanOrEqual(2)
    // The value, source and note are cleared for the next entry; the key, region and date stay.
    expect((within(form()).getByLabelText('金额（元，保存为分）') as HTMLInputElement).value).toBe('')
    expect((within(form()).getByLabelText('来源文件（文号）') as HTMLInputElement).value).toBe('')
    expect((within(form()).getByLabelText('备注') as HTMLInputElement).value).toBe('')
    expect((within(form()).getByLabelText('生效日期') as HTMLInputElement).value).toBe('2026-01-01')
    expect(selected('key')).toBe('最低工资标准（月，分）（hardship.minimumWageMonthlyFen）')
  })

  it('nothing is sent without a setting, its source and effective date; a date in another format is refused', async () => {
    const { api, user } = setup()
    await rowOf('hardship.minimumWageMonthlyFen')
    await waitFor(() => expect(selected('region')).toBe('内蒙古自治区'))
    await save(user)
    await waitFor(() => expect(fieldError('key')).toBe('请选择设置项'))
    expect(fieldError('source')).toBe('请填写来源文件（文号）')
    expect(fieldError('effectiveFrom')).toBe('请填写生效日期')
    expect(fieldError('region')).toBe('')

    await pick(user, 'key', '提交结案材料的期限（日）（deadline.closingMaterialsDays）')
    await user.type(within(form()).getByLabelText('生效日期'), '2026/01/01')
    await save(user)
    await waitFor(() => expect(fieldError('effectiveFrom')).toBe('生效日期应为有效日期，格式 YYYY-MM-DD'))
    expect(fieldError('days')).toBe('请填写天数')
    expect(api.callsTo('policy-settings:add')).toEqual([])
  })

  it('without center settings the region must be chosen', async () => {
    const { api, user } = setup({ 'settings:get': () => null })
    await rowOf('hardship.minimumWageMonthlyFen')
    await pick(user, 'key', '先行受理案件补办手续的期限（日）（workflow.owedPapersDays）')
    await user.type(within(form()).getByLabelText('天数'), '10')
    await user.type(within(form()).getByLabelText('来源文件（文号）'), '中心主任办公会纪要〔2026〕2号')
    await user.type(within(form()).getByLabelText('生效日期'), '2026-03-01')
    await save(user)
    await waitFor(() => expect(fieldError('region')).toBe('请选择地区'))
    expect(api.callsTo('policy-settings:add')).toEqual([])

    await pick(user, 'region', '内蒙古自治区')
    await save(user)
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(api.callsTo('policy-settings:add')).toEqual([
      { key: 'workflow.owedPapersDays', region: 'nei-mongol', value: 10, source: '中心主任办公会纪要〔2026〕2号', effectiveFrom: '2026-03-01', supersede: false },
    ])
  })

  it('a setting with a system default shows the default’s note and prefills the JSON; bad JSON is refused on the field', async () => {
    const { api, user } = setup()
    await rowOf('hardship.minimumWageMonthlyFen')
    await pick(user, 'key', '补贴区间内的计算公式（质量等级、阶段）（subsidy.formula）')
    expect(await screen.findByText('系统默认公式：优秀取上限、良好取中点、合格取下限；按办理阶段比例；取整到元')).toBeTruthy()
    const json = within(form()).getByLabelText('数值（JSON）') as HTMLTextAreaElement
    expect(JSON.parse(json.value)).toEqual(DEFAULT_SUBSIDY_FORMULA)

    await user.clear(json)
    await user.click(json)
    await user.paste('{"gradePositionBps": {"excellent": 10000,')
    await user.type(within(form()).getByLabelText('来源文件（文号）'), '锡财行〔2026〕5号')
    await user.type(within(form()).getByLabelText('生效日期'), '2026-01-01')
    await save(user)
    await waitFor(() => expect(fieldError('json')).toBe('数值应为有效的 JSON'))
    expect(api.callsTo('policy-settings:add')).toEqual([])
  })

  it('a JSON value the policy schema refuses is marked on the box and nothing is sent; a correct one is sent as an object', async () => {
    const { api, user } = setup()
    await rowOf('hardship.minimumWageMonthlyFen')
    await pick(user, 'key', '民事案件办案补贴标准（subsidy.civil）')
    expect(screen.queryByText(/^系统默认/)).toBeNull()
    const json = within(form()).getByLabelText('数值（JSON）')
    await user.click(json)
    await user.paste('{"minFen":180000,"maxFen":90000}')
    await user.type(within(form()).getByLabelText('来源文件（文号）'), '内财行〔2026〕7号')
    await user.type(within(form()).getByLabelText('生效日期'), '2026-01-01')
    await save(user)
    await waitFor(() => expect(fieldError('json')).toBe('数值：下限不能高于上限'))
    expect(api.callsTo('policy-settings:add')).toEqual([])
    expect(screen.queryByText('已保存')).toBeNull()

    await user.clear(json)
    await user.click(json)
    await user.paste('{"minFen":90000,"maxFen":180000}')
    await save(user)
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(api.callsTo('policy-settings:add')[0]).toEqual({
      key: 'subsidy.civil',
      region: 'nei-mongol',
      value: { minFen: 90000, maxFen: 180000 },
      source: '内财行〔2026〕7号',
      effectiveFrom: '2026-01-01',
      supersede: false,
    })
  })

  it('a value already entered for that date is refused with the reason; 更正原值 sends it as a correction', async () => {
    const { api, user } = setup({
      'policy-settings:add': (input) => {
        if (!input.supersede) {
          throw new AppError('CONFLICT', '「最低工资标准（月，分）」在 2024-12-01 已有数值（来源：内人社发〔2024〕12号）。如需更正，请勾选「更正原值」后再保存', {
            issues: [{ path: ['effectiveFrom'], message: '该生效日期已有数值' }],
          })
        }
        return { ...WAGE, id: 's-9', value: input.value, source: input.source, enteredAtMs: Date.UTC(2026, 2, 9, 2, 30) }
      },
    })
    await rowOf('hardship.minimumWageMonthlyFen')
    await waitFor(() => expect(selected('region')).toBe('内蒙古自治区'))
    await pick(user, 'key', '最低工资标准（月，分）（hardship.minimumWageMonthlyFen）')
    await user.type(await within(form()).findByLabelText('金额（元，保存为分）'), '1990')
    await user.type(within(form()).getByLabelText('来源文件（文号）'), '内人社发〔2024〕12号（更正）')
    await user.type(within(form()).getByLabelText('生效日期'), '2024-12-01')
    await save(user)
    expect(await screen.findByText(/在 2024-12-01 已有数值（来源：内人社发〔2024〕12号）。如需更正，请勾选「更正原值」后再保存/)).toBeTruthy()
    // Nothing was cleared: the clerk only has to tick the box.
    expect((within(form()).getByLabelText('来源文件（文号）') as HTMLInputElement).value).toBe('内人社发〔2024〕12号（更正）')

    await user.click(within(form()).getByLabelText(/更正原值/))
    await save(user)
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(api.callsTo('policy-settings:add')).toEqual([
      { key: 'hardship.minimumWageMonthlyFen', region: 'nei-mongol', value: 199000, source: '内人社发〔2024〕12号（更正）', effectiveFrom: '2024-12-01', supersede: false },
      { key: 'hardship.minimumWageMonthlyFen', region: 'nei-mongol', value: 199000, source: '内人社发〔2024〕12号（更正）', effectiveFrom: '2024-12-01', supersede: true },
    ])
    expect((within(form()).getByLabelText(/更正原值/) as HTMLInputElement).checked).toBe(false)
  })

  it('opened for a missing setting (from 去录入): the setting is preselected with its amount field, and its rows are marked 待核对', async () => {
    const { api, user } = setup({}, { focusKey: 'hardship.minimumWageMonthlyFen' })
    const row = await rowOf('hardship.minimumWageMonthlyFen')
    expect(within(row).getByText('待核对')).toBeTruthy()
    expect(within(await rowOf('subsidy.civil')).queryByText('待核对')).toBeNull()
    await waitFor(() => expect(selected('key')).toBe('最低工资标准（月，分）（hardship.minimumWageMonthlyFen）'))
    await user.type(await within(form()).findByLabelText('金额（元，保存为分）'), '2100')
    await user.type(within(form()).getByLabelText('来源文件（文号）'), '内人社发〔2025〕8号')
    await user.type(within(form()).getByLabelText('生效日期'), '2026-01-01')
    await save(user)
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(api.callsTo('policy-settings:add')).toEqual([
      { key: 'hardship.minimumWageMonthlyFen', region: 'nei-mongol', value: 210000, source: '内人社发〔2025〕8号', effectiveFrom: '2026-01-01', supersede: false },
    ])
  })
})
