/**
 * Benchmarks at the scale of a province. Prints a table; asserts nothing (see README for the
 * figures last measured and the targets).
 *
 *   npm run bench                      # 500,000 cases (about 12 minutes and 6 GB to seed)
 *   npm run bench -- --cases 20000     # what CI runs
 *   npm run bench -- --keep            # keep the seeded store in bench-data/ and reuse it next time
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startServices, type Services } from '../electron/main/app-services'
import { resolveDataPaths } from '../electron/main/paths'
import { addDays, type LocalDate } from '../shared/domain/dates'
import { PACKAGE_FORMAT, PACKAGE_VERSION, type OutreachPackagePayload } from '../shared/schemas/outreach'
import { encryptPackage } from '../electron/main/outreach/package-format'
import { newUuidV7 } from '../electron/main/services/context'
import { SEED_LAST_DAY, seedCases } from './seed'
import { seedWorkflowForBench } from '../electron/main/workflow/bench-seed'
import { seedPaidBatchForBench } from '../electron/main/handling/bench-seed'
import { exportBatchExcel, issueBatchVouchers, issuePaymentList } from '../electron/main/handling/subsidy/batch-service'
import { renderBatch } from '../electron/main/documents/document-service'
import { Synth, syntheticApplication } from './synthetic'

interface Row {
  name: string
  runs: number
  medianMs: number
  p95Ms: number
  note?: string
  /** Highest RSS sampled while this operation ran (bytes). */
  peakRss?: number
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[idx]!
}

/** Times `fn`; when it returns a `Timed`, that figure is used instead (part of the work only). */
interface Timed {
  timedMs: number
}
const isTimed = (v: unknown): v is Timed => typeof v === 'object' && v !== null && typeof (v as Timed).timedMs === 'number'

async function measure(name: string, runs: number, fn: (i: number) => Promise<unknown>, note?: string): Promise<Row> {
  const outer = peak.rss
  peak.rss = process.memoryUsage().rss
  for (let i = 0; i < 3; i++) await fn(i) // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const r = await fn(i)
    times.push(isTimed(r) ? r.timedMs : performance.now() - t)
  }
  times.sort((a, b) => a - b)
  sampleMemory()
  const peakRss = peak.rss
  peak.rss = Math.max(outer, peakRss)
  return { name, runs, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), peakRss, ...(note ? { note } : {}) }
}

const peak = { rss: 0, phase: 'seed' as 'seed' | 'services' }
const sampleMemory = () => {
  peak.rss = Math.max(peak.rss, process.memoryUsage().rss)
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const ci = argv.indexOf('--cases')
  const n = Number(ci >= 0 ? argv[ci + 1] : 500_000)
  const keep = argv.includes('--keep')
  const dir = keep ? resolve('bench-data', String(n)) : join(tmpdir(), `legalaid-bench-${process.pid}`)
  const paths = resolveDataPaths({ argv: [`--data-dir=${dir}`], env: {} })
  const timer = setInterval(sampleMemory, 20)

  console.log(`法援工作台 benchmark — ${n.toLocaleString('en-US')} cases, Node ${process.version}, ${new Date().toISOString()}`)
  let seedMs: number | null = null
  const reuse = keep && existsSync(paths.dbPath)
  if (!reuse) {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const services = await startServices({ paths, mode: 'web', appVersion: 'bench' })
    const result = await seedCases(services, n, {
      onProgress: (done) => process.stderr.write(`\rseeding ${done}/${n}`),
    })
    process.stderr.write('\n')
    seedMs = result.ms
    await services.close()
  }
  // From here on the process holds only the services (the seeding instance is closed).
  ;(globalThis as { gc?: () => void }).gc?.()
  peak.rss = 0
  peak.phase = 'services'
  const dbBytes = statSync(paths.dbPath).size + (existsSync(`${paths.dbPath}-wal`) ? statSync(`${paths.dbPath}-wal`).size : 0)

  const rows: Row[] = []
  // Start-up of the main-process services: open, migrate check, device id.
  rows.push(
    await measure('service start-up (open + migrate)', 10, async () => {
      const t = performance.now()
      const s = await startServices({ paths, mode: 'web', appVersion: 'bench' })
      const timedMs = performance.now() - t
      // Closing waits for the background planner's batch in progress, if any: not start-up.
      await s.close()
      return { timedMs }
    }),
  )

  const services: Services = await startServices({ paths, mode: 'web', appVersion: 'bench' })
  const rssAfterStart = process.memoryUsage().rss
  const req = { actor: 'bench', via: 'web' as const }
  const sqlite = services.ctx.store.sqlite
  const sample = sqlite
    .prepare('SELECT applicant_name, applicant_initials, applicant_id_number, applicant_phone, case_number FROM legal_case ORDER BY random() LIMIT 200')
    .all() as { applicant_name: string; applicant_initials: string; applicant_id_number: string; applicant_phone: string; case_number: string }[]
  const at = (i: number) => sample[i % sample.length]!
  const search = async (q: string | undefined, extra: Record<string, unknown> = {}) => {
    const r = await services.dispatch('case:search', { ...(q === undefined ? {} : { q }), ...extra }, req)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    sampleMemory()
    return r.value
  }

  rows.push(await measure('first list page (no query)', 50, () => search(undefined)))
  rows.push(await measure('list page 50 (offset 980)', 30, () => search(undefined, { page: 50 })))
  rows.push(await measure('filter: status + type', 50, () => search(undefined, { status: ['handling'], caseType: ['criminal'] })))
  rows.push(await measure('name search (full name)', 50, (i) => search(at(i).applicant_name)))
  rows.push(await measure('name search (surname, 1 char)', 50, (i) => search(at(i).applicant_name.slice(0, 1))))
  rows.push(await measure('pinyin initials (2-3 letters)', 50, (i) => search(at(i).applicant_initials.slice(0, 3))))
  rows.push(await measure('pinyin initials (1 letter)', 30, (i) => search(at(i).applicant_initials.slice(0, 1))))
  rows.push(await measure('ID number fragment (last 6)', 50, (i) => search(at(i).applicant_id_number.slice(-6))))
  rows.push(await measure('ID number fragment (middle 8)', 50, (i) => search(at(i).applicant_id_number.slice(6, 14))))
  rows.push(await measure('phone fragment (last 8)', 50, (i) => search(at(i).applicant_phone.slice(-8))))
  rows.push(await measure('case number', 50, (i) => search(at(i).case_number)))
  rows.push(
    await measure('open a case file (case:get)', 50, async (i) => {
      const id = (sqlite.prepare('SELECT id FROM legal_case WHERE case_number = ?').get(at(i).case_number) as { id: string }).id
      const r = await services.dispatch('case:get', { id }, req)
      if (!r.ok) throw new Error(r.error.message)
    }),
  )
  let k = 0
  rows.push(
    await measure('register one application (application:create)', 30, async () => {
      const r = await services.dispatch(
        'application:create',
        {
          applicant: { name: '测试', gender: 'male', ethnicity: '01', idType: 'passport', idNumber: `E${String(10_000_000 + k++)}`, phone: '13900000000', address: '测试地址', residence: 'urban' },
          case: { caseType: 'civil', matter: 'labour-relation-or-pay', cause: '追索劳动报酬纠纷', facts: '基准测试' },
          intake: { channel: 'window', receivedOn: '2026-11-20' },
        },
        req,
      )
      if (!r.ok) throw new Error(JSON.stringify(r.error))
    }),
  )
  // Issue 4: deadlines board and assignment suggestion, after planting open deadlines for the
  // recent share of the cases, a roster of 1,500 and lawyer–party relations from past cases.
  const wf = await seedWorkflowForBench(services)
  // The seeder (scripts/seed.ts) already wrote roster, assignments, relations and every case's
  // deadlines from its history; the clerks are those who registered the cases.
  const counted = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n
  const clerks = (sqlite.prepare(`SELECT DISTINCT responsible AS r FROM case_deadline WHERE status = 'open' ORDER BY 1`).all() as { r: string }[]).map((r) => r.r)
  if (clerks.length > 0) wf.clerks = clerks
  console.log(
    `workflow data: ${counted(`SELECT count(*) AS n FROM case_deadline WHERE status IN ('open', 'paused')`)} open/paused deadlines, ${counted('SELECT count(*) AS n FROM lawyer')} lawyers, ${counted('SELECT count(*) AS n FROM lawyer_party_relation')} party relations, ${counted('SELECT count(*) AS n FROM case_transition')} transitions, ${counted('SELECT count(*) AS n FROM consultation')} consultations (${(wf.ms / 1000).toFixed(1)} s)`,
  )
  const board = async (input: Record<string, unknown>) => {
    const r = await services.dispatch('deadlines:board', input, req)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    sampleMemory()
  }
  rows.push(await measure('deadlines board (center)', 30, () => board({})))
  rows.push(await measure('deadlines board (one clerk)', 30, (i) => board({ responsible: wf.clerks[i % wf.clerks.length] })))
  rows.push(
    await measure('assignment suggestion (assignment:suggest)', 30, async (i) => {
      const r = await services.dispatch('assignment:suggest', { caseId: wf.assignable[i % wf.assignable.length] }, req)
      if (!r.ok) throw new Error(JSON.stringify(r.error))
      sampleMemory()
    }),
  )
  // Issue 8: statistics, the monthly report, one document, an outreach package of 1,000 cases.
  const months = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(Number(SEED_LAST_DAY.slice(0, 4)), Number(SEED_LAST_DAY.slice(5, 7)) - 2 - i, 1))
    return d.toISOString().slice(0, 7)
  })
  const lastDayOf = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10)
  const ok = async (channel: string, input: unknown) => {
    const r = await services.dispatch(channel, input, req)
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`)
    sampleMemory()
    return r.value
  }
  const year = Number(months[0]!.slice(0, 4)) - 1
  rows.push(await measure('statistics: one month (stats:summary)', 30, (i) => ok('stats:summary', { from: `${months[i % 12]}-01`, to: lastDayOf(months[i % 12]!) })))
  rows.push(await measure('statistics: one month, one clerk', 30, (i) => ok('stats:summary', { from: `${months[i % 12]}-01`, to: lastDayOf(months[i % 12]!), clerk: wf.clerks[i % wf.clerks.length] })))
  rows.push(await measure('statistics: one year (stats:summary)', 10, () => ok('stats:summary', { from: `${year}-01-01`, to: `${year}-12-31` })))
  rows.push(await measure('monthly report PDF (stats:report-pdf)', 20, (i) => ok('stats:report-pdf', { kind: 'month', month: months[i % 12] })))
  rows.push(await measure('yearly report PDF (stats:report-pdf)', 5, () => ok('stats:report-pdf', { kind: 'year', year })))
  rows.push(await measure('statistics Excel, one year (stats:export-excel)', 5, () => ok('stats:export-excel', { from: `${year}-01-01`, to: `${year}-12-31` })))
  const docCases = (sqlite.prepare(`SELECT id FROM legal_case ORDER BY received_on DESC LIMIT 40`).all() as { id: string }[]).map((r) => r.id)
  rows.push(await measure('one PDF document (documents:issue, 受理回执)', 20, (i) => ok('documents:issue', { type: 'acceptance-receipt', caseId: docCases[i % docCases.length] })))

  // Outreach packages of 1,000 applications each (made before timing: encryption is the laptop's work).
  // Seeded by the store's size: a kept store that already took earlier packages gets new people,
  // not probable duplicates of the last run's.
  const synth = new Synth(4242 + counted('SELECT count(*) AS n FROM legal_case'))
  const passphrase = 'bench-passphrase-2026'
  const packageDir = join(dir, 'outreach-bench')
  mkdirSync(packageDir, { recursive: true })
  const packages: string[] = []
  for (let p = 0; p < 8; p++) {
    const payload: OutreachPackagePayload = {
      format: PACKAGE_FORMAT,
      version: PACKAGE_VERSION,
      packageId: newUuidV7(),
      deviceId: newUuidV7(),
      centerName: null,
      region: 'nei-mongol',
      exportedAtMs: Date.now(),
      exportedBy: '巡回受案',
      includeAll: false,
      applications: Array.from({ length: 1000 }, (_, k) => {
        const received = addDays(SEED_LAST_DAY, -synth.int(60)) as LocalDate
        return { id: newUuidV7(), provisionalCaseNumber: `P${p}-${String(k + 1).padStart(4, '0')}`, createdAtMs: Date.now(), createdBy: '巡回受案', input: syntheticApplication(synth, received).input }
      }),
      consultations: [],
      attachments: [],
    }
    const file = join(packageDir, `package-${p}.ladpkg`)
    writeFileSync(file, await encryptPackage(payload, passphrase))
    packages.push(file)
  }
  let imported = 0
  let nextPackage = 0
  rows.push(
    await measure('outreach import, 1,000 cases (outreach:import)', 5, async () => {
      const r = (await ok('outreach:import', { file: packages[nextPackage++]!, passphrase })) as { created: { applications: unknown[] } }
      imported += r.created.applications.length
    }),
  )
  if (imported !== 8000) throw new Error(`outreach import created ${imported} cases, expected 8000`)
  // The imports queued their cases for deadline planning; the background planner works through
  // them in batches (it ran alongside the imports above). Time what is left, and its memory.
  {
    const queued = counted('SELECT count(*) AS n FROM workflow_pending')
    const t = performance.now()
    await services.planner!.idle()
    sampleMemory()
    rows.push({ name: `background deadline planning (${queued} still queued)`, runs: 1, medianMs: performance.now() - t, p95Ms: performance.now() - t, peakRss: peak.rss })
    const left = counted('SELECT count(*) AS n FROM workflow_pending')
    if (left !== 0) throw new Error(`background planner left ${left} cases unplanned`)
  }
  rmSync(packageDir, { recursive: true, force: true })

  // Issue 6: a monthly subsidy batch of 500 paid entries: numbered vouchers (one transaction
  // each), the combined voucher PDF, the batch's 汇总表 PDF and its Excel list. Run once each.
  {
    const seeded = await seedPaidBatchForBench(services, 500, '2026-11', '2026-11-20' as LocalDate)
    console.log(`subsidy seed: 500 approved entries planted; batch of ${seeded.entries} created, approved and paid (${(seeded.ms / 1000).toFixed(1)} s)`)
    const once = async (name: string, fn: () => Promise<unknown>) => {
      const t = performance.now()
      await fn()
      sampleMemory()
      rows.push({ name, runs: 1, medianMs: performance.now() - t, p95Ms: performance.now() - t })
    }
    let voucherIds: string[] = []
    await once('issue 500 subsidy vouchers (numbered, stored)', async () => {
      voucherIds = await issueBatchVouchers(services.ctx, seeded.batchId, 'bench')
    })
    await once('500-voucher batch PDF (documents batch)', () => renderBatch(services.ctx, { type: 'subsidy-voucher', issuedFrom: '2000-01-01', issuedTo: '2099-12-31', ids: voucherIds }, 'bench'))
    await once('monthly payment list PDF, 500 rows (汇总表)', () => issuePaymentList(services.ctx, seeded.batchId, 'bench'))
    await once('monthly payment list Excel, 500 rows', () => exportBatchExcel(services.ctx, seeded.batchId))
  }
  await services.close()
  clearInterval(timer)
  sampleMemory()

  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length))
  console.log('')
  if (seedMs !== null) console.log(`seed insert: ${n} cases in ${(seedMs / 1000).toFixed(1)} s (${Math.round(n / (seedMs / 1000))} cases/s)`)
  else console.log('seed insert: reused the kept store (no seed this run)')
  console.log(`store size: ${(dbBytes / 1024 / 1024).toFixed(1)} MB`)
  console.log('')
  console.log(`${pad('operation', 48)}${pad('runs', 6)}${pad('median ms', 12)}p95 ms`)
  for (const r of rows) console.log(`${pad(r.name, 48)}${pad(String(r.runs), 6)}${pad(r.medianMs.toFixed(2), 12)}${r.p95Ms.toFixed(2)}`)
  console.log('')
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`
  console.log(`peak RSS by operation: ${rows.filter((r) => r.peakRss).map((r) => `${r.name} ${mb(r.peakRss!)}`).join('; ')}`)
  console.log(`services: RSS after start-up ${mb(rssAfterStart)}; peak RSS during the operations above ${mb(peak.rss)} (sampled every 20 ms)`)
  console.log(`whole process: maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB${seedMs !== null ? ' (includes seeding)' : ''}`)
  if (!keep) rmSync(dir, { recursive: true, force: true })
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
