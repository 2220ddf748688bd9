/**
 * A new center's first morning, end to end: the first run creates the administrator, who sets
 * up the center and registers an application (first with a mistyped ID number, which must be
 * refused with a Chinese message on the 证件号码 field and leave nothing saved), finds it by
 * pinyin initials and opens its case file in a new tab (same browser, same login). Then logins
 * and roles: a wrong password, a clerk account made by the administrator (who must change the
 * initial password, cannot see 设置 and is refused settings:save even when calling it from the
 * page directly), and the idle lock, which keeps an unsaved form.
 * Real services and store (temp data dir), the built renderer, headless Chromium.
 */
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDateOf } from '../../shared/domain/dates'
import type { CaseListRow } from '../../shared/cases/case-file'
import type { Page as ResultPage } from '../../shared/ipc/page'
import type { Result } from '../../shared/ipc/result'
import { makeResidentId, SHOTS_DIR, startE2e, type E2eEnv } from './helpers'

let env: E2eEnv
let context: BrowserContext
let page: Page

const GOOD_ID = makeResidentId('150102', '1988-05-17', '024') // 呼和浩特, a woman (even sequence)
/** Same number with a wrong check character: what a clerk mistyping the last digit produces. */
const BAD_ID = GOOD_ID.slice(0, 17) + (GOOD_ID.endsWith('1') ? '2' : '1')
const YEAR = localDateOf(Date.now()).slice(0, 4)
const ADMIN = { username: 'admin', displayName: '赵敏', password: 'Fayuan2026' }
const CLERK = { username: 'zhangli', displayName: '张丽', initialPassword: 'Chushi2026', password: 'Zhangli2026' }
const SECOND_ID = makeResidentId('150102', '1990-03-08', '013') // a man (odd sequence)

async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true })
}

async function searchCases(q?: string): Promise<ResultPage<CaseListRow>> {
  const r = (await env.services.dispatch('case:search', q ? { q } : {}, { actor: 'e2e', via: 'web' })) as Result<ResultPage<CaseListRow>>
  if (!r.ok) throw new Error(`case:search failed: ${r.error.message}`)
  return r.value
}

/** The form item (label + control + messages) that holds the control with this id. */
function formItem(p: Page, id: string): Locator {
  return p.locator('.ant-form-item').filter({ has: p.locator(`[id="${id}"]`) })
}

/** Opens an antd Select by its id, optionally types to filter, and clicks the option. */
async function choose(p: Page, id: string, optionText: string, search?: string): Promise<void> {
  const input = p.locator(`[id="${id}"]`)
  await input.click()
  if (search !== undefined) await input.fill(search)
  const option = p.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: optionText }).first()
  await option.waitFor({ state: 'visible' })
  await option.click()
}

/** Fills the application form for a labour-pay case (the clerk's most common case). */
async function fillApplication(p: Page, name: string, idNumber: string): Promise<void> {
  const nameInput = p.locator('[id="applicant_name"]')
  await nameInput.waitFor()
  await nameInput.fill(name)
  await p.locator('[id="applicant_idNumber"]').fill(idNumber)
  await choose(p, 'applicant_ethnicity', '蒙古族', '蒙古')
  await p.locator('[id="applicant_phone"]').fill('13812345678')
  await p.locator('[id="applicant_address"]').fill('内蒙古自治区某某旗某某苏木某某嘎查')
  await choose(p, 'applicant_residence', '农村')
  await choose(p, 'case_caseType', '民事')
  await choose(p, 'case_matter', '请求确认劳动关系或者支付劳动报酬', '劳动报酬')
  await p.locator('[id="case_cause"]').fill('追索劳动报酬纠纷')
  await p.locator('[id="case_opposingParty"]').fill('某某建筑工程有限公司')
  await p.locator('[id="case_facts"]').fill('申请人在某某建筑工地务工八个月，被拖欠工资共计三万二千元，多次讨要未果。')
}

/** The names in the side menu. */
async function menuItems(p: Page): Promise<string[]> {
  return (await p.getByRole('menuitem').allTextContents()).map((t) => t.trim())
}

async function login(p: Page, username: string, password: string): Promise<void> {
  await p.getByTestId('login-screen').waitFor()
  await p.locator('#username').fill(username)
  await p.locator('#password').fill(password)
  await p.locator('#password').press('Enter')
}

beforeAll(async () => {
  env = await startE2e()
  context = await env.browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  page = await context.newPage()
  page.on('pageerror', (err) => console.error('[page error]', err.message))
})

afterAll(async () => {
  await context?.close().catch(() => undefined)
  await env?.close()
})

describe('受理登记到案卷（端到端）', () => {
  it('首次使用：创建管理员账号（不合格的密码被拒绝，不建账号），随即登录', async () => {
    await page.goto(env.bridge.url)
    const setup = page.getByTestId('setup-screen')
    await setup.waitFor({ timeout: 15_000 })
    expect(await setup.textContent()).toContain('首次使用：创建管理员账号')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('username')
    await shot(page, '01-first-run')

    // Enter submits; what is missing, a short password and a mismatch are named on their fields.
    await page.locator('#username').fill(ADMIN.username)
    await page.locator('#username').press('Enter')
    await expect.poll(() => formItem(page, 'displayName').locator('.ant-form-item-explain-error').textContent()).toContain('请输入姓名')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('displayName')
    await page.locator('#displayName').fill(ADMIN.displayName)
    await page.locator('#password').fill('abc123')
    await page.locator('#confirm').fill('abc124')
    await page.getByRole('button', { name: '创建管理员并登录' }).click()
    await expect.poll(() => formItem(page, 'password').locator('.ant-form-item-explain-error').textContent()).toContain('密码至少8位')
    expect(await formItem(page, 'confirm').locator('.ant-form-item-explain-error').textContent()).toContain('两次输入的密码不一致')
    await shot(page, '01b-first-run-errors')
    expect(await env.services.auth.userCount()).toBe(0)

    await page.locator('#password').fill(ADMIN.password)
    await page.locator('#confirm').fill(ADMIN.password)
    await page.locator('#confirm').press('Enter')
    const who = page.getByTestId('current-user')
    await who.waitFor({ timeout: 15_000 })
    expect(await who.textContent()).toContain(ADMIN.displayName)
    expect(await who.textContent()).toContain('管理员')
    expect(await menuItems(page)).toEqual(['案件列表', '受理登记', '法律咨询', '巡回受案', '批量打印', '法律援助人员', '值班律师', '补贴发放', '补贴财务', '统计报表', '政策设置', '数据备份', '用户管理', '设置'])
    expect(await env.services.auth.userCount()).toBe(1)
  })

  it('管理员：提示先设置本中心，并在设置中保存（内蒙古）', async () => {
    await expect.poll(() => page.getByText('尚未设置本中心信息').isVisible(), { timeout: 15_000 }).toBe(true)
    await shot(page, '02-not-configured')

    await page.getByRole('menuitem', { name: /(^|\s)设置$/ }).click()
    await page.waitForURL(/#\/settings$/)
    await page.locator('#centerName').fill('某某旗法律援助中心')
    await choose(page, 'region', '内蒙古')
    await page.locator('#docPrefix').fill('某旗法援')
    await page.locator('#address').fill('内蒙古自治区某某旗政府街1号')
    await page.locator('#phone').fill('0471-1234567')
    await expect.poll(() => page.getByTestId('db-path').textContent()).toContain(env.dataDir)
    await page.getByRole('button', { name: /保存设置/ }).click()
    await page.getByText('中心设置已保存').waitFor()
    await expect.poll(() => page.getByText('尚未设置本中心信息').count()).toBe(0)
    await shot(page, '03-settings-saved')
  })

  it('证件号码有误：在「证件号码」处提示中文错误，且不保存任何数据', async () => {
    await page.getByRole('menuitem', { name: '受理登记' }).click()
    await page.waitForURL(/#\/intake\/new$/)
    const name = page.locator('[id="applicant_name"]')
    await name.waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('applicant_name')

    // Enter moves on to the next field (证件类型) rather than submitting a half-filled form.
    await name.fill('王芳')
    await name.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('applicant_idType')
    expect(await page.getByTestId('issue-summary').count()).toBe(0)
    await fillApplication(page, '王芳', BAD_ID)

    // The number is checked as soon as 18 characters are in, before any save.
    const idItem = formItem(page, 'applicant_idNumber')
    await expect.poll(() => idItem.locator('.ant-form-item-explain-error').textContent(), { timeout: 10_000 }).toContain('身份证号码')

    await page.getByRole('button', { name: /保存受理登记/ }).click()
    const summary = page.getByTestId('issue-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('证件号码：身份证号码校验位错误')
    expect(await idItem.locator('.ant-form-item-explain-error').textContent()).toContain('校验位错误')
    expect(await idItem.locator('label').textContent()).toContain('证件号码')
    // Gender was not derivable from an invalid number: the schema asks for it too.
    expect(await formItem(page, 'applicant_gender').locator('.ant-form-item-explain-error').textContent()).toContain('性别')
    await shot(page, '04-bad-id-refused')

    expect((await searchCases()).total).toBe(0)
  })

  it('改正证件号码后保存：自动读出出生日期和性别，显示案号', async () => {
    const idInput = page.locator('[id="applicant_idNumber"]')
    await idInput.fill(GOOD_ID)
    const idItem = formItem(page, 'applicant_idNumber')
    await expect.poll(() => idItem.locator('.ant-form-item-explain-error').count()).toBe(0)
    await expect.poll(() => idItem.textContent()).toContain('出生日期 1988-05-17')
    await expect.poll(() => page.locator('[id="applicant_birthDate"]').inputValue()).toBe('1988-05-17')
    expect(await formItem(page, 'applicant_gender').textContent()).toContain('女')

    // Ctrl+S saves from anywhere on the form.
    await page.locator('[id="case_cause"]').focus()
    await page.keyboard.press('Control+s')
    const title = page.getByText(`已受理，案号 ${YEAR}-0001`)
    await title.waitFor({ timeout: 15_000 })
    await shot(page, '05-saved-case-number')

    const all = await searchCases()
    expect(all.total).toBe(1)
    expect(all.rows[0]?.applicantName).toBe('王芳')
  })

  it('案件列表：输入拼音首字母 wf 即找到王芳，双击在新标签页打开案卷', async () => {
    await page.getByRole('menuitem', { name: '案件列表' }).click()
    await page.waitForURL(/#\/$/)
    const search = page.getByRole('textbox', { name: '搜索案件' })
    await search.click()
    await search.pressSequentially('wf', { delay: 40 })
    const row = page.locator('.case-table tr[data-row-key]').filter({ hasText: '王芳' })
    await row.waitFor({ timeout: 10_000 })
    expect(await row.textContent()).toContain(`${YEAR}-0001`)
    expect(await row.textContent()).toContain('已受理')
    expect(await row.textContent()).toContain(GOOD_ID) // administrators see full ID numbers
    await expect.poll(() => page.getByTestId('search-stats').textContent()).toMatch(/共 1 件，用时/)
    await shot(page, '06-search-wf')

    // A query that matches nothing empties the table.
    await search.fill('zzq')
    await expect.poll(() => page.locator('.case-table tr[data-row-key]').count()).toBe(0)
    await search.fill('wf')
    await row.waitFor()

    const [casePage] = await Promise.all([context.waitForEvent('page'), row.dblclick()])
    await casePage.waitForLoadState('domcontentloaded')
    expect(casePage.url()).toMatch(/#\/case\//)
    // The new tab shares the browser's session cookie: no login screen.
    await casePage.getByTestId('case-number').waitFor({ timeout: 15_000 })
    expect(await casePage.getByTestId('case-number').textContent()).toContain(`${YEAR}-0001`)
    expect(await casePage.getByTestId('login-screen').count()).toBe(0)
    await expect.poll(() => casePage.title(), { timeout: 10_000 }).toBe(`案卷 ${YEAR}-0001 - 法援工作台`)
    // No app chrome: the case file has the window to itself.
    expect(await casePage.getByRole('menuitem', { name: '受理登记' }).count()).toBe(0)

    const sections = casePage.locator('[data-section]')
    const keys = await sections.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.section))
    expect(keys[0]).toBe('intake')
    expect(keys).toContain('applicant')
    expect(keys).toContain('history')
    const intake = casePage.locator('[data-section="intake"]')
    expect(await intake.textContent()).toContain('请求确认劳动关系或者支付劳动报酬')
    expect(await casePage.locator('[data-section="applicant"]').textContent()).toContain(GOOD_ID)
    expect(await casePage.locator('[data-section="history"]').textContent()).toContain('受理登记')
    // Every stage of the case has its section, in workflow order, and each is in use.
    expect(keys).toEqual(['intake', 'applicant', 'review', 'assignment', 'handling', 'quality', 'subsidy', 'documents', 'history'])
    expect(await casePage.locator('[data-built="false"]').count()).toBe(0)
    expect(await casePage.locator('[data-section="review"]').textContent()).toContain('审查')
    expect(await casePage.locator('[data-section="documents"]').textContent()).toContain('开具文书')
    await shot(casePage, '07-case-file')
    await casePage.close()
  })

  it('法律咨询：登记一条咨询并出现在最近咨询列表中', async () => {
    await page.getByRole('menuitem', { name: '法律咨询' }).click()
    await page.waitForURL(/#\/consultations$/)
    // Saving an empty form names what is missing and sends nothing.
    await page.getByRole('button', { name: /登记咨询/ }).click()
    const summary = page.getByTestId('issue-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('咨询事项')

    await page.locator('#topic').fill('被拖欠工资如何维权')
    await page.locator('#name').fill('李强')
    await page.locator('#summary').fill('在工地务工三个月未发工资。')
    await page.locator('#adviceGiven').fill('可先向劳动保障监察投诉，或申请劳动仲裁；符合条件可申请法律援助。')
    await page.keyboard.press('Control+s')
    await page.getByText('咨询已登记').waitFor()
    const row = page.locator('tr[data-row-key]').filter({ hasText: '被拖欠工资如何维权' })
    await row.waitFor()
    expect(await row.textContent()).toContain('李强')
    await shot(page, '08-consultation')
  })
})

describe('登录与角色（端到端）', () => {
  it('密码错误提示「用户名或密码错误」；管理员为受理员开设账号', async () => {
    await page.getByRole('button', { name: '退出登录' }).click()
    const loginScreen = page.getByTestId('login-screen')
    await loginScreen.waitFor()
    expect(await page.getByTestId('current-user').count()).toBe(0)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('username')
    await shot(page, '09-login')

    await login(page, ADMIN.username, 'Wrong2026')
    const error = page.getByTestId('login-error')
    await error.waitFor()
    expect(await error.textContent()).toContain('用户名或密码错误')
    expect(await page.locator('#password').inputValue()).toBe('')
    await shot(page, '10-login-bad-password')

    await page.locator('#password').fill(ADMIN.password)
    await page.locator('#password').press('Enter')
    await page.getByTestId('current-user').waitFor()

    await page.getByRole('menuitem', { name: '用户管理' }).click()
    await page.waitForURL(/#\/users$/)
    await page.getByRole('button', { name: '新增用户' }).click()
    await page.locator('#user_username').waitFor()
    // Saving without an initial password names it; nothing is sent.
    await page.locator('#user_username').fill(CLERK.username)
    await page.locator('#user_displayName').fill(CLERK.displayName)
    await page.locator('.ant-drawer').getByRole('button', { name: /保\s*存/ }).first().click()
    await expect.poll(() => formItem(page, 'user_initialPassword').locator('.ant-form-item-explain-error').textContent()).toContain('请设置初始密码')
    await page.locator('#user_initialPassword').fill(CLERK.initialPassword)
    await page.locator('.ant-drawer').getByRole('button', { name: /保\s*存/ }).first().click()
    await page.getByText(`已新增用户「${CLERK.displayName}」`).waitFor()
    const row = page.locator('.user-table tr[data-row-key]').filter({ hasText: CLERK.username })
    await row.waitFor()
    expect(await row.textContent()).toContain('受理员')
    expect(await row.textContent()).toContain('启用')
    expect(await row.textContent()).toContain('待改密码')
    await shot(page, '11-users')
  })

  it('受理员：首次登录须改密码；看不到「设置」，直接调用 settings:save 被拒绝', async () => {
    await page.getByRole('button', { name: '退出登录' }).click()
    await login(page, CLERK.username, CLERK.initialPassword)
    await page.getByTestId('must-change-screen').waitFor()
    await page.locator('#currentPassword').fill(CLERK.initialPassword)
    await page.locator('#newPassword').fill(CLERK.password)
    await page.locator('#confirm').fill(CLERK.password)
    await page.locator('#confirm').press('Enter')

    const who = page.getByTestId('current-user')
    await who.waitFor({ timeout: 15_000 })
    expect(await who.textContent()).toContain(CLERK.displayName)
    expect(await who.textContent()).toContain('受理员')
    expect(await menuItems(page)).toEqual(['案件列表', '受理登记', '法律咨询', '巡回受案', '批量打印', '法律援助人员', '值班律师'])
    await shot(page, '12-clerk')

    // The menu only hides it; the main process refuses the call itself.
    const refused = await page.evaluate(async () => {
      const response = await fetch('/api/settings:save', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ centerName: '被篡改的中心', region: 'national', docPrefix: '篡改', address: '某地', phone: '0471-7654321' }),
      })
      return (await response.json()) as Result<unknown>
    })
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('PERMISSION')
    expect(refused.error.details?.reason).toBe('forbidden')
    expect(refused.error.message).toContain('无权执行此操作')
    const settings = (await env.services.dispatch('settings:get', {}, { actor: 'e2e', via: 'web' })) as Result<{ centerName: string }>
    expect(settings.ok && settings.value.centerName).toBe('某某旗法律援助中心')

    // Typing the address of the page does not help either.
    await page.goto(`${env.bridge.url}#/settings`)
    await page.getByText('您的角色无权访问此页面').waitFor()
    expect(await page.locator('#centerName').count()).toBe(0)
  })

  it('长时间未操作：锁定界面只要密码，解锁后未保存的登记内容仍在，可以保存', async () => {
    await page.getByRole('menuitem', { name: '受理登记' }).click()
    await page.waitForURL(/#\/intake\/new$/)
    await fillApplication(page, '李军', SECOND_ID)
    await expect.poll(() => formItem(page, 'applicant_gender').textContent()).toContain('男')

    // Sixteen minutes pass in the main process without a call: the save finds the session locked.
    env.advanceServerClock(16 * 60_000)
    await page.keyboard.press('Control+s')
    const lock = page.getByTestId('lock-screen')
    await lock.waitFor({ timeout: 15_000 })
    expect(await page.getByTestId('locked-user').textContent()).toContain(CLERK.displayName)
    expect(await lock.locator('#username').count()).toBe(0) // only the password is asked
    await page.screenshot({ path: join(SHOTS_DIR, '13-idle-locked.png') }) // the viewport: what the clerk sees
    expect((await searchCases()).total).toBe(1)

    await page.locator('#password').fill(CLERK.password)
    await page.locator('#password').press('Enter')
    await expect.poll(() => lock.count(), { timeout: 15_000 }).toBe(0)
    expect(await page.locator('[id="applicant_name"]').inputValue()).toBe('李军')
    expect(await page.locator('[id="case_cause"]').inputValue()).toBe('追索劳动报酬纠纷')

    await page.locator('[id="case_cause"]').focus()
    await page.keyboard.press('Control+s')
    await page.getByText(`已受理，案号 ${YEAR}-0002`).waitFor({ timeout: 15_000 })
    const all = await searchCases('李军')
    expect(all.rows[0]?.caseNumber).toBe(`${YEAR}-0002`)

    // Clerks see ID numbers masked in the case list.
    await page.getByRole('menuitem', { name: '案件列表' }).click()
    await page.waitForURL(/#\/$/)
    await page.getByRole('textbox', { name: '搜索案件' }).pressSequentially('lj', { delay: 40 })
    const row = page.locator('.case-table tr[data-row-key]').filter({ hasText: '李军' })
    await row.waitFor({ timeout: 10_000 })
    expect(await row.textContent()).toContain('1501**********')
    expect(await row.textContent()).not.toContain(SECOND_ID)
  })
})
