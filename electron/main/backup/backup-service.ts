import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { localDateOf, today } from '../../../shared/domain/dates'
import type { AuditVerifyResult, BackupCheck, BackupInfo, BackupKind, BackupList, BackupRunResult, BackupSettings, BackupVerifyResult, RestoreResult } from '../../../shared/backup/dto'
import { AppError } from '../../../shared/ipc/result'
import { BackupSettingsInput, DEFAULT_BACKUP_SETTINGS, type BackupSettingsValue } from '../../../shared/backup/schema'
import { appendAudit, auditHashAt, verifyAuditChain } from '../db/audit-repo'
import { readSetting, writeSetting } from '../settings/setting-repo'
import { writeTx } from '../db/tx'
import type { Logger } from '../ipc/types'
import type { ServiceContext } from '../context'
import {
  ROTATED_KINDS,
  backupFileName,
  backupInfoOf,
  describeDatabase,
  inspectDatabaseFile,
  listBackupFiles,
  readManifest,
  writeManifest,
} from './backup-files'
import { commitTempFile, removeIfExists, sha256File, tempNameFor } from './fs-safe'

const SETTING_KEY = 'backup'

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err))

// ---------------------------------------------------------------------------------------
// Settings

export async function getBackupSettings(ctx: ServiceContext): Promise<BackupSettings> {
  const stored = await readSetting(ctx.db, SETTING_KEY)
  const parsed = stored ? BackupSettingsInput.safeParse(stored.value) : null
  const value: BackupSettingsValue = parsed?.success ? parsed.data : DEFAULT_BACKUP_SETTINGS
  return { ...value, effectiveFolder: value.folder ?? ctx.paths.backupsDir, updatedAtMs: parsed?.success ? stored!.updatedAtMs : null }
}

/** Refuses a folder that cannot be created or written to, with what to check. */
function assertWritableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true })
    const probe = join(folder, `.legalaid-write-test-${process.pid}`)
    writeFileSync(probe, 'ok')
    rmSync(probe, { force: true })
  } catch (err) {
    throw new AppError(
      'IO',
      `无法写入备份文件夹「${folder}」：请检查U盘或网络盘是否已连接、是否有写入权限，或选择其他文件夹。（${errorText(err)}）`,
      { setting: 'backup', issues: [{ path: ['folder'], message: '备份文件夹不可写' }] },
    )
  }
}

export async function saveBackupSettings(ctx: ServiceContext, input: BackupSettingsValue, actor: string): Promise<BackupSettings> {
  if (input.folder !== null) {
    if (resolve(input.folder) === resolve(ctx.paths.dataDir)) {
      throw new AppError('VALIDATION', '备份文件夹不能是数据文件夹本身，请选择其他文件夹（最好是U盘或另一块磁盘）', {
        issues: [{ path: ['folder'], message: '不能是数据文件夹本身' }],
      })
    }
    assertWritableFolder(input.folder)
  }
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const before = await readSetting(trx, SETTING_KEY)
    await writeSetting(trx, SETTING_KEY, input, atMs)
    await appendAudit(trx, { atMs, actor, action: 'settings.save', entity: 'setting', entityId: SETTING_KEY, before: before?.value ?? null, after: input })
  })
  return { ...input, effectiveFolder: input.folder ?? ctx.paths.backupsDir, updatedAtMs: atMs }
}

// ---------------------------------------------------------------------------------------
// Making a copy

export interface RunOptions {
  /** Another folder than the configured one. */
  folder?: string
  /** Apply the retention rule afterwards (default: for daily, exit and manual copies). */
  rotate?: boolean
}

/**
 * Copies the live database with SQLite's online backup API (consistent while in use) to a
 * temp name in the backup folder, turns the copy into a single self-contained file (rollback
 * journal instead of WAL), records its SHA-256, size, schema version, row counts and audit
 * chain head in a manifest next to it, then gives it its final name. An interrupted copy never
 * looks like a backup. Then applies the retention rule.
 */
export async function runBackup(ctx: ServiceContext, kind: BackupKind, options: RunOptions = {}): Promise<BackupRunResult> {
  const started = performance.now()
  const settings = await getBackupSettings(ctx)
  const folder = options.folder ?? settings.effectiveFolder
  assertWritableFolder(folder)
  const atMs = ctx.clock.now()
  const target = backupFileName(folder, ctx.paths.dbPath, kind, atMs)
  const tmp = tempNameFor(target, 'partial')
  try {
    // 4,096 pages (16 MB) per step, yielding to the event loop between steps.
    await ctx.store.sqlite.backup(tmp, { progress: () => 4096 })
    const copy = new Database(tmp)
    let described: ReturnType<typeof describeDatabase>
    try {
      copy.pragma('journal_mode = DELETE')
      described = describeDatabase(copy)
    } finally {
      copy.close()
    }
    const sha256 = await sha256File(tmp)
    const sizeBytes = statSync(tmp).size
    commitTempFile(tmp, target)
    writeManifest(target, {
      format: 'legalaid-backup',
      version: 1,
      name: basename(target),
      kind,
      createdAtMs: atMs,
      sizeBytes,
      sha256,
      appVersion: ctx.appVersion,
      schemaVersion: described.schemaVersion,
      counts: described.counts,
      auditHead: described.auditHead,
    })
  } catch (err) {
    removeIfExists(tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`)
    if (err instanceof AppError) throw err
    throw new AppError('IO', `备份失败：${errorText(err)}。请检查备份文件夹所在磁盘是否已满、U盘是否已拔出，然后重试。`)
  }
  const deleted = (options.rotate ?? ROTATED_KINDS.includes(kind)) ? rotateBackups(ctx, folder, settings, target) : []
  return { backup: backupInfoOf(target), skippedReason: null, deleted, tookMs: Math.round(performance.now() - started) }
}

// ---------------------------------------------------------------------------------------
// Retention

/**
 * Which copies to keep: the newest copy of each of the `keepDaily` most recent days that have
 * one, and the newest copy of each of the `keepMonthly` most recent months that have one (days
 * and months in Beijing time). Everything else among `backups` goes. Pure, for testing.
 */
export function planRotation(
  backups: readonly BackupInfo[],
  keepDaily: number,
  keepMonthly: number,
  /** Counts as the newest among copies made in the same millisecond (the copy just made). */
  newestFile?: string,
): { keep: BackupInfo[]; remove: BackupInfo[] } {
  const sorted = [...backups].sort(
    (a, b) => b.createdAtMs - a.createdAtMs || Number(b.file === newestFile) - Number(a.file === newestFile) || b.name.localeCompare(a.name),
  )
  const keep = new Set<string>()
  const days = new Set<string>()
  const months = new Set<string>()
  for (const b of sorted) {
    const day = localDateOf(b.createdAtMs)
    if (!days.has(day)) {
      days.add(day)
      if (days.size <= keepDaily) keep.add(b.file)
    }
    const month = day.slice(0, 7)
    if (!months.has(month)) {
      months.add(month)
      if (months.size <= keepMonthly) keep.add(b.file)
    }
  }
  return { keep: sorted.filter((b) => keep.has(b.file)), remove: sorted.filter((b) => !keep.has(b.file)) }
}

/** Applies the retention rule to this database's rotated copies in `folder`; returns the deleted files. */
export function rotateBackups(ctx: ServiceContext, folder: string, settings: Pick<BackupSettings, 'keepDaily' | 'keepMonthly'>, justMade?: string): string[] {
  const base = basename(ctx.paths.dbPath).replace(/\.sqlite$/i, '')
  const ours = listBackupFiles(folder).filter((b) => ROTATED_KINDS.includes(b.kind) && b.name.startsWith(`${base}-`))
  const { remove } = planRotation(ours, settings.keepDaily, settings.keepMonthly, justMade)
  for (const b of remove) removeIfExists(b.file, `${b.file}.json`)
  return remove.map((b) => b.file)
}

// ---------------------------------------------------------------------------------------
// Listing and checking

export async function listBackups(ctx: ServiceContext, folder?: string): Promise<BackupList> {
  const dir = folder ?? (await getBackupSettings(ctx)).effectiveFolder
  return { folder: dir, backups: listBackupFiles(dir) }
}

/**
 * Checks one copy: its SHA-256 against the manifest (catches damage anywhere in the file, even
 * inside a text value that SQLite's own check cannot see), then opens it read-only and runs
 * PRAGMA integrity_check, and checks that it is our database (schema_migration table) from a
 * version this one can open.
 */
export async function checkBackupFile(file: string): Promise<BackupCheck> {
  const started = performance.now()
  const problems: string[] = []
  const done = (c: Omit<BackupCheck, 'file' | 'ok' | 'problems' | 'tookMs'>): BackupCheck => ({
    file,
    ok: problems.length === 0,
    problems,
    ...c,
    tookMs: Math.round(performance.now() - started),
  })
  if (!existsSync(file) || !statSync(file).isFile()) {
    problems.push(`找不到备份文件「${file}」，请确认U盘已插好、路径正确`)
    return done({ checksum: 'absent', integrity: 'not-run', schemaVersion: null, counts: null })
  }
  const manifest = readManifest(file)
  let checksum: BackupCheck['checksum'] = 'absent'
  if (manifest) {
    const same = statSync(file).size === manifest.sizeBytes && (await sha256File(file)) === manifest.sha256
    checksum = same ? 'match' : 'mismatch'
    if (!same) problems.push('文件内容与备份时记录的校验值不符：备份文件已损坏或被改动过')
  }
  try {
    const r = inspectDatabaseFile(file)
    if (r.integrity.length !== 1 || r.integrity[0] !== 'ok') {
      problems.push(`数据库完整性检查未通过：${r.integrity.slice(0, 3).join('；')}`)
      return done({ checksum, integrity: 'failed', schemaVersion: null, counts: null })
    }
    if (!r.hasMigrationTable) problems.push('这不是法援工作台的数据库（缺少 schema_migration 表）')
    if (r.unknownMigrations.length > 0) problems.push(`这份备份由更新版本的法援工作台写入（${r.unknownMigrations.join('、')}），请先升级本程序`)
    return done({ checksum, integrity: 'ok', schemaVersion: r.schemaVersion, counts: r.counts })
  } catch (err) {
    problems.push(`无法作为数据库读取（${errorText(err)}）：文件已损坏或不是数据库文件`)
    return done({ checksum, integrity: 'failed', schemaVersion: null, counts: null })
  }
}

/** Checks one file, or every copy in the configured folder. */
export async function verifyBackups(ctx: ServiceContext, file?: string): Promise<BackupVerifyResult> {
  const files = file ? [file] : (await listBackups(ctx)).backups.map((b) => b.file)
  const checks: BackupCheck[] = []
  for (const f of files) checks.push(await checkBackupFile(f))
  return { allOk: checks.every((c) => c.ok), checks }
}

// ---------------------------------------------------------------------------------------
// Restore

function nonEmpty(path: string): boolean {
  try {
    return statSync(path).size > 0
  } catch {
    return false
  }
}

/**
 * Puts a copy of `source` in place of the (closed) database file: copy to a temp name in the
 * same folder, check it, fsync, atomic rename, fsync the folder. Stale WAL/shared-memory files
 * of the old database are removed first, or SQLite would replay them onto the new file.
 */
async function placeDatabaseFile(source: string, dbPath: string, expectedSha256: string | null): Promise<void> {
  const tmp = tempNameFor(dbPath, 'restore')
  try {
    copyFileSync(source, tmp)
    if (expectedSha256 !== null && (await sha256File(tmp)) !== expectedSha256) {
      throw new AppError('IO', '复制备份时读到的数据与校验值不符（U盘可能接触不良或有坏道），已取消恢复，当前数据没有改动。请重试或换一份备份。')
    }
    removeIfExists(`${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`)
    commitTempFile(tmp, dbPath)
  } finally {
    removeIfExists(tmp)
  }
}

/**
 * Restores the database from a backup. Refuses (and changes nothing) when the copy fails its
 * check. Otherwise: copies the current database first (kind `pre-restore`, never rotated away),
 * then, with the store closed by the services (ctx.storeControl), replaces the file atomically
 * and reopens it (migrating it if the copy is from an older version), and records the restore
 * in the restored database's audit log.
 */
export async function restoreFrom(ctx: ServiceContext, file: string, actor: string): Promise<RestoreResult> {
  const started = performance.now()
  const control = ctx.storeControl
  if (!control) throw new AppError('CONFLICT', '当前运行方式不支持在线恢复，请在法援工作台桌面程序中操作')
  if (resolve(file) === resolve(ctx.paths.dbPath)) {
    throw new AppError('VALIDATION', '不能用正在使用的数据库文件恢复它自己，请选择备份文件夹中的备份', { issues: [{ path: ['file'], message: '这是正在使用的数据库' }] })
  }
  const check = await checkBackupFile(file)
  if (!check.ok) {
    throw new AppError('VALIDATION', `备份文件未通过检查，已拒绝恢复，当前数据没有任何改动：${check.problems[0]}。请选择另一份备份。`, {
      issues: [{ path: ['file'], message: check.problems[0]! }],
      problems: check.problems,
    })
  }
  const manifest = readManifest(file)

  const safety = await runBackup(ctx, 'pre-restore', { rotate: false })
  const safetyFile = safety.backup?.file
  if (!safetyFile || !(await checkBackupFile(safetyFile)).ok) {
    throw new AppError('IO', '恢复前未能为当前数据库做出一份完好的备份，已取消恢复，当前数据没有任何改动。请检查备份文件夹所在磁盘后重试。')
  }

  const { migration } = await control.withStoreClosed(async (dbPath) => {
    if (nonEmpty(`${dbPath}-wal`)) {
      throw new AppError('CONFLICT', '数据库仍被其他程序打开（例如另一个法援工作台窗口或浏览器模式），不能恢复。请先关闭它们再试。')
    }
    await placeDatabaseFile(file, dbPath, manifest?.sha256 ?? null)
    // The new file must open and pass a quick check; otherwise put the safety copy back.
    try {
      const probe = new Database(dbPath, { fileMustExist: true })
      try {
        const quick = probe.pragma('quick_check', { simple: true })
        if (quick !== 'ok') throw new Error(String(quick))
      } finally {
        probe.close()
      }
    } catch (err) {
      await placeDatabaseFile(safetyFile, dbPath, safety.backup?.sha256 ?? null)
      throw new AppError('IO', `恢复后的数据库无法打开（${errorText(err)}），已放回恢复前的数据。`)
    }
  })

  // The restored store may hold cases whose deadlines were never planned.
  ctx.planDeadlines?.()
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, (trx) =>
    appendAudit(trx, {
      atMs,
      actor,
      action: 'backup.restore',
      entity: 'database',
      entityId: basename(ctx.paths.dbPath),
      after: {
        from: file,
        sha256: manifest?.sha256 ?? null,
        backupCreatedAtMs: manifest?.createdAtMs ?? null,
        backupAuditHead: manifest?.auditHead ?? null,
        safetyBackup: safetyFile,
        migrated: migration.applied,
      },
    }),
  )
  const described = describeDatabase(ctx.store.sqlite)
  return {
    restoredFrom: file,
    safetyBackup: safetyFile,
    schemaVersion: described.schemaVersion ?? '(空)',
    migrated: migration.applied,
    counts: described.counts ?? { cases: 0, consultations: 0, auditEntries: 0 },
    tookMs: Math.round(performance.now() - started),
  }
}

// ---------------------------------------------------------------------------------------
// Automatic copies

/** The daily copy, if the setting is on and the folder has no copy made today yet. */
export async function ensureDailyBackup(ctx: ServiceContext): Promise<BackupRunResult | null> {
  const settings = await getBackupSettings(ctx)
  if (!settings.daily) return null
  const day = today(ctx.clock)
  const base = basename(ctx.paths.dbPath).replace(/\.sqlite$/i, '')
  const hasToday = listBackupFiles(settings.effectiveFolder).some(
    (b) => ROTATED_KINDS.includes(b.kind) && b.name.startsWith(`${base}-`) && localDateOf(b.createdAtMs) === day,
  )
  return hasToday ? null : runBackup(ctx, 'daily')
}

/** The copy made when the application closes; skipped when nothing changed since the newest copy. */
export async function exitBackup(ctx: ServiceContext): Promise<BackupRunResult | null> {
  const settings = await getBackupSettings(ctx)
  if (!settings.onExit) return null
  const live = describeDatabase(ctx.store.sqlite)
  const newest = listBackupFiles(settings.effectiveFolder).find((b) => b.sha256 !== null && b.name.startsWith(basename(ctx.paths.dbPath).replace(/\.sqlite$/i, '-')))
  if (
    newest &&
    newest.auditHead !== null &&
    live.auditHead !== null &&
    newest.auditHead.seq === live.auditHead.seq &&
    newest.auditHead.hash === live.auditHead.hash &&
    JSON.stringify(newest.counts) === JSON.stringify(live.counts)
  ) {
    return { backup: null, skippedReason: `自上次备份（${newest.name}）以来数据没有变化`, deleted: [], tookMs: 0 }
  }
  return runBackup(ctx, 'exit')
}

export interface BackupScheduler {
  stop(): Promise<void>
}

/** Checks for the day's copy shortly after start and then every hour (timers do not keep the process alive). */
export function startBackupScheduler(
  ctx: ServiceContext,
  options: { logger?: Logger; firstCheckAfterMs?: number; checkEveryMs?: number } = {},
): BackupScheduler {
  const logger = options.logger ?? console
  let running: Promise<unknown> | null = null
  const tick = () => {
    if (running || ctx.storeControl?.busy) return
    running = ensureDailyBackup(ctx)
      .catch((err: unknown) => logger.error('[backup] daily backup failed', err))
      .finally(() => {
        running = null
      })
  }
  const first = setTimeout(tick, options.firstCheckAfterMs ?? 60_000)
  const every = setInterval(tick, options.checkEveryMs ?? 3_600_000)
  first.unref()
  every.unref()
  return {
    async stop() {
      clearTimeout(first)
      clearInterval(every)
      await running
    },
  }
}

// ---------------------------------------------------------------------------------------
// Audit chain check, with the chain heads recorded in backups as anchors

interface RestoreMark {
  atMs: number
  backupCreatedAtMs: number | null
}

async function restoreMarks(ctx: ServiceContext): Promise<RestoreMark[]> {
  const rows = await ctx.db.selectFrom('audit_log').select(['at_ms', 'after_json']).where('action', '=', 'backup.restore').execute()
  return rows.map((r) => {
    let created: number | null
    try {
      const v = JSON.parse(r.after_json ?? 'null') as { backupCreatedAtMs?: unknown } | null
      created = typeof v?.backupCreatedAtMs === 'number' ? v.backupCreatedAtMs : null
    } catch {
      created = null
    }
    return { atMs: r.at_ms, backupCreatedAtMs: created }
  })
}

/**
 * The chain check of the live log, plus: every backup manifest in the backup folder recorded
 * the chain head when it was made; the live entry at that seq must still have that hash. This
 * catches a rewrite of the log's tail with recomputed hashes, which the chain alone cannot.
 * Copies from a timeline abandoned by a restore (made after the restored copy and before the
 * restore) are not compared.
 */
export async function verifyAuditLog(ctx: ServiceContext): Promise<AuditVerifyResult> {
  const report = await verifyAuditChain(ctx.db)
  const marks = await restoreMarks(ctx)
  const settings = await getBackupSettings(ctx)
  const base = basename(ctx.paths.dbPath).replace(/\.sqlite$/i, '')
  const mismatches: AuditVerifyResult['anchors']['mismatches'] = []
  let checked = 0
  for (const b of listBackupFiles(settings.effectiveFolder)) {
    if (!b.name.startsWith(`${base}-`) || b.auditHead === null || b.auditHead.hash === null) continue
    const abandoned = marks.some((m) => b.createdAtMs <= m.atMs && (m.backupCreatedAtMs === null || b.createdAtMs > m.backupCreatedAtMs))
    if (abandoned) continue
    checked++
    const live = await auditHashAt(ctx.db, b.auditHead.seq)
    if (live === undefined) {
      mismatches.push({ file: b.file, seq: b.auditHead.seq, message: `备份「${b.name}」记录的第${b.auditHead.seq}条审计记录在当前数据库中已不存在` })
    } else if (live !== b.auditHead.hash) {
      mismatches.push({
        file: b.file,
        seq: b.auditHead.seq,
        message: `当前数据库第${b.auditHead.seq}条审计记录与备份「${b.name}」中记录的不一致：该条或之前的审计记录被改写过`,
      })
    }
  }
  return {
    ok: report.ok && mismatches.length === 0,
    checked: report.checked,
    head: report.head,
    breaks: report.breaks,
    breaksTruncated: report.breaksTruncated,
    anchors: { checked, mismatches },
    tookMs: report.tookMs,
  }
}
