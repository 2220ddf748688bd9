import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '../../../../shared/domain/roles'
import type { IssuedDocumentDto, ReprintResult } from '../../../../shared/documents/schema'
import { AppError } from '../../../../shared/ipc/result'
import { DocumentsPanel } from '../../../../renderer/src/features/documents/components/documents-panel'
import type { FakeHandlers } from '../../../kit/fake-api'
import { renderWithApp, type User } from '../../../kit/render'
import { CASE_ID, doc, issued, parseIssueInput, stubBrowserPreview, user } from './documents-fixtures'

// 2026-03-10 16:45 in Beijing time.
const VOIDED_AT = Date.UTC(2026, 2, 10, 8, 45)

const GRANT = doc({ id: 'doc-grant', type: 'grant-decision', seq: 12, issuedOn: '2026-03-09' })
const RECEIPT = doc({
  id: 'doc-receipt',
  type: 'acceptance-receipt',
  seq: 31,
  issuedOn: '2026-03-02',
  issuedBy: '李娜',
  voided: { atMs: VOIDED_AT, by: '王强', reason: '申请人姓名录错，已重新开具' },
})
const HARDSHIP = doc({ id: 'doc-hardship', type: 'hardship-declaration', seq: 7, issuedOn: '2026-03-03', missingGlyphs: ['䶮', '𠈌'] })

const GLYPHS_MESSAGE = '打印字体缺少以下字符：䶮、𠈌。这些字会打印成空白方框。请先核对姓名等用字；确认无误仍要开具的，请在确认后重新开具（之后需手写补上这些字）。'

/** The case's documents as the main process keeps them: issue and void change what the next list returns. */
function setup(handlers: FakeHandlers = {}, roles: Role[] = ['director'], initial: IssuedDocumentDto[] = [GRANT, HARDSHIP, RECEIPT]) {
  let docs = [...initial]
  return renderWithApp(<DocumentsPanel caseId={CASE_ID} />, {
    api: {
      'documents:list': () => docs,
      'documents:open': () => ({ opened: true }),
      'documents:issue': (input) => {
        const parsed = parseIssueInput(input)
        const result = issued(parsed.type, 13, { id: 'doc-new', issuedOn: '2026-03-11' })
        docs = [result.document, ...docs]
        return result
      },
      'documents:void': (input) => {
        const found = docs.find((d) => d.id === input.id)
        if (!found) throw new AppError('NOT_FOUND', '找不到该文书，可能编号有误')
        const voided = { ...found, voided: { atMs: VOIDED_AT, by: '赵敏', reason: input.reason.trim() } }
        docs = docs.map((d) => (d.id === input.id ? voided : d))
        return voided
      },
      ...handlers,
    },
    signedIn: user(roles, '赵敏'),
  })
}

async function rowOf(docNumber: string): Promise<HTMLElement> {
  const row = (await screen.findByText(docNumber)).closest('tr')
  if (!row) throw new Error(`no row for ${docNumber}`)
  return row as HTMLElement
}

async function openIssueDialog(u: User, label: string): Promise<HTMLElement> {
  await u.hover(screen.getByRole('button', { name: /开具文书/ }))
  await u.click(await screen.findByRole('menuitem', { name: label }))
  return screen.findByRole('dialog', { name: `开具${label}` })
}

/** A modal.confirm / modal.error box, by its title. */
async function confirmBox(title: string): Promise<HTMLElement> {
  const box = (await screen.findByText(title, { selector: '.ant-modal-confirm-title' })).closest('[role="dialog"]')
  if (!box) throw new Error(`no dialog titled ${title}`)
  return box as HTMLElement
}

/** Closed, or on its way out (jsdom never ends antd's leave animation, so the box stays in the page). */
function isClosing(box: HTMLElement): boolean {
  return !box.isConnected || box.classList.contains('ant-zoom-leave')
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('案卷：文书列表', () => {
  it('lists the case’s documents: 文号, title, date in Chinese, who issued, and valid / voided / missing-glyph state', async () => {
    const { api } = setup()
    const grant = await rowOf('呼法援援〔2026〕12号')
    expect(api.callsTo('documents:list')).toEqual([{ caseId: CASE_ID }])
    expect(within(grant).getByText('给予法律援助决定书')).toBeTruthy()
    expect(within(grant).getByText('2026年3月9日')).toBeTruthy()
    expect(within(grant).getByText('张丽')).toBeTruthy()
    expect(within(grant).getByText('有效')).toBeTruthy()
    expect((within(grant).getByRole('button', { name: /作废/ }) as HTMLButtonElement).disabled).toBe(false)

    const receipt = await rowOf('呼法援受〔2026〕31号')
    expect(within(receipt).getByText('受理回执')).toBeTruthy()
    expect(within(receipt).getByText('2026年3月2日')).toBeTruthy()
    expect(within(receipt).getByText('李娜')).toBeTruthy()
    // The number stays visible, struck through; who voided it, when and why is on the tag.
    expect(within(receipt).getByText('呼法援受〔2026〕31号').closest('del')).not.toBeNull()
    expect(within(grant).getByText('呼法援援〔2026〕12号').closest('del')).toBeNull()
    const tag = within(receipt).getByText('已作废')
    expect(tag.getAttribute('title')).toBe('2026-03-10 16:45 王强：申请人姓名录错，已重新开具')
    expect((within(receipt).getByRole('button', { name: /作废/ }) as HTMLButtonElement).disabled).toBe(true)
    expect((within(receipt).getByRole('button', { name: /重新打印/ }) as HTMLButtonElement).disabled).toBe(false)

    const hardship = await rowOf('呼法援承〔2026〕7号')
    expect(within(hardship).getByText('经济困难状况承诺书')).toBeTruthy()
    expect(within(hardship).getByText('有缺字').getAttribute('title')).toBe('缺字：䶮、𠈌')
  }, 15_000)

  it('a case without documents says 尚未开具文书', async () => {
    const { api } = setup({}, ['director'], [])
    expect(await screen.findByText('尚未开具文书')).toBeTruthy()
    expect(api.callsTo('documents:list')).toEqual([{ caseId: CASE_ID }])
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByText(/呼法援/)).toBeNull()
  })

  it('a list the main process refuses shows its message', async () => {
    setup({
      'documents:list': () => {
        throw new AppError('NOT_FOUND', '找不到该案件，可能已被合并或编号有误')
      },
    })
    expect(await screen.findByText('找不到该案件，可能已被合并或编号有误')).toBeTruthy()
    expect(screen.getByText('尚未开具文书')).toBeTruthy()
  })
})

describe('案卷：开具文书', () => {
  it('the menu offers every per-case type in Chinese, not the monthly 补贴发放汇总表', async () => {
    const { user: u } = setup()
    await u.hover(screen.getByRole('button', { name: /开具文书/ }))
    const menu = await screen.findByRole('menu')
    expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      '受理回执',
      '补充材料通知书',
      '经济困难状况承诺书',
      '给予法律援助决定书',
      '不予法律援助决定书',
      '指派通知书',
      '法律援助公函',
      '终止法律援助决定书',
      '补贴审批表',
      '补贴发放凭证',
    ])
  })

  it('issues a 给予决定书: required fields first, then the exact input; the new number is announced, listed and previewed', async () => {
    const { api, user: u } = setup()
    await rowOf('呼法援援〔2026〕12号')
    const dialog = await openIssueDialog(u, '给予法律援助决定书')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
    expect(await within(dialog).findByText('请填写审查意见')).toBeTruthy()
    expect(within(dialog).getByText('请填写援助形式')).toBeTruthy()
    expect(api.callsTo('documents:issue')).toEqual([])

    await u.type(within(dialog).getByLabelText('审查意见'), '申请人因用人单位拖欠工资申请法律援助，经审查符合条件。')
    await u.type(within(dialog).getByLabelText('援助形式'), '劳动争议仲裁代理')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))

    expect(await screen.findByText('已开具 呼法援援〔2026〕13号')).toBeTruthy()
    expect(api.callsTo('documents:issue')).toEqual([
      {
        type: 'grant-decision',
        caseId: CASE_ID,
        extra: { findings: '申请人因用人单位拖欠工资申请法律援助，经审查符合条件。', aidForm: '劳动争议仲裁代理' },
        allowMissingGlyphs: false,
      },
    ])
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(api.callsTo('documents:open')).toEqual([{ id: 'doc-new' }])
    const row = await rowOf('呼法援援〔2026〕13号')
    expect(within(row).getByText('2026年3月11日')).toBeTruthy()
    expect(api.callsTo('documents:list').length).toBeGreaterThanOrEqual(2)
  }, 20_000)

  it('after issuing, the citations left off for want of verified article numbers are listed in a notice', async () => {
    const omitted = ['《中华人民共和国法律援助法》第三十一条', '《内蒙古自治区法律援助条例》第十二条']
    const { user: u } = setup(
      {
        'documents:issue': (input) => {
          const parsed = parseIssueInput(input)
          return { ...issued(parsed.type, 13, { id: 'doc-new', issuedOn: '2026-03-11' }), omittedUnverifiedBasis: omitted }
        },
      },
      ['clerk'],
    )
    await rowOf('呼法援援〔2026〕12号')
    const dialog = await openIssueDialog(u, '给予法律援助决定书')
    await u.type(within(dialog).getByLabelText('审查意见'), '经审查符合条件。')
    await u.type(within(dialog).getByLabelText('援助形式'), '劳动争议仲裁代理')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
    const box = await confirmBox('部分法律依据条号待核，未印在文书上')
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual(omitted)
    expect(within(box).getByText(/呼法援援〔2026〕13号 的法律依据中/)).toBeTruthy()
  }, 20_000)

  it('no notice when every citation was printed', async () => {
    const { user: u } = setup({}, ['clerk'])
    await rowOf('呼法援援〔2026〕12号')
    const dialog = await openIssueDialog(u, '给予法律援助决定书')
    await u.type(within(dialog).getByLabelText('审查意见'), '经审查符合条件。')
    await u.type(within(dialog).getByLabelText('援助形式'), '劳动争议仲裁代理')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
    expect(await screen.findByText('已开具 呼法援援〔2026〕13号')).toBeTruthy()
    expect(screen.queryByText('部分法律依据条号待核，未印在文书上')).toBeNull()
  }, 20_000)

  it('生僻字: the refusal lists the characters; 确认无误，仍然开具 retries the same input with allowMissingGlyphs', async () => {
    const { api, user: u } = setup({
      'documents:issue': (input) => {
        const parsed = parseIssueInput(input)
        if (!parsed.allowMissingGlyphs) throw new AppError('POLICY_VIOLATION', GLYPHS_MESSAGE, { missingGlyphs: ['䶮', '𠈌'] })
        return issued(parsed.type, 32, { id: 'doc-receipt-2', missingGlyphs: ['䶮', '𠈌'] })
      },
    })
    await rowOf('呼法援援〔2026〕12号')
    const dialog = await openIssueDialog(u, '受理回执')
    await u.type(within(dialog).getByLabelText('收到的材料（每行一项）'), '法律援助申请表{Enter}  {Enter}居民身份证复印件 ')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))

    const confirm = await confirmBox('打印字体缺少部分汉字')
    expect(within(confirm).getByText('䶮、𠈌')).toBeTruthy()
    expect(within(confirm).getByText(/会打印成空白方框/)).toBeTruthy()
    expect(within(confirm).getByText(/打印后请在空白处手写补上/)).toBeTruthy()
    const first = { type: 'acceptance-receipt', caseId: CASE_ID, extra: { materials: ['法律援助申请表', '居民身份证复印件'] } }
    expect(api.callsTo('documents:issue')).toEqual([{ ...first, allowMissingGlyphs: false }])
    expect(api.callsTo('documents:open')).toEqual([])

    await u.click(within(confirm).getByRole('button', { name: '确认无误，仍然开具' }))
    expect(await screen.findByText('已开具 呼法援受〔2026〕32号')).toBeTruthy()
    expect(api.callsTo('documents:issue')).toEqual([
      { ...first, allowMissingGlyphs: false },
      { ...first, allowMissingGlyphs: true },
    ])
    await waitFor(() => expect(api.callsTo('documents:open')).toEqual([{ id: 'doc-receipt-2' }]))
    await waitFor(() => expect(isClosing(confirm)).toBe(true))
    expect(screen.queryByText('开具受理回执')).toBeNull()
  }, 20_000)

  it('生僻字: 返回修改 sends nothing more and keeps the dialog with what was typed', async () => {
    const { api, user: u } = setup({
      'documents:issue': () => {
        throw new AppError('POLICY_VIOLATION', GLYPHS_MESSAGE, { missingGlyphs: ['䶮'] })
      },
    })
    await rowOf('呼法援援〔2026〕12号')
    const dialog = await openIssueDialog(u, '给予法律援助决定书')
    await u.type(within(dialog).getByLabelText('审查意见'), '符合法律援助条件')
    await u.type(within(dialog).getByLabelText('援助形式'), '民事诉讼代理')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
    const confirm = await confirmBox('打印字体缺少部分汉字')
    expect(within(confirm).getByText('䶮')).toBeTruthy()
    await u.click(within(confirm).getByRole('button', { name: '返回修改' }))
    await waitFor(() => expect(isClosing(confirm)).toBe(true))

    expect(api.callsTo('documents:issue')).toHaveLength(1)
    expect(dialog.isConnected).toBe(true)
    expect(within(dialog).getByText('开具给予法律援助决定书')).toBeTruthy()
    expect((within(dialog).getByLabelText('审查意见') as HTMLTextAreaElement).value).toBe('符合法律援助条件')
    expect(within(dialog).queryByRole('alert')).toBeNull()
  }, 20_000)

  it('any other refusal is shown in the dialog in Chinese; the dialog stays open and nothing is previewed', async () => {
    const { api, user: u } = setup({
      'documents:issue': () => {
        throw new AppError('NOT_CONFIGURED', '尚未设置本中心的文号前缀，请管理员在「中心设置」中填写后再开具文书', { setting: 'docNumberPrefix' })
      },
    })
    await rowOf('呼法援援〔2026〕12号')
    const dialog = await openIssueDialog(u, '受理回执')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
    expect(await within(dialog).findByText('尚未设置本中心的文号前缀，请管理员在「中心设置」中填写后再开具文书')).toBeTruthy()
    expect(api.callsTo('documents:issue')).toEqual([{ type: 'acceptance-receipt', caseId: CASE_ID, extra: { materials: [] }, allowMissingGlyphs: false }])
    expect(api.callsTo('documents:open')).toEqual([])
    expect(screen.getByRole('dialog', { name: '开具受理回执' })).toBeTruthy()
    expect(screen.queryAllByText('打印字体缺少部分汉字')).toEqual([])
  }, 20_000)

  it('issued but the preview fails: the document is listed and the preview’s error is still shown', async () => {
    const { api, user: u } = setup({
      'documents:open': () => {
        throw new AppError('IO', '无法打开预览窗口，请在文书列表中点「预览」重试')
      },
    })
    await rowOf('呼法援援〔2026〕12号')
    const dialog = await openIssueDialog(u, '受理回执')
    await u.click(within(dialog).getByRole('button', { name: /开具并预览/ }))
    expect(await screen.findByText('已开具 呼法援受〔2026〕13号')).toBeTruthy()
    expect(await screen.findByText('无法打开预览窗口，请在文书列表中点「预览」重试')).toBeTruthy()
    expect(api.callsTo('documents:open')).toEqual([{ id: 'doc-new' }])
    expect(await rowOf('呼法援受〔2026〕13号')).toBeTruthy()
  }, 20_000)

  it('取消 closes the dialog without sending anything', async () => {
    const { api, user: u } = setup()
    await rowOf('呼法援援〔2026〕12号')
    const dialog = await openIssueDialog(u, '补充材料通知书')
    await u.type(within(dialog).getByLabelText(/需补充的材料/), '工资欠条')
    await u.click(within(dialog).getByRole('button', { name: /取\s*消/ }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(api.callsTo('documents:issue')).toEqual([])
  }, 20_000)
})

describe('案卷：作废', () => {
  it('needs a reason of at least two characters; then voids, says the number stays used, and the row shows 已作废', async () => {
    const { api, user: u } = setup()
    const row = await rowOf('呼法援援〔2026〕12号')
    await u.click(within(row).getByRole('button', { name: /作废/ }))
    const dialog = await screen.findByRole('dialog', { name: '作废 呼法援援〔2026〕12号' })
    expect(within(dialog).getByText(/其文号不再使用/)).toBeTruthy()
    const confirm = within(dialog).getByRole('button', { name: /确认作废/ }) as HTMLButtonElement
    expect(confirm.disabled).toBe(true)
    const reason = within(dialog).getByPlaceholderText('请写明作废原因（必填）')
    await u.type(reason, ' 错 ')
    expect(confirm.disabled).toBe(true)
    await u.click(confirm)
    expect(api.callsTo('documents:void')).toEqual([])

    await u.clear(reason)
    await u.type(reason, '援助形式写错，重新开具')
    expect(confirm.disabled).toBe(false)
    await u.click(confirm)
    expect(await screen.findByText('已作废。文号保留，不会再用于其他文书。')).toBeTruthy()
    expect(api.callsTo('documents:void')).toEqual([{ id: 'doc-grant', reason: '援助形式写错，重新开具' }])
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await waitFor(() => expect(within(row).queryByText('已作废')).not.toBeNull())
    expect(within(row).getByText('已作废').getAttribute('title')).toBe('2026-03-10 16:45 赵敏：援助形式写错，重新开具')
    expect((within(row).getByRole('button', { name: /作废/ }) as HTMLButtonElement).disabled).toBe(true)
    expect(within(row).getByText('呼法援援〔2026〕12号').closest('del')).not.toBeNull()
  }, 20_000)

  it('a clerk gets no 作废 button (only 负责人、管理员 may void); the document and its state stay listed', async () => {
    const { api } = setup({}, ['clerk'])
    const row = await rowOf('呼法援援〔2026〕12号')
    expect(within(row).getByText('有效')).toBeTruthy()
    expect(within(row).queryByRole('button', { name: /作废/ })).toBeNull()
    expect(within(row).getByRole('button', { name: /预\s?览/ })).toBeTruthy()
    expect(within(row).getByRole('button', { name: /重新打印/ })).toBeTruthy()
    expect(api.callsTo('documents:void')).toEqual([])
  }, 20_000)

  it('a void the main process refuses for another reason shows its message in the dialog and the row stays valid', async () => {
    const refusal = '该文书已被作废，不能重复作废'
    const { api, user: u } = setup(
      {
        'documents:void': () => {
          throw new AppError('CONFLICT', refusal)
        },
      },
      ['admin'],
    )
    const row = await rowOf('呼法援援〔2026〕12号')
    await u.click(within(row).getByRole('button', { name: /作废/ }))
    const dialog = await screen.findByRole('dialog', { name: '作废 呼法援援〔2026〕12号' })
    await u.type(within(dialog).getByPlaceholderText('请写明作废原因（必填）'), '开错了')
    await u.click(within(dialog).getByRole('button', { name: /确认作废/ }))
    expect(await within(dialog).findByText(refusal)).toBeTruthy()
    expect(api.callsTo('documents:void')).toEqual([{ id: 'doc-grant', reason: '开错了' }])
    expect(within(row).getByText('有效')).toBeTruthy()
  }, 20_000)
})

describe('案卷：预览与重新打印', () => {
  const reprintOf = (over: Partial<ReprintResult>) => (input: { id: string }): ReprintResult => ({
    document: [GRANT, HARDSHIP, RECEIPT].find((d) => d.id === input.id) ?? GRANT,
    source: 'stored-file',
    sha256Matches: true,
    opened: true,
    ...over,
  })

  it('预览 in Electron asks the main process to open its preview window, and nothing else', async () => {
    const { api, user: u } = setup()
    await u.click(within(await rowOf('呼法援承〔2026〕7号')).getByRole('button', { name: /^预\s*览$/ }))
    await waitFor(() => expect(api.callsTo('documents:open')).toEqual([{ id: 'doc-hardship' }]))
    expect(api.callsTo('documents:read')).toEqual([])
  }, 15_000)

  it('预览 in browser mode opens a tab and fills it with the stored PDF’s bytes', async () => {
    const pdf = '%PDF-1.7 呼法援'
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(pdf)))
    const preview = stubBrowserPreview()
    const { api, user: u } = setup({
      'documents:open': () => ({ opened: false }),
      'documents:read': () => ({ fileName: '受理回执 呼法援受〔2026〕31号.pdf', mime: 'application/pdf', bytes: 20, base64 }),
    })
    await u.click(within(await rowOf('呼法援受〔2026〕31号')).getByRole('button', { name: /^预\s*览$/ }))
    await waitFor(() => expect(preview.tab.location.href).toBe('blob:legalaid/1'))
    expect(api.callsTo('documents:open')).toEqual([{ id: 'doc-receipt' }])
    expect(api.callsTo('documents:read')).toEqual([{ id: 'doc-receipt' }])
    expect(preview.open).toHaveBeenCalledWith('', '_blank')
    expect(preview.blobs[0]?.type).toBe('application/pdf')
    expect(new TextDecoder().decode(await preview.blobs[0]!.arrayBuffer())).toBe(pdf)
  }, 15_000)

  it('a preview that fails says why in Chinese', async () => {
    const { user: u } = setup({
      'documents:open': () => {
        throw new AppError('NOT_FOUND', '存档文件缺失：documents/2026/grant-decision/12.pdf，请使用「重新打印」恢复')
      },
    })
    await u.click(within(await rowOf('呼法援援〔2026〕12号')).getByRole('button', { name: /^预\s*览$/ }))
    expect(await screen.findByText('存档文件缺失：documents/2026/grant-decision/12.pdf，请使用「重新打印」恢复')).toBeTruthy()
  }, 15_000)

  it('重新打印 of an intact file: the main process opened it, so no second preview and no warning', async () => {
    const { api, user: u } = setup({ 'documents:reprint': reprintOf({}) })
    await u.click(within(await rowOf('呼法援援〔2026〕12号')).getByRole('button', { name: /重新打印/ }))
    await waitFor(() => expect(api.callsTo('documents:reprint')).toEqual([{ id: 'doc-grant' }]))
    await waitFor(() => expect(api.callsTo('documents:list').length).toBeGreaterThanOrEqual(2))
    expect(api.callsTo('documents:open')).toEqual([])
    expect(screen.queryByRole('dialog')).toBeNull()
  }, 15_000)

  it('重新打印 in browser mode (not opened by the main process) previews the same document', async () => {
    const preview = stubBrowserPreview()
    const { api, user: u } = setup({
      'documents:reprint': reprintOf({ opened: false }),
      'documents:open': () => ({ opened: false }),
      'documents:read': () => ({ fileName: 'x.pdf', mime: 'application/pdf', bytes: 4, base64: btoa('%PDF') }),
    })
    await u.click(within(await rowOf('呼法援援〔2026〕12号')).getByRole('button', { name: /重新打印/ }))
    await waitFor(() => expect(preview.tab.location.href).toBe('blob:legalaid/1'))
    expect(api.callsTo('documents:reprint')).toEqual([{ id: 'doc-grant' }])
    expect(api.callsTo('documents:read')).toEqual([{ id: 'doc-grant' }])
  }, 15_000)

  it('重新打印 that had to restore the archived file says so', async () => {
    const warning = '存档文件缺失，已按开具时的数据重新生成（与开具时的哈希一致）并恢复存档。'
    const { user: u } = setup({ 'documents:reprint': reprintOf({ source: 're-rendered', warning }) })
    await u.click(within(await rowOf('呼法援援〔2026〕12号')).getByRole('button', { name: /重新打印/ }))
    const box = await confirmBox('已恢复存档文件')
    expect(within(box).getByText(warning)).toBeTruthy()
  }, 15_000)

  it('重新打印 whose rebuilt file does not match the record: an error, and the file is not previewed as the original', async () => {
    const warning =
      '存档文件已被改动，且按开具时的数据重新生成的文件与开具时的哈希不一致（可能是字体或程序版本变化）。请勿将其作为原件使用，并联系管理员从备份恢复 documents/2026/grant-decision/12.pdf。'
    const { api, user: u } = setup({ 'documents:reprint': reprintOf({ source: 're-rendered', sha256Matches: false, opened: false, warning }) })
    await u.click(within(await rowOf('呼法援援〔2026〕12号')).getByRole('button', { name: /重新打印/ }))
    const box = await confirmBox('存档文件与开具记录不一致')
    expect(within(box).getByText(warning)).toBeTruthy()
    expect(api.callsTo('documents:open')).toEqual([])
    expect(api.callsTo('documents:read')).toEqual([])
  }, 15_000)

  it('重新打印 that fails shows the Chinese message', async () => {
    const { user: u } = setup({
      'documents:reprint': () => {
        throw new AppError('NOT_FOUND', '找不到该文书，可能编号有误')
      },
    })
    await u.click(within(await rowOf('呼法援援〔2026〕12号')).getByRole('button', { name: /重新打印/ }))
    expect(await screen.findByText('找不到该文书，可能编号有误')).toBeTruthy()
  }, 15_000)
})
