/**
 * Benchmarks at the scale of a province. Prints a table; asserts nothing (see README for the
 * figures last measured and the targets).
 *
 * The services under test run in a process of their own (scripts/bench-host.ts, bundled like the
 * Electron main bundle and forked here): every operation is a message round trip, as an IPC call
 * is, and the memory reported is that process's — not this driver's, which seeds the store and
 * builds the outreach packages (a laptop's work).
 *
 *   npm run bench                      # 500,000 cases (about 12 minutes and 6 GB to seed)
 *   npm run bench -- --cases 20000     # what CI runs
 *   npm run bench -- --keep            # keep the seeded store in bench-data/ and reuse it next time
 */
import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { bundleForNode } from './bundle-node'
import { startServices } from '../electron/main/app-services'
import { resolveDataPaths } from '../electron/main/paths'
import { addDays, type LocalDate } from '../shared/domain/dates'
import { PACKAGE_FORMAT, PACKAGE_VERSION, type OutreachPackagePayload } from '../shared/outreach/schema'
import { encryptPackage } from '../electron/main/outreach/package-format'
import { newUuidV7 } from '../electron/main/context'
import { SEED_LAST_DAY, seedCases } from './seed'
import { Synth, syntheticApplication } from './synthetic'
import type { HostReply } from './bench-host'

interface Row {
  name: string
  runs: number
  medianMs: number
  p95Ms: number
  /** Fastest and slowest run (shown when the operation ran several times). */
  minMs?: number
  maxMs?: number
  note?: string
  /** Highest RSS sampled while this operation ran (bytes). */
  peakRss?: number
  /** V8 heap reserved (heapTotal) and RSS when the operation's runs ended (bytes). */
  heapAfter?: number
  rssAfter?: number
  /** Highest RSS of the job process sampled while this operation ran (bytes; 0: not running). */
  jobPeakRss?: number
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[idx]!
}

/**
 * Bundles scripts/bench-host.ts and the job process's entry the way electron-vite bundles the main
 * process and its second entry (packages external), side by side in out/bench/.
 */
async function buildHost(): Promise<string> {
  await bundleForNode({ 'bench-host': resolve('scripts/bench-host.ts'), 'job-process': resolve('electron/main/jobs/job-process.ts') }, resolve('out/bench'))
  return resolve('out/bench/bench-host.cjs')
}

/** The forked services process: `call(op, args)` runs one of bench-host.ts's operations. */
class Host {
  readonly child: ChildProcess
  private next = 1
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()

  constructor(file: string) {
    // Plain Node, no tsx loader: the driver's execArgv is not inherited.
    // BENCH_HOST_FLAGS: V8/Node flags for the host (to try e.g. --max-semi-space-size; off by default).
    const flags = (process.env.BENCH_HOST_FLAGS ?? '').split(/\s+/).filter(Boolean)
    this.child = fork(file, [], { execArgv: flags, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    this.child.on('message', (m: HostReply) => {
      const w = this.waiting.get(m.id)
      if (!w) return
      this.waiting.delete(m.id)
      if (m.ok) w.resolve(m.value)
      else w.reject(new Error(m.error))
    })
    this.child.on('exit', (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`bench host exited (${code})`))
      this.waiting.clear()
    })
  }

  call<T = unknown>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.next++
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject })
      this.child.send({ id, op, args })
    })
  }

  /** The host's resident set and high-water mark from /proc (Linux), in bytes; null elsewhere. */
  procStatus(pid = this.child.pid): { rss: number; hwm: number; anon: number; file: number } | null {
    try {
      const text = readFileSync(`/proc/${pid}/status`, 'utf8')
      const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(text)?.[1] ?? NaN) * 1024
      return { rss: kb('VmRSS'), hwm: kb('VmHWM'), anon: kb('RssAnon'), file: kb('RssFile') + kb('RssShmem') }
    } catch {
      return null
    }
  }

  async stop(): Promise<void> {
    await this.call('close')
    this.child.disconnect()
    await new Promise((r) => (this.child.exitCode === null ? this.child.once('exit', r) : r(null)))
  }
}

/**
 * Peak RSS of the host (the main-process services) and of its job process, sampled every 20 ms
 * while an operation runs (Linux /proc). `both` is the highest sum of the two taken at one instant.
 */
const peak = { rss: 0, job: 0, both: 0, jobOverall: 0, bothOverall: 0 }
let host: Host
let jobPid: number | null = null
const sampleMemory = () => {
  const st = host?.procStatus()
  if (!st || !Number.isFinite(st.rss)) return
  peak.rss = Math.max(peak.rss, st.rss)
  const job = jobPid === null ? null : host.procStatus(jobPid)
  const jobRss = job && Number.isFinite(job.rss) ? job.rss : 0
  peak.job = Math.max(peak.job, jobRss)
  peak.jobOverall = Math.max(peak.jobOverall, jobRss)
  peak.both = Math.max(peak.both, st.rss + jobRss)
  peak.bothOverall = Math.max(peak.bothOverall, st.rss + jobRss)
}
/** Learns the job process's pid once it has started (it starts on the first routed call). */
const findJobProcess = async () => {
  jobPid = (await host.call<number | null>('jobPid')) ?? null
}

async function measure(name: string, runs: number, fn: (i: number) => Promise<unknown>, note?: string): Promise<Row> {
  const outer = peak.rss
  sampleMemory()
  peak.rss = host.procStatus()?.rss ?? 0
  peak.job = 0
  for (let i = 0; i < 3; i++) await fn(i) // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn(i)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  sampleMemory()
  const peakRss = peak.rss
  peak.rss = Math.max(outer, peakRss)
  return { name, runs, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), minMs: times[0]!, maxMs: times.at(-1)!, peakRss, jobPeakRss: takeJobPeak(), ...(await after()), ...(note ? { note } : {}) }
}

/** The job process's peak over the operation just measured; resets it for the next one. */
function takeJobPeak(): number {
  const p = peak.job
  peak.job = 0
  return p
}

/** The host's V8 heap (reserved) and resident set once an operation is over. */
async function after(): Promise<{ heapAfter: number; rssAfter: number }> {
  const m = await host.call<{ heapTotal: number; rss: number }>('memory')
  return { heapAfter: m.heapTotal, rssAfter: m.rss }
}

async function once(name: string, fn: () => Promise<unknown>): Promise<Row> {
  const outer = peak.rss
  peak.rss = host.procStatus()?.rss ?? 0
  peak.job = 0
  const t = performance.now()
  await fn()
  const ms = performance.now() - t
  sampleMemory()
  const peakRss = peak.rss
  peak.rss = Math.max(outer, peakRss)
  return { name, runs: 1, medianMs: ms, p95Ms: ms, peakRss, jobPeakRss: takeJobPeak(), ...(await after()) }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const ci = argv.indexOf('--cases')
  const n = Number(ci >= 0 ? argv[ci + 1] : 500_000)
  const keep = argv.includes('--keep')
  const dir = keep ? resolve('bench-data', String(n)) : join(tmpdir(), `legalaid-bench-${process.pid}`)
  const paths = resolveDataPaths({ argv: [`--data-dir=${dir}`], env: {} })

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
  const dbBytes = statSync(paths.dbPath).size + (existsSync(`${paths.dbPath}-wal`) ? statSync(`${paths.dbPath}-wal`).size : 0)

  host = new Host(await buildHost())
  const timer = setInterval(sampleMemory, 20)
  const call = <T = unknown>(op: string, args: Record<string, unknown> = {}) => host.call<T>(op, args)
  const ok = <T = unknown>(channel: string, input: unknown, discard = false) => call<T>('dispatch', { channel, input, discard })
  const all = <T>(sql: string, ...params: unknown[]) => call<T[]>('all', { sql, params })
  const counted = async (sql: string) => (await all<{ n: number }>(sql))[0]!.n

  const rows: Row[] = []
  // Start-up of the main-process services: open, migrate check, device id (in the host process).
  {
    const times = (await call<number[]>('startupTimes', { dataDir: dir, runs: 13 })).slice(3).sort((a, b) => a - b)
    rows.push({ name: 'service start-up (open + migrate)', runs: times.length, medianMs: percentile(times, 50), p95Ms: percentile(times, 95) })
  }
  await call('start', { dataDir: dir })
  const rssAfterStart = host.procStatus()?.rss ?? (await call<{ rss: number }>('memory')).rss
  peak.rss = rssAfterStart
  const sample = await all<{ applicant_name: string; applicant_initials: string; applicant_id_number: string; applicant_phone: string; case_number: string; id: string }>(
    'SELECT id, applicant_name, applicant_initials, applicant_id_number, applicant_phone, case_number FROM legal_case ORDER BY random() LIMIT 200',
  )
  const at = (i: number) => sample[i % sample.length]!
  const search = (q: string | undefined, extra: Record<string, unknown> = {}) => ok('case:search', { ...(q === undefined ? {} : { q }), ...extra })

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
  rows.push(await measure('open a case file (case:get)', 50, (i) => ok('case:get', { id: at(i).id })))
  let k = 0
  rows.push(
    await measure('register one application (application:create)', 30, () =>
      ok('application:create', {
        applicant: { name: '测试', gender: 'male', ethnicity: '01', idType: 'passport', idNumber: `E${String(10_000_000 + k++)}`, phone: '13900000000', address: '测试地址', residence: 'urban' },
        case: { caseType: 'civil', matter: 'labour-relation-or-pay', cause: '追索劳动报酬纠纷', facts: '基准测试' },
        intake: { channel: 'window', receivedOn: '2026-11-20' },
      }),
    ),
  )
  // Deadlines board and assignment suggestion. The seeder (scripts/seed.ts) wrote roster,
  // assignments, relations and every case's deadlines from its history; seedWorkflow adds only
  // what an older store lacks. The clerks are those who registered the cases.
  const wf = await call<{ clerks: string[]; assignable: string[]; ms: number }>('seedWorkflow')
  const clerks = (await all<{ r: string }>(`SELECT DISTINCT responsible AS r FROM case_deadline WHERE status = 'open' ORDER BY 1`)).map((r) => r.r)
  if (clerks.length > 0) wf.clerks = clerks
  console.log(
    `workflow data: ${await counted(`SELECT count(*) AS n FROM case_deadline WHERE status IN ('open', 'paused')`)} open/paused deadlines, ${await counted('SELECT count(*) AS n FROM lawyer')} lawyers, ${await counted('SELECT count(*) AS n FROM lawyer_party_relation')} party relations, ${await counted('SELECT count(*) AS n FROM case_transition')} transitions, ${await counted('SELECT count(*) AS n FROM consultation')} consultations (${(wf.ms / 1000).toFixed(1)} s)`,
  )
  rows.push(await measure('deadlines board (center)', 30, () => ok('deadlines:board', {})))
  rows.push(await measure('deadlines board (one clerk)', 30, (i) => ok('deadlines:board', { responsible: wf.clerks[i % wf.clerks.length] })))
  rows.push(await measure('assignment suggestion (assignment:suggest)', 30, (i) => ok('assignment:suggest', { caseId: wf.assignable[i % wf.assignable.length] })))
  // Statistics, the monthly report, one document, an outreach package of 1,000 cases.
  const months = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(Number(SEED_LAST_DAY.slice(0, 4)), Number(SEED_LAST_DAY.slice(5, 7)) - 2 - i, 1))
    return d.toISOString().slice(0, 7)
  })
  const lastDayOf = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10)
  const year = Number(months[0]!.slice(0, 4)) - 1
  // The first routed call starts the job process (jobs/job-channels.ts): what a director waits
  // for the first time they open the statistics screen after launching the app.
  rows.push(await once('job process start + first statistics call', () => ok('stats:summary', { from: `${months[0]}-01`, to: lastDayOf(months[0]!) })))
  await findJobProcess()
  if (jobPid === null) throw new Error('the job process did not start')
  rows.push(await measure('statistics: one month (stats:summary)', 30, (i) => ok('stats:summary', { from: `${months[i % 12]}-01`, to: lastDayOf(months[i % 12]!) })))
  rows.push(await measure('statistics: one month, one clerk', 30, (i) => ok('stats:summary', { from: `${months[i % 12]}-01`, to: lastDayOf(months[i % 12]!), clerk: wf.clerks[i % wf.clerks.length] })))
  rows.push(await measure('statistics: one year (stats:summary)', 10, () => ok('stats:summary', { from: `${year}-01-01`, to: `${year}-12-31` })))
  rows.push(await measure('monthly report PDF (stats:report-pdf)', 20, (i) => ok('stats:report-pdf', { kind: 'month', month: months[i % 12] })))
  rows.push(await measure('yearly report PDF (stats:report-pdf)', 5, () => ok('stats:report-pdf', { kind: 'year', year })))
  rows.push(await measure('statistics Excel, one year (stats:export-excel)', 5, () => ok('stats:export-excel', { from: `${year}-01-01`, to: `${year}-12-31` }, true)))
  const docCases = (await all<{ id: string }>(`SELECT id FROM legal_case WHERE channel <> 'notification' ORDER BY received_on DESC LIMIT 40`)).map((r) => r.id)
  rows.push(await measure('one PDF document (documents:issue, 受理回执)', 20, (i) => ok('documents:issue', { type: 'acceptance-receipt', caseId: docCases[i % docCases.length] })))

  // Outreach packages of 1,000 applications each, made here (encryption is the laptop's work).
  // Seeded by the store's size: a kept store that already took earlier packages gets new people,
  // not probable duplicates of the last run's.
  const synth = new Synth(4242 + (await counted('SELECT count(*) AS n FROM legal_case')))
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
      const r = await ok<{ created: { applications: unknown[] } }>('outreach:import', { file: packages[nextPackage++]!, passphrase })
      imported += r.created.applications.length
    }),
  )
  if (imported !== 8000) throw new Error(`outreach import created ${imported} cases, expected 8000`)
  rmSync(packageDir, { recursive: true, force: true })
  // The imports queued their cases for deadline planning; the background planner works through
  // them in batches (it ran alongside the imports above). Time what is left.
  {
    const queued = await counted('SELECT count(*) AS n FROM workflow_pending')
    rows.push(await once(`background deadline planning (${queued} queued)`, () => call('plannerIdle')))
    const left = await counted('SELECT count(*) AS n FROM workflow_pending')
    if (left !== 0) throw new Error(`background planner left ${left} cases unplanned`)
  }

  // Monthly subsidy batches of 500 paid entries: numbered vouchers (five runs, one batch each),
  // then for the last batch the combined voucher PDF, its 汇总表 PDF and its Excel list.
  {
    const times: number[] = []
    let voucherIds: string[] = []
    let batchId = ''
    const outer = peak.rss
    peak.rss = host.procStatus()?.rss ?? 0
    peak.job = 0
    for (const [i, period] of ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].entries()) {
      const seeded = await call<{ batchId: string; entries: number; ms: number }>('seedPaidBatch', { n: 500, period, paidOn: `${period}-20` })
      if (i === 0) console.log(`subsidy seed: 500 approved entries planted; batch of ${seeded.entries} created, approved and paid (${(seeded.ms / 1000).toFixed(1)} s)`)
      const t = performance.now()
      voucherIds = await call<string[]>('issueVouchers', { batchId: seeded.batchId })
      times.push(performance.now() - t)
      batchId = seeded.batchId
    }
    times.sort((a, b) => a - b)
    sampleMemory()
    const peakRss = peak.rss
    peak.rss = Math.max(outer, peakRss)
    rows.push({ name: 'issue 500 subsidy vouchers (numbered, stored)', runs: times.length, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), minMs: times[0]!, maxMs: times.at(-1)!, peakRss, jobPeakRss: takeJobPeak(), ...(await after()) })
    rows.push(await once('500-voucher batch PDF (documents batch)', () => call('renderVoucherBatch', { ids: voucherIds })))
    rows.push(await once('monthly payment list PDF, 500 rows (汇总表)', () => call('paymentList', { batchId })))
    rows.push(await once('monthly payment list Excel, 500 rows', () => call('paymentExcel', { batchId })))
  }
  sampleMemory()
  const final = await call<{ rss: number; heapTotal: number; heapUsed: number; external: number; maxRss: number; heapPhysical: number; malloced: number }>('memory')
  const status = host.procStatus()
  const jobFinal = jobPid === null ? null : host.procStatus(jobPid)
  const hwm = status?.hwm ?? final.maxRss
  clearInterval(timer)
  await host.stop()

  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length))
  console.log('')
  if (seedMs !== null) console.log(`seed insert: ${n} cases in ${(seedMs / 1000).toFixed(1)} s (${Math.round(n / (seedMs / 1000))} cases/s)`)
  else console.log('seed insert: reused the kept store (no seed this run)')
  console.log(`store size: ${(dbBytes / 1024 / 1024).toFixed(1)} MB`)
  console.log('')
  console.log(`${pad('operation', 48)}${pad('runs', 6)}${pad('min ms', 11)}${pad('median ms', 12)}${pad('max ms', 11)}${pad('p95 ms', 10)}${pad('main peak', 11)}${pad('main after', 12)}${pad('main V8 heap', 14)}job peak`)
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`
  const opt = (b: number | undefined, w: number) => pad(b ? mb(b) : '', w)
  for (const r of rows)
    console.log(
      `${pad(r.name, 48)}${pad(String(r.runs), 6)}${pad(r.minMs === undefined ? '' : r.minMs.toFixed(2), 11)}${pad(r.medianMs.toFixed(2), 12)}${pad(r.maxMs === undefined ? '' : r.maxMs.toFixed(2), 11)}${pad(r.p95Ms.toFixed(2), 10)}${opt(r.peakRss, 11)}${opt(r.rssAfter, 12)}${opt(r.heapAfter, 14)}${opt(r.jobPeakRss, 0)}`,
    )
  console.log('')
  console.log(
    `main-process services (separate process, bundled like the Electron main bundle): RSS after start-up ${mb(rssAfterStart)}; peak RSS during the operations ${mb(peak.rss)} (sampled every 20 ms); high-water mark ${mb(hwm)}`,
  )
  console.log(
    `job process (reports, exports, imports, voucher runs; started on the first routed call): peak RSS ${mb(peak.jobOverall)}${jobFinal ? `, ${mb(jobFinal.rss)} at the end` : ''}; main + job at the same instant: peak ${mb(peak.bothOverall)}`,
  )
  console.log(
    `  at the end: RSS ${mb(final.rss)}${status ? ` (anonymous ${mb(status.anon)}, files and shared ${mb(status.file)})` : ''}; V8 heap ${mb(final.heapUsed)} in use of ${mb(final.heapTotal)} reserved (${mb(final.heapPhysical)} resident); V8 malloc ${mb(final.malloced)}; buffers outside the heap ${mb(final.external)}`,
  )
  if (!keep) rmSync(dir, { recursive: true, force: true })
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
