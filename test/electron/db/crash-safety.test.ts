import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { fixedClock } from '../../../shared/domain/dates'
import type { OutreachExportResult, OutreachImportResult } from '../../../shared/outreach/dto'
import { startServices } from '../../../electron/main/app-services'
import { verifyAuditChain } from '../../../electron/main/db/audit-repo'
import { resolveDataPaths } from '../../../electron/main/paths'
import { CLERK, TEST_NOW, childScript, makeResidentId, makeTestServices, validApplication, type TestServices } from '../../kit/services'
import { countAllTables } from '../backup/helpers'
import { value } from '../../kit/call'

const ROOT = resolve(__dirname, '../../..')
const CHILD = childScript('crash-child')

/** Runs the child and SIGKILLs it as soon as `killWhen` matches a line it printed. */
function runAndKill(args: string[], killWhen: (line: string, lines: string[]) => boolean): Promise<{ lines: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const lines: string[] = []
    let buffer = ''
    let stderr = ''
    let killed = false
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8')
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl)
        buffer = buffer.slice(nl + 1)
        lines.push(line)
        if (!killed && killWhen(line, lines)) {
          killed = true
          child.kill('SIGKILL')
        }
      }
    })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    child.on('error', reject)
    child.on('exit', (_code, signal) => resolvePromise({ lines, signal, stderr }))
  })
}

function checkStore(s: TestServices): { cases: number } {
  const db = s.ctx.store.sqlite
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  const seqs = (db.prepare('SELECT case_seq FROM legal_case WHERE case_year = 2026 ORDER BY case_seq').all() as { case_seq: number }[]).map((r) => r.case_seq)
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1)) // gap-free
  const counter = db.prepare('SELECT last_seq FROM case_counter WHERE year = 2026').get() as { last_seq: number } | undefined
  expect(counter?.last_seq ?? 0).toBe(seqs.length) // no number handed out without its case
  const orphans = db
    .prepare(
      "SELECT count(*) AS n FROM legal_case c WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'legal_case' AND a.entity_id = c.id AND a.action IN ('application.create', 'application.import'))",
    )
    .get() as { n: number }
  expect(orphans.n).toBe(0) // every case has its audit entry
  return { cases: seqs.length }
}

it('kill -9 in the middle of a batch of registrations: every committed case is there, nothing partial', async () => {
  const s = await makeTestServices()
  await s.close()
  try {
    const run = await runAndKill(['register', s.dir, '2000'], (_line, lines) => lines.length >= 40)
    expect(run.signal).toBe('SIGKILL')
    const committed = run.lines.filter((l) => l.startsWith('committed ')).map((l) => l.slice('committed '.length))
    expect(committed.length).toBeGreaterThanOrEqual(40)
    expect(committed.length).toBeLessThan(2000) // killed mid-batch

    const reopened = await makeTestServicesOn(s.dir)
    try {
      const { cases } = checkStore(reopened)
      expect(cases).toBeGreaterThanOrEqual(committed.length) // at most one more committed after the last line was read
      const numbers = new Set((reopened.ctx.store.sqlite.prepare('SELECT case_number FROM legal_case').all() as { case_number: string }[]).map((r) => r.case_number))
      for (const n of committed) expect(numbers.has(n)).toBe(true)
      expect((await verifyAuditChain(reopened.ctx.db)).ok).toBe(true)
      // The store carries on numbering where it stopped.
      const next = value<{ caseNumber: string }>(await reopened.dispatch('application:create', validApplication({ name: '重启后', idNumber: makeResidentId('19820303', 5) }), CLERK))
      expect(next.caseNumber).toBe(`2026-${String(cases + 1).padStart(4, '0')}`)
    } finally {
      await reopened.close()
    }
  } finally {
    await s.dispose()
  }
}, 60_000)

it('kill -9 in the middle of an import: nothing of the package is there, and importing again works', async () => {
  const laptop = await makeTestServices()
  const center = await makeTestServices()
  try {
    for (let i = 0; i < 2; i++) value(await center.dispatch('application:create', validApplication({ name: `中心${i}`, idNumber: makeResidentId('19700707', i) }), CLERK))
    for (let i = 0; i < 60; i++) value(await laptop.dispatch('application:create', validApplication({ name: `巡回${i}`, idNumber: makeResidentId('19910101', 100 + i) }), CLERK))
    const file = join(laptop.dir, 'crash.ladpkg')
    value<OutreachExportResult>(await laptop.dispatch('outreach:export', { file, passphrase: 'crash-test-pass' }, CLERK))
    const before = countAllTables(center.ctx.store.sqlite)
    await center.close()

    const run = await runAndKill(['import', center.dir, file, 'crash-test-pass'], (line) => line.startsWith('mid-transaction'))
    expect(run.signal).toBe('SIGKILL')
    expect(run.lines).toContain('mid-transaction 30/60')
    expect(run.lines).not.toContain('import finished')

    const reopened = await makeTestServicesOn(center.dir)
    try {
      expect(countAllTables(reopened.ctx.store.sqlite)).toEqual(before) // no partial import
      checkStore(reopened)
      expect((await verifyAuditChain(reopened.ctx.db)).ok).toBe(true)
      const r = value<OutreachImportResult>(await reopened.dispatch('outreach:import', { file, passphrase: 'crash-test-pass' }, CLERK))
      expect(r.created.applications).toHaveLength(60)
      expect(checkStore(reopened).cases).toBe(62)
    } finally {
      await reopened.close()
    }
  } finally {
    await laptop.dispose()
    await center.dispose()
  }
}, 60_000)

/** Services on an existing store folder (the folder is removed by the test's own dispose). */
async function makeTestServicesOn(dir: string): Promise<TestServices> {
  // No background deadline planning: the tests compare whole-table counts before and after.
  const services = await startServices({ paths: resolveDataPaths({ argv: [`--data-dir=${dir}`], env: {} }), mode: 'web', clock: fixedClock(TEST_NOW), backgroundPlanning: false })
  return { ...services, dir, dispose: () => services.close() }
}
