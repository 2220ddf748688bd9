import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import type { z } from 'zod'
import type { Role } from '../../../../shared/domain/roles'
import type { FirmDto, LawyerDto } from '../../../../shared/lawyers/dto'
import { AppError } from '../../../../shared/ipc/result'
import { FirmSaveInput, LawyerSaveInput, parseSheetRow, type SheetRowIssue } from '../../../../shared/lawyers/schema'
import { FIRM_KINDS, LAWYER_KINDS, labelIn } from '../../../../shared/lawyers/roster'
import { LawyersPage } from '../../../../renderer/src/features/lawyers/components/lawyers-page'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp, type User } from '../../../kit/render'

const GRASSLAND: FirmDto = {
  id: 'f-1',
  name: '内蒙古草原律师事务所',
  kind: 'law-firm',
  kindLabel: '律师事务所',
  licenceNo: '31150000MD0123456X',
  address: '呼和浩特市赛罕区',
  contactName: '其其格',
  contactPhone: '0471-6901234',
  active: true,
  lawyerCount: 1,
}
const TOWN_OFFICE: FirmDto = {
  id: 'f-2',
  name: '白音镇法律服务所',
  kind: 'legal-service-office',
  kindLabel: '基层法律服务所',
  licenceNo: null,
  address: null,
  contactName: null,
  contactPhone: null,
  active: true,
  lawyerCount: 1,
}

const BATER: LawyerDto = {
  id: 'l-1',
  name: '巴特尔',
  kind: 'lawyer',
  kindLabel: '律师',
  firmId: 'f-1',
  firmName: GRASSLAND.name,
  licenceNo: '11501201810123456',
  practiceStart: '2018-06-01',
  specialties: ['criminal', 'labour-relation-or-pay'],
  languages: ['zh', 'mn'],
  maxOpenCases: 10,
  openCases: 10,
  minorsSuited: true,
  active: true,
  phone: '13904710001',
  knownParties: ['呼和浩特某建筑公司'],
  note: '可办理蒙汉双语案件',
  lastAssignedAtMs: Date.UTC(2026, 2, 2, 2, 0),
}
const LIU: LawyerDto = {
  id: 'l-2',
  name: '刘芳',
  kind: 'grassroots',
  kindLabel: '基层法律服务工作者',
  firmId: 'f-2',
  firmName: TOWN_OFFICE.name,
  licenceNo: '31505201510000012',
  practiceStart: '2015-03-01',
  specialties: ['civil'],
  languages: ['zh'],
  maxOpenCases: 6,
  openCases: 2,
  minorsSuited: false,
  active: false,
  phone: null,
  knownParties: [],
  note: null,
  lastAssignedAtMs: null,
}

/** Like the main process's router: the shared schema first, its issues (Chinese) back on the fields. */
function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const issues = r.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }))
  throw new AppError('VALIDATION', issues[0]?.message ?? '输入无效', { issues })
}

/** A small in-memory roster behind the fake channels, so saves show up when the list is read again. */
function roster() {
  const lawyers: LawyerDto[] = [BATER, LIU]
  const firms: FirmDto[] = [GRASSLAND, TOWN_OFFICE]
  let nextId = 3
  const handlers: FakeHandlers = {
    'lawyer:list': (input) => {
      const q = input.q ?? ''
      const rows = lawyers.filter((l) => !q || l.name.includes(q) || (l.licenceNo ?? '').includes(q) || (l.firmName ?? '').includes(q))
      return { rows, total: rows.length, page: input.page ?? 1, pageSize: input.pageSize ?? 50, tookMs: 3 }
    },
    'firm:list': () => firms,
    'lawyer:save': (input) => {
      const v = parseOrRefuse(LawyerSaveInput, input)
      const firm = firms.find((f) => f.id === v.firmId) ?? null
      const dto: LawyerDto = {
        id: v.id ?? `l-${nextId++}`,
        name: v.name,
        kind: v.kind,
        kindLabel: labelIn(LAWYER_KINDS, v.kind),
        firmId: firm?.id ?? null,
        firmName: firm?.name ?? null,
        licenceNo: v.licenceNo ?? null,
        practiceStart: v.practiceStart ?? null,
        specialties: v.specialties,
        languages: v.languages,
        maxOpenCases: v.maxOpenCases,
        openCases: 0,
        minorsSuited: v.minorsSuited,
        active: v.active,
        phone: v.phone ?? null,
        knownParties: v.knownParties,
        note: v.note ?? null,
        lastAssignedAtMs: null,
      }
      const at = lawyers.findIndex((l) => l.id === dto.id)
      if (at >= 0) lawyers[at] = dto
      else lawyers.push(dto)
      return dto
    },
    'firm:save': (input) => {
      const v = parseOrRefuse(FirmSaveInput, input)
      const dto: FirmDto = {
        id: `f-${nextId++}`,
        name: v.name,
        kind: v.kind,
        kindLabel: labelIn(FIRM_KINDS, v.kind),
        licenceNo: v.licenceNo ?? null,
        address: v.address ?? null,
        contactName: v.contactName ?? null,
        contactPhone: v.contactPhone ?? null,
        active: v.active,
        lawyerCount: 0,
      }
      firms.push(dto)
      return dto
    },
  }
  return { lawyers, firms, handlers }
}

function setup(overrides: FakeHandlers = {}, roles: Role[] = ['admin']) {
  const data = roster()
  const { api, user } = renderWithApp(<LawyersPage />, {
    api: { ...data.handlers, ...overrides },
    signedIn: { id: 'u-1', username: 'zhaomin', displayName: '赵敏', roles, active: true, mustChangePassword: false, locked: false },
  })
  return { api, user, data }
}

async function rowOf(name: string): Promise<HTMLElement> {
  const cell = await waitFor(() => {
    const hit = [...document.querySelectorAll('.ant-table-tbody td')].find((td) => td.textContent === name)
    if (!hit) throw new Error(`no row for ${name}`)
    return hit
  })
  return cell.closest('tr') as HTMLElement
}

function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')
}

function drawer(): HTMLElement {
  const el = document.querySelector<HTMLElement>('.ant-drawer-open [role="dialog"]')
  if (!el) throw new Error('drawer not open')
  return el
}

function fieldError(id: string): string {
  return document.getElementById(id)?.closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent ?? ''
}

async function pick(user: User, selectId: string, label: string): Promise<void> {
  const input = document.getElementById(selectId)
  if (!input) throw new Error(`no select #${selectId}`)
  await user.click(input)
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>(`#${selectId}_list`)]
      .map((l) => l.closest('.ant-select-dropdown'))
      .flatMap((d) => [...(d?.querySelectorAll<HTMLElement>('.ant-select-item-option') ?? [])])
      .find((o) => o.getAttribute('title') === label)
    if (!found) throw new Error(`no option ${label} in #${selectId}`)
    return found
  })
  await user.click(option)
}

const saveButton = () => within(drawer()).getByRole('button', { name: /保\s*存/ })

afterEach(() => {
  vi.restoreAllMocks()
})

describe('法律援助人员名册：列表', { timeout: 20_000 }, () => {
  it('lists each person with kind, firm, licence, specialties, languages, load, minors and status', async () => {
    const { api } = setup()
    const bater = await rowOf('巴特尔')
    expect(cells(bater)).toEqual([
      '巴特尔',
      '律师',
      '内蒙古草原律师事务所',
      '11501201810123456',
      '2018-06-01',
      'criminallabour-relation-or-pay',
      '汉语、蒙古语',
      '10/10',
      '适合',
      '在册',
    ])
    // Full (open cases at the cap): the load is shown in red.
    expect((within(bater).getByText('10/10') as HTMLElement).style.color).not.toBe('')
    const liu = await rowOf('刘芳')
    expect(cells(liu)).toEqual(['刘芳', '基层法律服务工作者', '白音镇法律服务所', '31505201510000012', '2015-03-01', 'civil', '汉语', '2/6', '', '停用'])
    expect((within(liu).getByText('2/6') as HTMLElement).style.color).toBe('')
    expect(api.callsTo('lawyer:list')).toEqual([{ page: 1, pageSize: 50 }])
  })

  it('searches by name, licence or firm, from page 1', async () => {
    const { api, user } = setup()
    await rowOf('巴特尔')
    await user.type(screen.getByPlaceholderText('姓名、执业证号或机构'), ' 白音镇 {Enter}')
    await waitFor(() => expect(screen.queryByText('巴特尔')).toBeNull())
    expect(await rowOf('刘芳')).toBeTruthy()
    expect(api.callsTo('lawyer:list')).toEqual([{ page: 1, pageSize: 50 }, { q: '白音镇', page: 1, pageSize: 50 }])
  })

  it('a refused list shows the Chinese reason', async () => {
    setup({
      'lawyer:list': () => {
        throw new AppError('INTERNAL', '内部错误，操作未完成，数据未被修改。请重试；如仍失败，请联系管理员并提供日志。')
      },
    })
    expect(await screen.findByText('加载失败')).toBeTruthy()
    expect(screen.getByText(/内部错误，操作未完成/)).toBeTruthy()
  })
})

describe('法律援助人员名册：登记与编辑', { timeout: 30_000 }, () => {
  it('a new person needs a name; a lawyer without licence, firm and start date gets the Chinese errors on those fields (all checked before sending)', async () => {
    const { api, user } = setup()
    await rowOf('巴特尔')
    await user.click(screen.getByRole('button', { name: /登记人员/ }))
    expect(within(drawer()).getByText('登记法律援助人员')).toBeTruthy()
    await user.click(saveButton())
    await waitFor(() => expect(fieldError('name')).toBe('请填写姓名'))
    expect(api.callsTo('lawyer:save')).toEqual([])

    await user.type(within(drawer()).getByLabelText('姓名'), '乌云')
    await user.click(saveButton())
    await waitFor(() => expect(fieldError('licenceNo')).toBe('律师须填写执业证号'))
    expect(fieldError('firmId')).toBe('律师须选择执业机构')
    expect(fieldError('practiceStart')).toBe('请填写执业起始日期（用于判断执业年限）')
    await waitFor(() => expect(fieldError('name')).toBe(''))
    // The shared LawyerSaveInput refuses it in the form: nothing reaches the main process.
    expect(api.callsTo('lawyer:save')).toEqual([])

    await user.type(within(drawer()).getByLabelText('执业证号'), '11501201910234567')
    await pick(user, 'firmId', '内蒙古草原律师事务所（律师事务所）')
    await user.type(within(drawer()).getByLabelText('执业起始日期'), '2019-07-01')
    await user.click(saveButton())
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(api.callsTo('lawyer:save')).toHaveLength(1)
    expect(api.callsTo('lawyer:save')[0]).toEqual({
      name: '乌云',
      kind: 'lawyer',
      firmId: 'f-1',
      licenceNo: '11501201910234567',
      practiceStart: '2019-07-01',
      languages: ['zh'],
      maxOpenCases: 10,
      active: true,
      minorsSuited: false,
      specialties: [],
      knownParties: [],
    })
    await waitFor(() => expect(document.querySelector('.ant-drawer-open')).toBeNull())
    expect(cells(await rowOf('乌云'))).toEqual(['乌云', '律师', '内蒙古草原律师事务所', '11501201910234567', '2019-07-01', '', '汉语', '0/10', '', '在册'])
  })

  it('a volunteer needs no licence or firm; the kind and languages are sent as chosen', async () => {
    const { api, user } = setup()
    await rowOf('巴特尔')
    await user.click(screen.getByRole('button', { name: /登记人员/ }))
    await user.type(within(drawer()).getByLabelText('姓名'), '斯琴')
    await pick(user, 'kind', '法律援助志愿者')
    await pick(user, 'languages', '蒙古语')
    await user.click(saveButton())
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(api.callsTo('lawyer:save')).toEqual([
      { name: '斯琴', kind: 'volunteer', languages: ['zh', 'mn'], maxOpenCases: 10, active: true, minorsSuited: false, specialties: [], knownParties: [] },
    ])
    expect(cells(await rowOf('斯琴')).slice(0, 3)).toEqual(['斯琴', '法律援助志愿者', ''])
  })

  it('editing opens the person’s record and saves it under the same id, in the shape the schema accepts', async () => {
    const { api, user } = setup()
    await user.click(within(await rowOf('巴特尔')).getByText('巴特尔'))
    expect(within(drawer()).getByText('编辑：巴特尔')).toBeTruthy()
    expect((within(drawer()).getByLabelText('执业证号') as HTMLInputElement).value).toBe('11501201810123456')
    expect((within(drawer()).getByLabelText('执业起始日期') as HTMLInputElement).value).toBe('2018-06-01')
    const max = within(drawer()).getByLabelText('最大在办案件数')
    await user.clear(max)
    await user.type(max, '12')
    await user.click(saveButton())
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(api.callsTo('lawyer:save')).toEqual([
      {
        id: 'l-1',
        name: '巴特尔',
        kind: 'lawyer',
        firmId: 'f-1',
        licenceNo: '11501201810123456',
        practiceStart: '2018-06-01',
        specialties: ['criminal', 'labour-relation-or-pay'],
        languages: ['zh', 'mn'],
        maxOpenCases: 12,
        minorsSuited: true,
        active: true,
        phone: '13904710001',
        knownParties: ['呼和浩特某建筑公司'],
        note: '可办理蒙汉双语案件',
      },
    ])
    expect(cells(await rowOf('巴特尔'))[7]).toBe('0/12')
  })

  it('a bad phone is refused in the form; a save the server refuses keeps the drawer open with its message on the field', async () => {
    const taken = '该联系电话已登记为其他人员的电话'
    const { api, user } = setup({
      'lawyer:save': () => {
        throw new AppError('CONFLICT', `联系电话 13904710009 已登记在「巴特尔」名下`, { issues: [{ path: ['phone'], message: taken }] })
      },
    })
    await user.click(within(await rowOf('刘芳')).getByText('刘芳'))
    const phone = within(drawer()).getByLabelText('联系电话')
    await user.type(phone, '12345')
    await user.click(saveButton())
    await waitFor(() => expect(fieldError('phone')).toBe('联系电话格式不正确，请填写11位手机号码或带区号的固定电话'))
    expect(api.callsTo('lawyer:save')).toEqual([])

    await user.clear(phone)
    await user.type(phone, '13904710009')
    await user.click(saveButton())
    await waitFor(() => expect(fieldError('phone')).toBe(taken))
    expect(await screen.findByText('联系电话 13904710009 已登记在「巴特尔」名下', { selector: '.ant-message *' })).toBeTruthy()
    expect(api.callsTo('lawyer:save')).toHaveLength(1)
    expect(api.callsTo('lawyer:save')[0]).toMatchObject({ id: 'l-2', phone: '13904710009' })
    expect(within(drawer()).getByText('编辑：刘芳')).toBeTruthy()
    expect(screen.queryByText('已保存')).toBeNull()
  })

  it('each opening of the drawer shows that person (or an empty form), never the one edited before', async () => {
    const { api, user } = setup()
    await user.click(within(await rowOf('巴特尔')).getByText('巴特尔'))
    expect((within(drawer()).getByLabelText('姓名') as HTMLInputElement).value).toBe('巴特尔')
    await user.click(within(drawer()).getByRole('button', { name: '关闭' }))
    await waitFor(() => expect(document.querySelector('.ant-drawer-open')).toBeNull())

    await user.click(within(await rowOf('刘芳')).getByText('刘芳'))
    expect(within(drawer()).getByText('编辑：刘芳')).toBeTruthy()
    expect((within(drawer()).getByLabelText('姓名') as HTMLInputElement).value).toBe('刘芳')
    expect((within(drawer()).getByLabelText('执业证号') as HTMLInputElement).value).toBe('31505201510000012')
    // Saving writes 刘芳's own record back, not the person shown before.
    await user.click(saveButton())
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(api.callsTo('lawyer:save')).toEqual([
      { id: 'l-2', name: '刘芳', kind: 'grassroots', firmId: 'f-2', licenceNo: '31505201510000012', practiceStart: '2015-03-01', specialties: ['civil'], languages: ['zh'], maxOpenCases: 6, minorsSuited: false, active: false, knownParties: [] },
    ])
    await waitFor(() => expect(document.querySelector('.ant-drawer-open')).toBeNull())

    await user.click(screen.getByRole('button', { name: /登记人员/ }))
    expect((within(drawer()).getByLabelText('姓名') as HTMLInputElement).value).toBe('')
    expect((within(drawer()).getByLabelText('执业证号') as HTMLInputElement).value).toBe('')
    await user.click(saveButton())
    await waitFor(() => expect(fieldError('name')).toBe('请填写姓名'))
    expect(api.callsTo('lawyer:save')).toHaveLength(1)
  })
})

describe('法律援助人员名册：执业机构', { timeout: 20_000 }, () => {
  it('lists the firms with their head counts and registers a new one', async () => {
    const { api, user } = setup()
    await rowOf('巴特尔')
    await user.click(screen.getByRole('button', { name: '执业机构' }))
    const modal = await screen.findByRole('dialog')
    expect(within(modal).getByText('内蒙古草原律师事务所（律师事务所）· 1 人 · 联系人 其其格 0471-6901234')).toBeTruthy()
    expect(within(modal).getByText(/白音镇法律服务所（基层法律服务所）· 1 人 · 联系人 —/)).toBeTruthy()

    await user.click(within(modal).getByRole('button', { name: /登记机构/ }))
    expect(await within(modal).findByText('请填写机构名称')).toBeTruthy()
    expect(api.callsTo('firm:save')).toEqual([])

    await user.type(within(modal).getByPlaceholderText('机构名称'), '锡林郭勒正义律师事务所')
    await user.type(within(modal).getByPlaceholderText('联系人'), '敖敦')
    await user.type(within(modal).getByPlaceholderText('联系电话'), '13847900002')
    await user.click(within(modal).getByRole('button', { name: /登记机构/ }))
    expect(await screen.findByText('已登记')).toBeTruthy()
    expect(api.callsTo('firm:save')).toEqual([{ name: '锡林郭勒正义律师事务所', kind: 'law-firm', contactName: '敖敦', contactPhone: '13847900002', active: true }])
    expect(await within(modal).findByText(/锡林郭勒正义律师事务所（律师事务所）· 0 人 · 联系人 敖敦 13847900002/)).toBeTruthy()
    expect((within(modal).getByPlaceholderText('机构名称') as HTMLInputElement).value).toBe('')
  })

  it('a firm with a bad phone is refused in the form with the Chinese reason, nothing is sent, and what was typed is kept', async () => {
    const { api, user } = setup()
    await rowOf('巴特尔')
    await user.click(screen.getByRole('button', { name: '执业机构' }))
    const modal = await screen.findByRole('dialog')
    await user.type(within(modal).getByPlaceholderText('机构名称'), '某律所')
    await user.type(within(modal).getByPlaceholderText('联系电话'), '12345')
    await user.click(within(modal).getByRole('button', { name: /登记机构/ }))
    expect(await screen.findByText('联系电话格式不正确，请填写11位手机号码或带区号的固定电话')).toBeTruthy()
    expect(api.callsTo('firm:save')).toEqual([])
    expect((within(modal).getByPlaceholderText('机构名称') as HTMLInputElement).value).toBe('某律所')
  })
})

describe('法律援助人员名册：Excel 导入与导出', { timeout: 20_000 }, () => {
  // Arbitrary bytes standing in for an .xlsx (a zip): includes bytes above 0x7f so the base64 must be binary-safe.
  const BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff, 0xfe, 0x80, 0xe6, 0xb3, 0x95])
  const BASE64 = Buffer.from(BYTES).toString('base64')
  const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement

  it('从 Excel 导入 opens the file chooser for .xlsx files', async () => {
    const { user } = setup()
    await rowOf('巴特尔')
    const click = vi.spyOn(fileInput(), 'click').mockImplementation(() => undefined)
    await user.click(screen.getByRole('button', { name: /从 Excel 导入/ }))
    expect(click).toHaveBeenCalledTimes(1)
    expect(fileInput().accept).toBe('.xlsx')
  })

  it('a file whose rows fail lists every row’s error in Chinese and imports nothing; closing the notice clears it', async () => {
    const { api, user } = setup({
      'lawyer:import-excel': () => {
        // The rows as the main process would parse them from the sheet.
        const rows = [
          parseSheetRow(3, { 姓名: '乌云', 人员类别: '律所', 执业机构: '内蒙古草原律师事务所', 执业证号: '11501201910234567', 执业起始日期: '2019-07-01', 最大在办案件数: '8', 适合办理未成年人案件: '否', 状态: '在册' }),
          parseSheetRow(5, { 姓名: '刘芳', 人员类别: '律师', 执业起始日期: '2019-02-30', 最大在办案件数: '', 适合办理未成年人案件: '可以', 状态: '在册', 语言: '汉语、蒙语' }),
        ]
        const issues: SheetRowIssue[] = rows.flatMap((r) => (r.ok ? [] : r.issues))
        throw new AppError('VALIDATION', `导入未完成，共 ${issues.length} 处错误，未导入任何数据。${issues[0]?.message ?? ''}`, { rowErrors: issues })
      },
    })
    await rowOf('巴特尔')
    await user.upload(fileInput(), new File([BYTES], '法律援助人员名册.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }))

    const alert = await screen.findByText('导入未完成：共 7 处错误，未导入任何数据。请改正后重新导入整个文件。')
    const box = alert.closest('.ant-alert') as HTMLElement
    expect([...box.querySelectorAll('.ant-list-item')].map((li) => li.textContent)).toEqual([
      '第3行「人员类别」：「律所」不是有效的人员类别，应为：律师、基层法律服务工作者、法律援助机构律师、法律援助志愿者',
      '第5行「语言」：「蒙语」不是有效的语言，应为：汉语、蒙古语、藏语、维吾尔语、哈萨克语、朝鲜语、壮语、手语、其他',
      '第5行「适合办理未成年人案件」：应填「是」或「否」，当前为「可以」',
      '第5行「执业起始日期」：「2019-02-30」不是有效日期，格式应为 YYYY-MM-DD',
      '第5行「最大在办案件数」：请填写最大在办案件数（整数）',
      // In the same round: what a lawyer's row lacks, though other cells are wrong too.
      '第5行「执业证号」：律师须填写执业证号',
      '第5行「执业机构」：请填写执业机构名称',
    ])
    expect(await screen.findByText(/^导入未完成，共 7 处错误，未导入任何数据。第3行/, { selector: '.ant-message *' })).toBeTruthy()
    expect(api.callsTo('lawyer:import-excel')).toEqual([{ contentBase64: BASE64 }])
    // The chooser is emptied so the same file can be chosen again after fixing it.
    expect(fileInput().value).toBe('')

    await user.click(within(box).getByRole('button', { name: /close/i }))
    await waitFor(() => expect(screen.queryByText(/导入未完成：共 7 处错误/)).toBeNull())
  })

  it('a good file reports what was created and updated and reloads the roster', async () => {
    const { api, user, data } = setup({
      'lawyer:import-excel': () => {
        data.lawyers.push({ ...LIU, id: 'l-9', name: '娜仁', active: true })
        return { rows: 3, created: 2, updated: 1, firmsCreated: 1 }
      },
    })
    await rowOf('巴特尔')
    await user.upload(fileInput(), new File([BYTES], '名册.xlsx'))
    expect(await screen.findByText('导入完成：新增 2 人，更新 1 人，新登记机构 1 个')).toBeTruthy()
    expect(await rowOf('娜仁')).toBeTruthy()
    expect(api.callsTo('lawyer:import-excel')).toEqual([{ contentBase64: BASE64 }])
    expect(screen.queryByText(/导入未完成/)).toBeNull()
    expect(api.callsTo('firm:list').length).toBeGreaterThanOrEqual(2)
  })

  it('a new file clears the previous file’s row errors', async () => {
    let bad = true
    const { user } = setup({
      'lawyer:import-excel': () => {
        if (bad) throw new AppError('VALIDATION', '导入未完成，共 1 处错误，未导入任何数据。第1行（表头）：缺少「姓名」列，请使用导出的名册模板', { rowErrors: [{ row: 1, column: '姓名', message: '第1行（表头）：缺少「姓名」列，请使用导出的名册模板' }] })
        return { rows: 1, created: 1, updated: 0, firmsCreated: 0 }
      },
    })
    await rowOf('巴特尔')
    await user.upload(fileInput(), new File([BYTES], '名册.xlsx'))
    expect(await screen.findByText('第1行（表头）：缺少「姓名」列，请使用导出的名册模板', { selector: '.ant-list-item' })).toBeTruthy()
    bad = false
    await user.upload(fileInput(), new File([BYTES], '名册-改.xlsx'))
    expect(await screen.findByText('导入完成：新增 1 人，更新 0 人，新登记机构 0 个')).toBeTruthy()
    expect(screen.queryByText(/导入未完成：共/)).toBeNull()
  })

  it('导出 Excel downloads the sheet the main process made, under its file name', async () => {
    const { api, user } = setup({
      'lawyer:export-excel': () => ({ filePath: null, fileName: '法律援助人员名册-2026-03-09.xlsx', rows: 2, contentBase64: BASE64 }),
    })
    await rowOf('巴特尔')
    const blobs: Blob[] = []
    const createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b)
      return 'blob:roster-1'
    })
    // jsdom has no object URLs: give the page stand-ins for the length of this test.
    const had = { create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'), revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL') }
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: createObjectURL })
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() })
    onTestFinished(() => {
      for (const [name, d] of [['createObjectURL', had.create], ['revokeObjectURL', had.revoke]] as const) {
        if (d) Object.defineProperty(URL, name, d)
        else Reflect.deleteProperty(URL, name)
      }
    })
    const clicked: { href: string; download: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    })
    await user.click(screen.getByRole('button', { name: /导出 Excel/ }))
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:roster-1', download: '法律援助人员名册-2026-03-09.xlsx' }]))
    expect(api.callsTo('lawyer:export-excel')).toEqual([{}])
    expect(blobs).toHaveLength(1)
    expect(new Uint8Array(await (blobs[0] as Blob).arrayBuffer())).toEqual(BYTES)
  })

  it('a refused export shows why and downloads nothing', async () => {
    const { user } = setup({
      'lawyer:export-excel': () => {
        throw new AppError('IO', '名册文件生成失败，请稍后重试')
      },
    })
    await rowOf('巴特尔')
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    await user.click(screen.getByRole('button', { name: /导出 Excel/ }))
    expect(await screen.findByText('名册文件生成失败，请稍后重试')).toBeTruthy()
    expect(click).not.toHaveBeenCalled()
  })
})

describe('法律援助人员名册：按角色显示的操作', { timeout: 20_000 }, () => {
  it('a director may export but not register, import or edit: the record opens read-only without 保存', async () => {
    const { user } = setup({}, ['director'])
    await rowOf('巴特尔')
    expect(screen.getByRole('button', { name: /导出 Excel/ })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /登记人员/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /从 Excel 导入/ })).toBeNull()
    await user.click(within(await rowOf('巴特尔')).getByText('巴特尔'))
    expect(within(drawer()).getByText('查看：巴特尔')).toBeTruthy()
    const licence = within(drawer()).getByLabelText('执业证号') as HTMLInputElement
    expect(licence.value).toBe('11501201810123456')
    expect(licence.disabled).toBe(true)
    expect(within(drawer()).queryByRole('button', { name: /保\s*存/ })).toBeNull()
    expect(within(drawer()).getByText('名册由管理员维护。')).toBeTruthy()
  })

  it('a clerk sees the roster and the firms but no export and no 登记机构', async () => {
    const { user } = setup({}, ['clerk'])
    await rowOf('巴特尔')
    expect(screen.queryByRole('button', { name: /导出 Excel/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: '执业机构' }))
    const modal = await screen.findByRole('dialog')
    expect(within(modal).getByText('内蒙古草原律师事务所（律师事务所）· 1 人 · 联系人 其其格 0471-6901234')).toBeTruthy()
    expect(within(modal).queryByRole('button', { name: /登记机构/ })).toBeNull()
  })

  it('an administrator gets every control', async () => {
    setup({}, ['admin'])
    await rowOf('巴特尔')
    for (const name of [/登记人员/, /从 Excel 导入/, /导出 Excel/]) expect(screen.getByRole('button', { name })).toBeTruthy()
  })
})
