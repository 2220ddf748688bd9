/**
 * 统计报表, end to end: a store seeded with a few thousand synthetic cases (transitions,
 * deadlines, assignments, consultations, subsidies), the administrator opens 统计报表 (this
 * month by default), the chart shows its figures, switching the period to 上年 redraws it with last
 * year's, and 导出 Excel downloads a workbook whose headers and 合计 row are checked with exceljs
 * against the figures the main process computes for the same period.
 * Real services and store (temp data dir), the built renderer, headless Chromium.
 *
 * The seeded history ends on a fixed day (SEED_LAST_DAY), so the browser's and the main
 * process's clocks are set to that day: "this month" is then a month with cases, whatever the
 * day the suite runs on.
 */
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAT_MEASURES, type StatsSummary } from '../../shared/statistics/schema'
import type { Result } from '../../shared/ipc/result'
import { SEED_LAST_DAY, seedCases } from '../../scripts/seed'
import { SHOTS_DIR, startE2e, type E2eEnv } from './helpers'

let env: E2eEnv
let context: BrowserContext
let page: Page

const ADMIN = { username: 'tongji', displayName: '苏和', password: 'Tongji2026' }

async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true })
}

async function summary(from: string, to: string): Promise<StatsSummary> {
  const r = (await env.services.dispatch('stats:summary', { from, to }, { actor: 'e2e', via: 'web' })) as Result<StatsSummary>
  if (!r.ok) throw new Error(`stats:summary failed: ${r.error.message}`)
  return r.value
}

interface ChartSeries {
  name: string
  data: number[]
}

async function monthlySeries(p: Page): Promise<ChartSeries[]> {
  return JSON.parse((await p.getByTestId('chart-monthly').getAttribute('data-series')) ?? '[]') as ChartSeries[]
}

/** 10:00 Beijing time on the seed's last day. */
const SEED_NOW = Date.parse(`${SEED_LAST_DAY}T10:00:00+08:00`)

beforeAll(async () => {
  env = await startE2e()
  env.advanceServerClock(SEED_NOW - Date.now())
  await seedCases(env.services, 3000, { seed: 11 })
  await env.services.auth.setupAdmin('e2e-setup', { username: ADMIN.username, displayName: ADMIN.displayName, password: ADMIN.password })
  context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true })
  // Only Date is fixed; the page's timers stay real.
  await context.clock.setFixedTime(SEED_NOW)
  page = await context.newPage()
  page.on('pageerror', (err) => console.error('[page error]', err.message))
})

afterAll(async () => {
  await context?.close().catch(() => undefined)
  await env?.close()
})

describe('统计报表（端到端）', () => {
  // The app counts in business dates (Beijing time), not the test machine's time zone.
  const todayBj = SEED_LAST_DAY
  const year = Number(todayBj.slice(0, 4))
  const thisMonth = { from: `${todayBj.slice(0, 7)}-01`, to: todayBj as string }
  const lastYear = { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }

  it('登录后从菜单打开「统计报表」：默认显示本月，趋势图的数字与主进程统计的一致', async () => {
    await page.goto(env.bridge.url)
    await page.getByTestId('login-screen').waitFor({ timeout: 15_000 })
    await page.locator('#username').fill(ADMIN.username)
    await page.locator('#password').fill(ADMIN.password)
    await page.locator('#password').press('Enter')
    await page.getByTestId('current-user').waitFor({ timeout: 15_000 })

    await page.getByRole('menuitem', { name: '统计报表' }).click()
    await page.waitForURL(/#\/statistics$/)
    const chart = page.getByTestId('chart-monthly')
    await chart.waitFor({ timeout: 15_000 })

    const expected = await summary(thisMonth.from, thisMonth.to)
    await expect.poll(async () => (await monthlySeries(page))[0]?.data.length ?? 0).toBe(expected.byMonth.length)
    const series = await monthlySeries(page)
    expect(series.map((x) => x.name)).toEqual(['收案', '给予援助', '指派', '结案'])
    expect(series[0]!.data).toEqual(expected.byMonth.map((m) => m.counts.applications))
    expect(series[3]!.data).toEqual(expected.byMonth.map((m) => m.counts.closings))
    expect(expected.totals.applications).toBeGreaterThan(0)
    // SVG renderer: the legend and axis labels are text in the page.
    await expect.poll(() => chart.locator('svg text').allTextContents()).toEqual(expect.arrayContaining(['收案', '结案', expected.byMonth[0]!.month]))
    expect(await page.getByTestId('stats-period').textContent()).toContain(`${thisMonth.from} 至 ${thisMonth.to}`)
    await shot(page, 'stats-01-this-month')
  })

  it('改为「上年」：图表按上年数字重画，指标卡随之更新', async () => {
    const expected = await summary(lastYear.from, lastYear.to)
    await page.getByTestId('stats-range').locator('input').first().click()
    await page.locator('.ant-picker-presets li').filter({ hasText: '上年' }).click()
    await expect.poll(async () => (await monthlySeries(page))[0]?.data.length ?? 0, { timeout: 15_000 }).toBe(12)
    await expect.poll(async () => (await monthlySeries(page))[0]?.data).toEqual(expected.byMonth.map((m) => m.counts.applications))
    const series = await monthlySeries(page)
    expect(series[2]!.data).toEqual(expected.byMonth.map((m) => m.counts.assignments))
    await expect.poll(() => page.getByTestId('chart-monthly').locator('svg text').allTextContents()).toEqual(expect.arrayContaining([`${lastYear.from.slice(0, 4)}-12`]))
    expect(await page.getByTestId('stats-period').textContent()).toContain(`${lastYear.from} 至 ${lastYear.to}`)
    const kpis = await page.getByTestId('stats-kpis').textContent()
    expect(kpis).toContain(expected.totals.applications.toLocaleString('en-US'))
    await shot(page, 'stats-02-last-year')
  })

  it('导出 Excel：下载的工作簿表头为中文，合计行与统计数字一致', async () => {
    const expected = await summary(lastYear.from, lastYear.to)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()])
    expect(download.suggestedFilename()).toBe(`法律援助统计_${lastYear.from}至${lastYear.to}.xlsx`)
    const file = join(env.dataDir, download.suggestedFilename())
    await download.saveAs(file)

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
    const ws = wb.getWorksheet('按月统计')!
    expect(ws.getCell(1, 1).value).toBe('法律援助工作按月统计')
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['月份', '法律咨询', ...STAT_MEASURES.map((m) => m.label)])
    const total = ws.getRow(3 + 12 + 1)
    expect(total.getCell(1).value).toBe('合计')
    const value = (c: ExcelJS.Cell) => (typeof c.value === 'object' && c.value !== null && 'result' in c.value ? c.value.result : c.value)
    expect(value(total.getCell(2))).toBe(expected.totals.consultations)
    STAT_MEASURES.forEach((m, i) => expect(value(total.getCell(3 + i)), m.label).toBe(expected.totals[m.code]))
    const types = wb.getWorksheet('按案件类型')!
    expect(types.getRow(3).getCell(1).value).toBe('案件类型')
    expect(value(types.getRow(8).getCell(2))).toBe(expected.totals.applications)
    await page.getByText(/已导出「法律援助统计_/).waitFor()
    await shot(page, 'stats-03-exported')
  })
})
