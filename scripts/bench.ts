/**
 * Benchmarks at the scale of a province. Prints a table; asserts nothing (see README for the
 * figures last measured and the targets).
 *
 *   npm run bench                      # 500,000 cases (about a minute to seed)
 *   npm run bench -- --cases 20000     # what CI runs
 *   npm run bench -- --keep            # keep the seeded store in bench-data/ and reuse it next time
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startServices, type Services } from '../electron/main/app-services'
import { resolveDataPaths } from '../electron/main/paths'
import { seedCases } from './seed'
import { seedWorkflowForBench } from '../electron/main/workflow/bench-seed'

interface Row {
  name: string
  runs: number
  medianMs: number
  p95Ms: number
  note?: string
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[idx]!
}

async function measure(name: string, runs: number, fn: (i: number) => Promise<unknown>, note?: string): Promise<Row> {
  for (let i = 0; i < 3; i++) await fn(i) // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn(i)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { name, runs, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), ...(note ? { note } : {}) }
}

const peak = { rss: 0 }
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
  const dbBytes = statSync(paths.dbPath).size + (existsSync(`${paths.dbPath}-wal`) ? statSync(`${paths.dbPath}-wal`).size : 0)

  const rows: Row[] = []
  // Start-up of the main-process services: open, migrate check, device id.
  rows.push(
    await measure('service start-up (open + migrate)', 10, async () => {
      const s = await startServices({ paths, mode: 'web', appVersion: 'bench' })
      await s.close()
    }),
  )

  const services: Services = await startServices({ paths, mode: 'web', appVersion: 'bench' })
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
  console.log(`workflow seed: ${wf.deadlines} open/paused deadlines on ${wf.cases} recent cases, ${wf.lawyers} lawyers, ${wf.relations} party relations (${(wf.ms / 1000).toFixed(1)} s)`)
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
  console.log(`peak RSS: ${(peak.rss / 1024 / 1024).toFixed(0)} MB (sampled); maxRSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
  if (!keep) rmSync(dir, { recursive: true, force: true })
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
