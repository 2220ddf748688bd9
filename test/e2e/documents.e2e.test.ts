/**
 * Issuing documents from the case file, end to end: the administrator opens a case in the browser,
 * picks 开具文书 → 受理回执 and → 补充材料通知书, types the materials (one per line) and the
 * deadline date in the dialog, and issues. What was typed must reach the main process: the stored
 * document's view model lists the same materials and date (a form wrapper once dropped them, so
 * every document with a multi-line or date field failed or went out empty). The new 文号 shows in
 * the case's documents table. Real services and store, the built renderer, headless Chromium.
 */
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localDateOf, type LocalDate } from '../../shared/domain/dates'
import type { CreatedApplication } from '../../shared/intake/dto'
import type { Result } from '../../shared/ipc/result'
import { validApplication } from '../kit/services'
import { SHOTS_DIR, startE2e, type E2eEnv } from './helpers'

let env: E2eEnv
let context: BrowserContext
let page: Page
let caseId: string

const ADMIN = { username: 'wenshu', displayName: '高娃', password: 'Wenshu2026' }
const AS_SYSTEM = { actor: 'e2e', via: 'web' as const }
const TODAY = localDateOf(Date.now())

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = (await env.services.dispatch(channel, input, AS_SYSTEM)) as Result<T>
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`)
  return r.value
}

/** The stored view model of the newest document of this type for the case. */
function storedViewModel(type: string): Record<string, unknown> {
  const row = env.services.ctx.store.sqlite
    .prepare('SELECT doc_number, view_model_json FROM issued_document WHERE case_id = ? AND doc_type = ? ORDER BY issued_at_ms DESC LIMIT 1')
    .get(caseId, type) as { doc_number: string; view_model_json: string } | undefined
  if (!row) throw new Error(`no ${type} issued`)
  return { docNumber: row.doc_number, ...(JSON.parse(row.view_model_json) as Record<string, unknown>) }
}

/** After issuing, the clerk is told which unverified citations were left off; acknowledge it if shown. */
async function acknowledgeOmittedBasis(p: Page): Promise<void> {
  const notice = p.locator('.ant-modal').filter({ hasText: '部分法律依据条号待核' })
  const shown = await notice
    .waitFor({ state: 'visible', timeout: 5_000 })
    .then(() => true)
    .catch(() => false)
  if (shown) {
    await notice.getByRole('button', { name: /知道了|知 道 了/ }).click()
    await notice.waitFor({ state: 'hidden' })
  }
}

async function openIssueDialog(p: Page, label: string): Promise<Locator> {
  const section = p.locator('#section-documents')
  await section.getByRole('button', { name: /开具文书/ }).click()
  await p.getByRole('menuitem', { name: label }).click()
  const dialog = p.locator('.ant-modal').filter({ hasText: `开具${label}` })
  await dialog.waitFor()
  return dialog
}

beforeAll(async () => {
  env = await startE2e()
  await call('settings:save', { centerName: '呼和浩特市法律援助中心', region: 'nei-mongol', docPrefix: '呼法援', address: '呼和浩特市新城区某路1号', phone: '0471-1234567' })
  caseId = (await call<CreatedApplication>('application:create', validApplication({ name: '其木格', receivedOn: TODAY }))).id
  await env.services.auth.setupAdmin('e2e-setup', { username: ADMIN.username, displayName: ADMIN.displayName, password: ADMIN.password })
  context = await env.browser.newContext({ viewport: { width: 1360, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  page = await context.newPage()
  page.on('pageerror', (err) => console.error('[page error]', err.message))
  await page.goto(`${env.bridge.url}#/case/${encodeURIComponent(caseId)}`)
  await page.getByTestId('login-screen').waitFor({ timeout: 15_000 })
  await page.locator('#username').fill(ADMIN.username)
  await page.locator('#password').fill(ADMIN.password)
  await page.locator('#password').press('Enter')
  await page.locator('#section-documents').waitFor({ timeout: 15_000 })
})

afterAll(async () => {
  await context?.close().catch(() => undefined)
  await env?.close()
})

describe('案卷：开具文书（端到端）', () => {
  it('受理回执：每行一项的材料清单原样到达主进程，文号出现在文书列表中', async () => {
    const dialog = await openIssueDialog(page, '受理回执')
    await dialog.getByRole('textbox').first().fill('法律援助申请表\n居民身份证复印件\n\n劳动合同复印件')
    await dialog.getByRole('button', { name: /开具并预览/ }).click()
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 })
    await acknowledgeOmittedBasis(page)
    const vm = storedViewModel('acceptance-receipt')
    expect(JSON.stringify(vm)).toContain('劳动合同复印件')
    expect(JSON.stringify(vm)).toContain('居民身份证复印件')
    await expect.poll(() => page.locator('#section-documents').getByText(String(vm.docNumber)).count(), { timeout: 10_000 }).toBeGreaterThan(0)
    await page.screenshot({ path: join(SHOTS_DIR, '30-documents-receipt.png'), fullPage: true })
  })

  it('补充材料通知书：材料与补充期限（日期框）原样到达主进程', async () => {
    const due = addDays(TODAY as LocalDate, 10)
    // The notice follows the step 通知补充材料 (shared/documents/rules.ts); that step is not what this test is about.
    await call('workflow:transition', { caseId, action: 'request-materials', items: ['工资欠条', '银行流水'], dueOn: due })
    const dialog = await openIssueDialog(page, '补充材料通知书')
    await dialog.getByPlaceholder('工资欠条：原件或复印件').fill('工资欠条：原件或复印件\n银行流水')
    await dialog.locator('input[type=date]').fill(due)
    await dialog.getByRole('button', { name: /开具并预览/ }).click()
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 })
    await acknowledgeOmittedBasis(page)
    const vm = JSON.stringify(storedViewModel('supplement-notice'))
    expect(vm).toContain('银行流水')
    expect(vm).toContain('工资欠条')
    expect(vm).toContain(due)
  })
})
