import { closeSync, copyFileSync, existsSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../../shared/domain/dates'
import type { BackupInfo, BackupList, BackupRunResult, BackupSettings, BackupVerifyResult, RestoreResult } from '../../../shared/backup/dto'
import { startServices } from '../../../electron/main/app-services'
import { ensureDailyBackup, exitBackup, planRotation, runBackup } from '../../../electron/main/backup/backup-service'
import { verifyAuditChain } from '../../../electron/main/db/audit-repo'
import { resolveDataPaths } from '../../../electron/main/paths'
import { CLERK, TEST_NOW, makeResidentId, makeTestServices, validApplication, type TestServices } from '../../kit/services'
import { makeTempDir } from '../../kit/temp-dir'
import { countAllTables, movableClock } from './helpers'
import { failure, value } from '../../kit/call'

const DAY = 86_400_000

let s: TestServices
beforeEach(async () => {
  s = await makeTestServices()
})
afterEach(async () => {
  await s.dispose()
})

async function register(n: number, from = 0): Promise<string[]> {
  const out: string[] = []
  for (let i = from; i < from + n; i++) {
    const r = value<{ caseNumber: string }>(await s.dispatch('application:create', validApplication({ name: `备份${i}`, idNumber: makeResidentId('19700101', 300 + i) }), CLERK))
    out.push(r.caseNumber)
  }
  return out
}
const caseCount = () => (s.ctx.store.sqlite.prepare('SELECT count(*) AS n FROM legal_case').get() as { n: number }).n

/** Overwrites `length` bytes in the middle of a file. */
function damage(file: string, length = 64): void {
  const size = statSync(file).size
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, Math.floor(size / 2))
  } finally {
    closeSync(fd)
  }
}

describe('backup and restore', () => {
  it('round trip: back up, change, restore; the copy passes its check; the current data is saved first', async () => {
    await register(3)
    const run = value<BackupRunResult>(await s.dispatch('backup:run', {}, CLERK))
    const copy = run.backup!
    expect(copy.kind).toBe('manual')
    expect(copy.counts).toEqual({ cases: 3, consultations: 0, auditEntries: 4 })
    expect(copy.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(existsSync(`${copy.file}-wal`)).toBe(false) // a single self-contained file
    console.log(`[backup] test DB (${copy.sizeBytes} bytes): backup ${run.tookMs} ms`)

    const check = value<BackupVerifyResult>(await s.dispatch('backup:verify', { file: copy.file }, CLERK))
    expect(check.allOk).toBe(true)
    expect(check.checks[0]).toMatchObject({ ok: true, checksum: 'match', integrity: 'ok', schemaVersion: expect.stringMatching(/^\d{4}_/) })

    await register(2, 10)
    expect(caseCount()).toBe(5)

    const restored = value<RestoreResult>(await s.dispatch('backup:restore', { file: copy.file, confirm: true }, CLERK))
    expect(restored.counts.cases).toBe(3)
    expect(caseCount()).toBe(3)
    // The database as it was before the restore was backed up first, and that copy is sound.
    const safety = new Database(restored.safetyBackup, { readonly: true })
    expect((safety.prepare('SELECT count(*) AS n FROM legal_case').get() as { n: number }).n).toBe(5)
    safety.close()
    expect(basename(restored.safetyBackup)).toMatch(/pre-restore\.sqlite$/)
    // The restored store works through the same dispatcher, numbering continues from the copy.
    const next = await register(1, 20)
    expect(next).toEqual(['2026-0004'])
    const actions = (s.ctx.store.sqlite.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map((r) => r.action)
    expect(actions.slice(-2)).toEqual(['backup.restore', 'application.create'])
    expect((await verifyAuditChain(s.ctx.db)).ok).toBe(true)
    expect(s.ctx.store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
  })

  it('restore needs an explicit confirmation', async () => {
    const copy = value<BackupRunResult>(await s.dispatch('backup:run', {}, CLERK)).backup!
    const e = failure(await s.dispatch('backup:restore', { file: copy.file }, CLERK))
    expect(e.code).toBe('VALIDATION')
    expect(e.message).toMatch(/确认/)
    expect(failure(await s.dispatch('backup:restore', { file: copy.file, confirm: 'yes' }, CLERK)).code).toBe('VALIDATION')
  })

  it('a corrupted backup is detected by the check and refused by restore, changing nothing', async () => {
    await register(2)
    const copy = value<BackupRunResult>(await s.dispatch('backup:run', {}, CLERK)).backup!
    await register(1, 5)
    damage(copy.file)
    const check = value<BackupVerifyResult>(await s.dispatch('backup:verify', { file: copy.file }, CLERK))
    expect(check.allOk).toBe(false)
    expect(check.checks[0]!.checksum).toBe('mismatch')
    expect(check.checks[0]!.problems[0]).toMatch(/损坏/)

    const before = countAllTables(s.ctx.store.sqlite)
    const filesBefore = readdirSync(s.ctx.paths.backupsDir).sort()
    const e = failure(await s.dispatch('backup:restore', { file: copy.file, confirm: true }, CLERK))
    expect(e.code).toBe('VALIDATION')
    expect(e.message).toMatch(/拒绝恢复.*没有任何改动/)
    expect(countAllTables(s.ctx.store.sqlite)).toEqual(before)
    expect(readdirSync(s.ctx.paths.backupsDir).sort()).toEqual(filesBefore) // not even a safety copy
    expect(caseCount()).toBe(3)
  })

  it('a damaged copy without a manifest is caught by SQLite (integrity check or unreadable)', async () => {
    await register(30)
    const copy = value<BackupRunResult>(await s.dispatch('backup:run', {}, CLERK)).backup!
    const bare = join(s.dir, 'by-hand.sqlite')
    copyFileSync(copy.file, bare)
    // Garble whole pages in the middle of the b-trees.
    const size = statSync(bare).size
    const fd = openSync(bare, 'r+')
    writeSync(fd, Buffer.alloc(8192, 0x37), 0, 8192, Math.floor(size / 2 / 4096) * 4096)
    closeSync(fd)
    const check = value<BackupVerifyResult>(await s.dispatch('backup:verify', { file: bare }, CLERK))
    expect(check.checks[0]).toMatchObject({ ok: false, checksum: 'absent', integrity: 'failed' })
    const e = failure(await s.dispatch('backup:restore', { file: bare, confirm: true }, CLERK))
    expect(e.message).toMatch(/拒绝恢复/)
    expect(caseCount()).toBe(30)
  })

  it('refuses a SQLite file that is not our database, and a missing file', async () => {
    const foreign = join(s.dir, 'foreign.sqlite')
    const db = new Database(foreign)
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)')
    db.close()
    const e = failure(await s.dispatch('backup:restore', { file: foreign, confirm: true }, CLERK))
    expect(e.message).toMatch(/不是法援工作台的数据库/)
    const missing = value<BackupVerifyResult>(await s.dispatch('backup:verify', { file: join(s.dir, 'nope.sqlite') }, CLERK))
    expect(missing.checks[0]!.problems[0]).toMatch(/找不到备份文件/)
  })

  it('validates paths crossing IPC: relative, too long, control characters', async () => {
    for (const file of ['backups/a.sqlite', `/${'a'.repeat(2000)}`, '/tmp/a\u0000.sqlite', '']) {
      const e = failure(await s.dispatch('backup:verify', { file }, CLERK))
      expect(e.code).toBe('VALIDATION')
      expect(e.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('lists copies newest first with their kind and counts', async () => {
    await register(1)
    const clock = movableClock(TEST_NOW - DAY)
    const ctx = { ...s.ctx, clock }
    await runBackup(ctx, 'daily')
    clock.advance(DAY)
    await runBackup(ctx, 'manual')
    const list = value<BackupList>(await s.dispatch('backup:list', {}, CLERK))
    expect(list.folder).toBe(s.ctx.paths.backupsDir)
    expect(list.backups.map((b) => b.kind)).toEqual(['manual', 'daily'])
    expect(list.backups[0]!.counts?.cases).toBe(1)
  })
})

describe('backup settings', () => {
  it('defaults to <data folder>/backups, keeps a chosen folder, and refuses bad values in Chinese', async () => {
    const d = value<BackupSettings>(await s.dispatch('backup:settings-get', {}, CLERK))
    expect(d).toMatchObject({ folder: null, effectiveFolder: s.ctx.paths.backupsDir, keepDaily: 7, keepMonthly: 12, onExit: true, daily: true })

    const usb = makeTempDir('legalaid-usb-')
    try {
      const saved = value<BackupSettings>(await s.dispatch('backup:settings-save', { folder: usb.dir, keepDaily: 3, keepMonthly: 2, onExit: true, daily: true }, CLERK))
      expect(saved.effectiveFolder).toBe(usb.dir)
      const run = value<BackupRunResult>(await s.dispatch('backup:run', {}, CLERK))
      expect(run.backup!.file.startsWith(usb.dir)).toBe(true)
      expect(value<BackupSettings>(await s.dispatch('backup:settings-get', {}, CLERK)).keepDaily).toBe(3)
    } finally {
      usb.cleanup()
    }

    const bad = [
      { folder: 'relative/dir', keepDaily: 3, keepMonthly: 2, onExit: true, daily: true },
      { folder: null, keepDaily: 0, keepMonthly: 2, onExit: true, daily: true },
      { folder: null, keepDaily: 3, keepMonthly: 2.5, onExit: true, daily: true },
      { folder: null, keepDaily: 3, keepMonthly: 2, onExit: 'yes', daily: true },
      { folder: null, keepDaily: 3, keepMonthly: 2, onExit: true },
    ]
    for (const input of bad) {
      const e = failure(await s.dispatch('backup:settings-save', input, CLERK))
      expect(e.code).toBe('VALIDATION')
      expect(e.message).toMatch(/[\u4e00-\u9fff]/)
    }
    const notWritable = failure(
      await s.dispatch('backup:settings-save', { folder: join(s.ctx.paths.dbPath, 'inside-a-file'), keepDaily: 3, keepMonthly: 2, onExit: true, daily: true }, CLERK),
    )
    expect(notWritable.code).toBe('IO')
    expect(notWritable.message).toMatch(/无法写入备份文件夹/)
  })
})

describe('rotation', () => {
  const info = (iso: string, kind: BackupInfo['kind'] = 'daily'): BackupInfo => ({
    file: `/b/${iso}-${kind}.sqlite`,
    name: `${iso}-${kind}.sqlite`,
    kind,
    createdAtMs: Date.parse(iso),
    sizeBytes: 1,
    sha256: null,
    schemaVersion: null,
    appVersion: null,
    counts: null,
    auditHead: null,
  })

  it('keeps the newest copy of each of the last N days and of each of the last M months', () => {
    const backups = [
      info('2026-11-23T08:00:00+08:00', 'exit'),
      info('2026-11-23T07:00:00+08:00'),
      info('2026-11-22T07:00:00+08:00'),
      info('2026-11-21T07:00:00+08:00'),
      info('2026-11-20T07:00:00+08:00'),
      info('2026-10-31T18:00:00+08:00'),
      info('2026-10-02T07:00:00+08:00'),
      info('2026-09-30T07:00:00+08:00'),
      info('2026-08-15T07:00:00+08:00'),
    ]
    const { keep, remove } = planRotation(backups, 3, 3)
    expect(keep.map((b) => b.name)).toEqual([
      '2026-11-23T08:00:00+08:00-exit.sqlite', // today (also November's)
      '2026-11-22T07:00:00+08:00-daily.sqlite',
      '2026-11-21T07:00:00+08:00-daily.sqlite',
      '2026-10-31T18:00:00+08:00-daily.sqlite', // October's newest
      '2026-09-30T07:00:00+08:00-daily.sqlite', // September's newest
    ])
    expect(remove).toHaveLength(4)
    // Days are Beijing days: 23:30 Beijing on the 22nd is the 22nd even though UTC says the 22nd 15:30.
    const late = planRotation([info('2026-11-22T23:30:00+08:00'), info('2026-11-22T01:00:00+08:00')], 1, 0)
    expect(late.keep.map((b) => b.name)).toEqual(['2026-11-22T23:30:00+08:00-daily.sqlite'])
  })

  it('applies the rule to the folder after each copy and never touches safety copies', async () => {
    value(await s.dispatch('backup:settings-save', { folder: null, keepDaily: 2, keepMonthly: 2, onExit: true, daily: true }, CLERK))
    const clock = movableClock(TEST_NOW - 70 * DAY)
    const ctx = { ...s.ctx, clock }
    await runBackup(ctx, 'pre-restore')
    clock.advance(3_600_000)
    await runBackup(ctx, 'manual') // made by hand: never rotated away
    const made: string[] = []
    for (let d = 0; d <= 70; d += 7) {
      clock.set(TEST_NOW - (70 - d) * DAY)
      made.push(value<BackupRunResult>({ ok: true, value: await runBackup(ctx, 'daily') }).backup!.name)
      clock.advance(3_600_000)
      made.push((await runBackup(ctx, 'exit')).backup!.name)
    }
    const left = readdirSync(s.ctx.paths.backupsDir).filter((n) => n.endsWith('.sqlite')).sort()
    const leftInfo = value<BackupList>(await s.dispatch('backup:list', {}, CLERK)).backups
    // 2 most recent days (their newest copy: the exit one) + newest of the 2 most recent months (already among them for Nov) + October's newest.
    expect(leftInfo.filter((b) => b.kind === 'manual')).toHaveLength(1)
    const rotated = leftInfo.filter((b) => b.kind !== 'pre-restore' && b.kind !== 'manual')
    const days = rotated.map((b) => new Date(b.createdAtMs + 8 * 3_600_000).toISOString().slice(0, 10))
    expect(days).toEqual(['2026-11-23', '2026-11-16', '2026-10-26'])
    expect(rotated.every((b) => b.kind === 'exit')).toBe(true)
    expect(left.some((n) => n.endsWith('pre-restore.sqlite'))).toBe(true)
    // Every file left has its manifest, and removed copies took theirs along.
    const all = readdirSync(s.ctx.paths.backupsDir)
    for (const n of left) expect(all).toContain(`${n}.json`)
    expect(all.filter((n) => n.endsWith('.json'))).toHaveLength(left.length)
    expect(made.length).toBe(22)
  })
})

describe('automatic copies', () => {
  it('makes the daily copy once per day', async () => {
    const clock = movableClock(TEST_NOW)
    const ctx = { ...s.ctx, clock }
    expect((await ensureDailyBackup(ctx))?.backup?.kind).toBe('daily')
    clock.advance(3_600_000)
    expect(await ensureDailyBackup(ctx)).toBeNull()
    clock.advance(DAY)
    expect((await ensureDailyBackup(ctx))?.backup?.kind).toBe('daily')
  })

  it('the copy on exit is skipped when nothing changed since the newest copy', async () => {
    await register(1)
    const first = await exitBackup(s.ctx)
    expect(first?.backup?.kind).toBe('exit')
    const second = await exitBackup(s.ctx)
    expect(second?.backup).toBeNull()
    expect(second?.skippedReason).toMatch(/没有变化/)
    await register(1, 9)
    expect((await exitBackup(s.ctx))?.backup?.kind).toBe('exit')
  })

  it('startServices with autoBackup copies the database when it is closed', async () => {
    const tmp = makeTempDir()
    try {
      const paths = resolveDataPaths({ argv: [`--data-dir=${tmp.dir}`], env: {} })
      const services = await startServices({ paths, mode: 'web', clock: fixedClock(TEST_NOW), autoBackup: true })
      await services.close()
      const names = readdirSync(paths.backupsDir)
      expect(names.filter((n) => n.endsWith('-exit.sqlite'))).toHaveLength(1)
    } finally {
      rmSync(tmp.dir, { recursive: true, force: true })
    }
  })
})
