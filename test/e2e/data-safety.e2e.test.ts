/**
 * Data safety end to end, as the administrator does it: a backup now, every copy checked, a
 * damaged copy shown in red, a restore with its typed confirmation (the page reloads on the
 * restored data), the audit log check; then outreach: a package exported by a second store (the
 * outreach laptop) is imported at the center, first with a wrong passphrase, then with a
 * probable duplicate decided in the preview. Real services and stores, the built renderer,
 * headless Chromium; screenshots in test-results/e2e/.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDateOf } from '../../shared/domain/dates'
import type { BackupList } from '../../shared/backup/dto'
import type { CaseListRow } from '../../shared/cases/case-file'
import type { Page as ResultPage } from '../../shared/ipc/page'
import type { Result } from '../../shared/ipc/result'
import { makeTestServices, validApplication, type TestServices } from '../kit/services'
import { makeResidentId, SHOTS_DIR, startE2e, type E2eEnv } from './helpers'

let env: E2eEnv
let laptop: TestServices
let context: BrowserContext
let page: Page

const ADMIN = { username: 'admin', displayName: '赵敏', password: 'Fayuan2026' }
const AS_CENTER = { actor: 'e2e', via: 'web' as const }
const AS_LAPTOP = { actor: '巡回受理员', via: 'web' as const }
const TODAY = localDateOf(Date.now())
const PASS = '巡回受案-口令2026'
const DUP_ID = makeResidentId('150102', '1979-04-02', '022')

async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true })
}

async function call<T>(channel: string, input: unknown, on: 'center' | 'laptop' = 'center'): Promise<T> {
  const r = (on === 'center' ? await env.services.dispatch(channel, input, AS_CENTER) : await laptop.dispatch(channel, input, AS_LAPTOP)) as Result<T>
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`)
  return r.value
}

const caseTotal = async () => (await call<ResultPage<CaseListRow>>('case:search', {})).total

/** The backups table's row for the copy made at this instant. */
function backupRow(p: Page, createdAtMs: number): Locator {
  const d = new Date(createdAtMs + 8 * 3600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  const text = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  return p.locator('.backup-table tr[data-row-key]').filter({ hasText: text })
}

beforeAll(async () => {
  env = await startE2e()
  laptop = await makeTestServices({ clock: { now: () => Date.now() } })
  await call('settings:save', { centerName: '呼和浩特市法律援助中心', region: 'nei-mongol', docPrefix: '呼法援', address: '呼和浩特市新城区某路1号', phone: '0471-1234567' })
  await call('application:create', validApplication({ name: '王芳', idNumber: DUP_ID, receivedOn: TODAY }))
  context = await env.browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  page = await context.newPage()
  page.on('pageerror', (err) => console.error('[page error]', err.message))
})

afterAll(async () => {
  await context?.close().catch(() => undefined)
  await laptop?.dispose()
  await env?.close()
})

describe('数据备份（端到端）', () => {
  it('管理员：立即备份，显示文件与大小；全部校验通过', async () => {
    await page.goto(env.bridge.url)
    await page.getByTestId('setup-screen').waitFor({ timeout: 15_000 })
    await page.locator('#username').fill(ADMIN.username)
    await page.locator('#displayName').fill(ADMIN.displayName)
    await page.locator('#password').fill(ADMIN.password)
    await page.locator('#confirm').fill(ADMIN.password)
    await page.locator('#confirm').press('Enter')
    await page.getByTestId('current-user').waitFor({ timeout: 15_000 })

    await page.getByRole('menuitem', { name: '数据备份' }).click()
    await page.getByRole('heading', { name: '数据备份' }).waitFor()
    await page.getByText('备份文件夹中还没有备份').waitFor()
    await page.getByRole('button', { name: /立即备份/ }).click()
    const result = page.getByTestId('backup-result')
    await result.waitFor({ timeout: 30_000 })
    expect(await result.textContent()).toMatch(/\.sqlite/)
    expect(await result.textContent()).toMatch(/KB|MB/)
    await expect.poll(() => page.locator('.backup-table tr[data-row-key]').count()).toBe(1)

    await page.getByRole('button', { name: /全部校验/ }).click()
    await page.getByText('全部 1 份备份校验通过').waitFor({ timeout: 30_000 })
    expect(await page.locator('.backup-table tr[data-row-key]').first().textContent()).toContain('校验值一致，数据库完整')
    await shot(page, '20-backup')
  })

  it('审计日志校验：显示「审计日志完整」', async () => {
    await page.getByRole('button', { name: '开始校验' }).click()
    await page.getByText('审计日志完整').waitFor({ timeout: 30_000 })
    await page.getByText('审计日志完整').scrollIntoViewIfNeeded()
    await shot(page, '21-audit')
  })

  it('损坏的备份标红，不能用于恢复', async () => {
    // Copies are kept one per day, so yesterday's copy is made from today's: the same file and
    // manifest under yesterday's name and time.
    const { backups } = await call<BackupList>('backup:list', {})
    const today = backups[0]!
    const yesterdayMs = today.createdAtMs - 86_400_000
    const older = join(dirname(today.file), basename(today.file).replace(/-\d{8}-(\d{6})-manual\.sqlite$/, `-${localDateOf(yesterdayMs).replaceAll('-', '')}-$1-daily.sqlite`))
    expect(older).not.toBe(today.file)
    copyFileSync(today.file, older)
    const manifest = JSON.parse(readFileSync(`${today.file}.json`, 'utf8')) as Record<string, unknown>
    writeFileSync(`${older}.json`, JSON.stringify({ ...manifest, name: basename(older), kind: 'daily', createdAtMs: yesterdayMs }))
    // Flip one byte in the middle of yesterday's copy (a failing USB stick).
    const fd = openSync(older, 'r+')
    const at = Math.floor(statSync(older).size / 2)
    const b = Buffer.alloc(1)
    readSync(fd, b, 0, 1, at)
    writeSync(fd, Buffer.from([b[0]! ^ 0xff]), 0, 1, at)
    closeSync(fd)

    await page.getByRole('button', { name: /刷\s*新/ }).click()
    await expect.poll(() => page.locator('.backup-table tr[data-row-key]').count()).toBe(2)
    await page.getByRole('button', { name: /全部校验/ }).click()
    await page.getByText('2 份备份中有 1 份未通过校验').waitFor({ timeout: 30_000 })
    const bad = page.locator('.backup-table tr.backup-row-failed')
    expect(await bad.count()).toBe(1)
    expect(await bad.textContent()).toContain('已损坏，不能用于恢复')
    expect(await bad.getByRole('button', { name: /的备份恢复/ }).isDisabled()).toBe(true)
    await shot(page, '22-backup-damaged')
  })

  it('从此备份恢复：须先了解后果、输入「恢复」；恢复后页面重新载入，数据回到备份时', async () => {
    const { backups } = await call<BackupList>('backup:list', {})
    const good = backups[0]!
    expect(good.kind).toBe('manual')
    await call('application:create', validApplication({ name: '备份后登记', idNumber: makeResidentId('150102', '1991-09-09', '031'), receivedOn: TODAY }))
    expect(await caseTotal()).toBe(2)

    await backupRow(page, good.createdAtMs).first().getByRole('button', { name: /的备份恢复/ }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText('恢复会用这份备份替换当前的全部数据').waitFor()
    await shot(page, '23-restore-explain')
    await dialog.getByRole('button', { name: /下一步/ }).click()
    const confirm = dialog.getByRole('button', { name: /确认恢复/ })
    expect(await confirm.isDisabled()).toBe(true)
    await dialog.getByLabel('确认恢复').fill('恢复')
    expect(await confirm.isDisabled()).toBe(false)
    await shot(page, '24-restore-confirm')
    await confirm.click()
    await dialog
      .getByText(/已恢复到/)
      .waitFor({ timeout: 60_000 })
      .catch(async (err: unknown) => {
        await shot(page, '25-restore-failed')
        throw err
      })
    await shot(page, '25-restore-done')
    expect(await caseTotal()).toBe(1)

    await dialog.getByRole('button', { name: /立即重新载入/ }).click()
    await page.getByRole('heading', { name: '数据备份' }).waitFor({ timeout: 15_000 })
    // The copy of the data as it was just before the restore is listed (kind 恢复前自动).
    await expect.poll(() => page.locator('.backup-table tr[data-row-key]').filter({ hasText: '恢复前自动' }).count()).toBe(1)
  })
})

describe('巡回受案（端到端）', () => {
  let packageFile: string

  beforeAll(async () => {
    await call('application:create', validApplication({ name: '孙八', idNumber: makeResidentId('150102', '1985-01-15', '017'), receivedOn: TODAY }), 'laptop')
    await call('application:create', validApplication({ name: '王芳', idNumber: DUP_ID, receivedOn: TODAY }), 'laptop')
    await call(
      'consultation:create',
      { channel: 'workstation', consultedOn: TODAY, name: '赵六', topic: '工伤认定咨询', summary: '巡回点咨询', adviceGiven: '可申请法律援助', referToApplication: false },
      'laptop',
    )
    const usb = join(env.dataDir, 'usb')
    mkdirSync(usb, { recursive: true })
    packageFile = join(usb, `巡回受案-${TODAY}.ladpkg`)
    await call('outreach:export', { file: packageFile, passphrase: PASS }, 'laptop')
  })

  it('口令错误：显示「口令错误或文件已损坏」，不改动数据', async () => {
    const before = await caseTotal()
    await page.getByRole('menuitem', { name: '巡回受案' }).click()
    const form = page.getByRole('form', { name: '导入受案包' })
    await form.waitFor()
    await form.getByLabel('数据包文件').fill(packageFile)
    await form.getByLabel('数据包口令').fill('不对的口令')
    await form.getByRole('button', { name: /预览数据包内容/ }).click()
    await page.getByTestId('wrong-passphrase').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('wrong-passphrase').textContent()).toContain('口令错误或文件已损坏')
    expect(await caseTotal()).toBe(before)
    await shot(page, '26-outreach-wrong-passphrase')
  })

  it('预览分组显示；疑似重复逐条选择后确认导入，显示本中心案号', async () => {
    const before = await caseTotal()
    const form = page.getByRole('form', { name: '导入受案包' })
    await form.getByLabel('数据包口令').fill(PASS)
    await form.getByRole('button', { name: /预览数据包内容/ }).click()
    const dups = page.getByTestId('group-probable-duplicate')
    await dups.waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('group-new').textContent()).toContain('孙八')
    expect(await page.getByTestId('group-new').textContent()).toContain('工伤认定咨询')
    expect(await dups.textContent()).toContain('王芳')
    expect(await dups.textContent()).toMatch(/\d{4}-\d{4}/)
    const confirm = page.getByRole('button', { name: /确认导入/ })
    expect(await confirm.isDisabled()).toBe(true)
    await shot(page, '27-outreach-preview')

    await dups.getByRole('radiogroup', { name: '「王芳」的处理方式' }).getByText('跳过').click()
    expect(await confirm.isDisabled()).toBe(false)
    await confirm.click()
    await page.getByText('导入完成').waitFor({ timeout: 30_000 })
    const created = page.locator('.import-created tr[data-row-key]')
    expect(await created.count()).toBe(1)
    expect(await created.first().textContent()).toMatch(new RegExp(`${TODAY.slice(0, 4)}-\\d{4}`))
    expect(await caseTotal()).toBe(before + 1)
    await shot(page, '28-outreach-imported')
  })

  it('导出受案包：两次口令，保存到指定位置', async () => {
    const form = page.getByRole('form', { name: '导出受案包' })
    const file = join(env.dataDir, 'usb', '中心导出.ladpkg')
    await form.getByLabel('保存位置').fill(file)
    await form.getByLabel('数据包口令').fill(PASS)
    await form.getByLabel('再次输入口令').fill(PASS)
    await form.getByRole('button', { name: /导出受案包/ }).click()
    const done = page.getByTestId('export-result')
    await done.waitFor({ timeout: 30_000 })
    expect(await done.textContent()).toContain(file)
    expect(statSync(file).size).toBeGreaterThan(48)
    await shot(page, '29-outreach-exported')
  })
})
