/**
 * Builds a realistic store for demos and benchmarks.
 *
 *   npm run seed -- --cases 500000 [--data-dir=./bench-data] [--seed=1]
 *
 * Rows go through the same row mapping as the intake service (buildCaseRow) and the same
 * case-number format, in batches of 5,000 per transaction, with the search index maintained by
 * the schema's own triggers. The center settings are set to an Inner Mongolia demo center.
 */
import { addDays, yearOf, type LocalDate } from '../shared/domain/dates'
import { formatCaseNumber } from '../shared/domain/case-number'
import { ApplicationInput } from '../shared/schemas/intake'
import { startServices, type Services } from '../electron/main/app-services'
import { resolveDataPaths } from '../electron/main/paths'
import { buildCaseRow } from '../electron/main/services/intake-service'
import { Synth, syntheticApplication } from './synthetic'

export interface SeedResult {
  cases: number
  ms: number
}

const FIRST_DAY = '2022-01-01' as LocalDate
const DAYS = 1785 // to 2026-11-20

export async function seedCases(services: Services, n: number, options: { seed?: number; onProgress?: (done: number) => void } = {}): Promise<SeedResult> {
  const started = performance.now()
  const { ctx } = services
  const sqlite = ctx.store.sqlite
  await services.dispatch(
    'settings:save',
    { centerName: '呼和浩特市法律援助中心（演示数据）', region: 'nei-mongol', docPrefix: '呼法援', address: '呼和浩特市新城区示例路1号', phone: '0471-6900000' },
    { actor: '数据生成', via: 'web' },
  )
  const s = new Synth(options.seed ?? 20261123)
  // Receipt dates first, sorted, so that numbers run in receipt order within each year.
  const dates = Array.from({ length: n }, () => addDays(FIRST_DAY, s.int(DAYS))).sort()
  const counters = new Map<number, number>()
  for (const row of sqlite.prepare('SELECT year, last_seq FROM case_counter').all() as { year: number; last_seq: number }[]) {
    counters.set(row.year, row.last_seq)
  }

  let insert: import('better-sqlite3').Statement | null = null
  const batch = sqlite.transaction((rows: Record<string, unknown>[]) => {
    for (const row of rows) insert!.run(row)
  })
  const saveCounters = sqlite.prepare(
    'INSERT INTO case_counter (year, last_seq) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last_seq = excluded.last_seq',
  )

  const BATCH = 5000
  let pending: Record<string, unknown>[] = []
  for (let i = 0; i < n; i++) {
    const receivedOn = dates[i]!
    const { input, status } = syntheticApplication(s, receivedOn)
    if (i % 5000 === 0) ApplicationInput.parse(input) // the generator must produce what intake accepts
    const year = yearOf(receivedOn)
    const seq = (counters.get(year) ?? 0) + 1
    counters.set(year, seq)
    const atMs = Date.UTC(year, Number(receivedOn.slice(5, 7)) - 1, Number(receivedOn.slice(8, 10)), 2)
    const row = buildCaseRow(input, {
      id: ctx.newId(),
      caseNumber: formatCaseNumber(year, seq),
      year,
      seq,
      region: 'nei-mongol',
      origin: ctx.origin,
      actor: '数据生成',
      atMs,
    })
    row.status = status
    if (!insert) {
      const columns = Object.keys(row)
      insert = sqlite.prepare(`INSERT INTO legal_case (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
    }
    pending.push(row as unknown as Record<string, unknown>)
    if (pending.length === BATCH) {
      batch(pending)
      pending = []
      options.onProgress?.(i + 1)
    }
  }
  if (pending.length) batch(pending)
  sqlite.transaction(() => {
    for (const [year, seq] of counters) saveCounters.run(year, seq)
  })()
  sqlite.pragma('optimize')
  options.onProgress?.(n)
  return { cases: n, ms: performance.now() - started }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const i = argv.indexOf('--cases')
  const n = Number(i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--cases='))?.split('=')[1] ?? 1000)
  if (!Number.isSafeInteger(n) || n < 1) throw new Error('--cases 需要正整数')
  const paths = resolveDataPaths({ argv: argv.some((a) => a.startsWith('--data-dir=') || a.startsWith('--db=')) ? argv : [...argv, '--data-dir=bench-data'] })
  const services = await startServices({ paths, mode: 'web', appVersion: 'seed' })
  const result = await seedCases(services, n, {
    onProgress: (done) => process.stderr.write(`\r已生成 ${done.toLocaleString('zh-CN')} / ${n.toLocaleString('zh-CN')} 件`),
  })
  process.stderr.write('\n')
  await services.close()
  console.log(`已生成 ${result.cases} 件合成案件，用时 ${(result.ms / 1000).toFixed(1)} 秒：${paths.dbPath}`)
}

if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  })
}
