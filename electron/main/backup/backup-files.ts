import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import type { BackupCounts, BackupInfo, BackupKind } from '../../../shared/backup/dto'
import { MIGRATIONS } from '../db/migrations'
import { writeFileAtomic } from './fs-safe'

/** Automatic copies are rotated; copies an administrator made by hand (manual) or before a restore are kept until deleted by hand. */
export const ROTATED_KINDS: readonly BackupKind[] = ['daily', 'exit']

const NAME_RE = /^(?<base>.+)-(?<d>\d{8})-(?<t>\d{6})(?:-(?<n>\d+))?-(?<kind>daily|exit|manual|pre-restore)\.sqlite$/

const BEIJING_OFFSET_MS = 8 * 3600_000

/** 20261123-100000 in Beijing time: sorts by time and reads as the clock on the wall. */
export function stampOf(ms: number): string {
  const d = new Date(ms + BEIJING_OFFSET_MS)
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`
}

/** A free file name for a new backup of `dbPath` in `folder`. */
export function backupFileName(folder: string, dbPath: string, kind: BackupKind, atMs: number): string {
  const base = basename(dbPath).replace(/\.sqlite$/i, '')
  const stamp = stampOf(atMs)
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}-${stamp}-${kind}.sqlite` : `${base}-${stamp}-${n}-${kind}.sqlite`
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}.json`))) return join(folder, name)
  }
}

export function kindOfName(name: string): BackupKind {
  const m = NAME_RE.exec(name)
  if (m) return m.groups!.kind as BackupKind
  if (/-before-\d{4}_/.test(name)) return 'pre-migration'
  return 'other'
}

// ---------------------------------------------------------------------------------------
// Manifest: written next to each copy, `<file>.json`

export interface BackupManifest {
  format: 'legalaid-backup'
  version: 1
  name: string
  kind: BackupKind
  createdAtMs: number
  sizeBytes: number
  sha256: string
  appVersion: string
  schemaVersion: string | null
  counts: BackupCounts | null
  auditHead: { seq: number; hash: string | null } | null
}

export const manifestPathOf = (file: string) => `${file}.json`

export function writeManifest(file: string, manifest: BackupManifest): void {
  writeFileAtomic(manifestPathOf(file), JSON.stringify(manifest, null, 2))
}

/** The manifest, or null when absent or unreadable (a copy made by hand has none). */
export function readManifest(file: string): BackupManifest | null {
  const path = manifestPathOf(file)
  if (!existsSync(path)) return null
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as Partial<BackupManifest>
    if (m.format !== 'legalaid-backup' || m.version !== 1 || typeof m.sha256 !== 'string' || typeof m.sizeBytes !== 'number') return null
    return m as BackupManifest
  } catch {
    return null
  }
}

export function backupInfoOf(file: string): BackupInfo | null {
  let size: number
  let mtime: number
  try {
    const st = statSync(file)
    if (!st.isFile()) return null
    size = st.size
    mtime = st.mtimeMs
  } catch {
    return null
  }
  const m = readManifest(file)
  const name = basename(file)
  return {
    file,
    name,
    kind: m?.kind ?? kindOfName(name),
    createdAtMs: m?.createdAtMs ?? Math.round(mtime),
    sizeBytes: size,
    sha256: m?.sha256 ?? null,
    schemaVersion: m?.schemaVersion ?? null,
    appVersion: m?.appVersion ?? null,
    counts: m?.counts ?? null,
    auditHead: m?.auditHead ?? null,
  }
}

/** Every database copy in a folder, newest first. Temp files of unfinished copies are not listed. */
export function listBackupFiles(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return []
  const out: BackupInfo[] = []
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.sqlite') || name.startsWith('.')) continue
    const info = backupInfoOf(join(folder, name))
    if (info) out.push(info)
  }
  return out.sort((a, b) => b.createdAtMs - a.createdAtMs || b.name.localeCompare(a.name))
}

// ---------------------------------------------------------------------------------------
// Looking inside a copy

export interface DatabaseInspection {
  /** 'ok', or SQLite's list of problems. */
  integrity: string[]
  hasMigrationTable: boolean
  migrations: string[]
  /** Migrations the copy has that this version does not know (written by a newer version). */
  unknownMigrations: string[]
  schemaVersion: string | null
  counts: BackupCounts | null
  auditHead: { seq: number; hash: string | null } | null
}

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
}

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}

/** Reads the counts and chain head of an open database (live store or copy). */
export function describeDatabase(db: Database.Database): Pick<DatabaseInspection, 'schemaVersion' | 'counts' | 'auditHead' | 'migrations' | 'hasMigrationTable'> {
  const hasMigrationTable = tableExists(db, 'schema_migration')
  const migrations = hasMigrationTable ? (db.prepare('SELECT name FROM schema_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name) : []
  const hasData = ['legal_case', 'consultation', 'audit_log'].every((t) => tableExists(db, t))
  const counts = hasData ? { cases: count(db, 'legal_case'), consultations: count(db, 'consultation'), auditEntries: count(db, 'audit_log') } : null
  let auditHead: DatabaseInspection['auditHead'] = null
  if (hasData) {
    const hasHash = (db.prepare("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'hash'").get() ?? null) !== null
    const row = db.prepare(`SELECT seq, ${hasHash ? 'hash' : 'NULL AS hash'} FROM audit_log ORDER BY seq DESC LIMIT 1`).get() as
      | { seq: number; hash: string | null }
      | undefined
    auditHead = row ?? null
  }
  return { hasMigrationTable, migrations, schemaVersion: migrations.at(-1) ?? null, counts, auditHead }
}

/**
 * Opens a copy read-only and checks it: PRAGMA integrity_check, our schema_migration table, and
 * no migrations from a newer version. Throws if SQLite cannot open or read it at all.
 */
export function inspectDatabaseFile(file: string): DatabaseInspection {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const integrity = (db.prepare('PRAGMA integrity_check(20)').all() as { integrity_check: string }[]).map((r) => r.integrity_check)
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      return { integrity, hasMigrationTable: false, migrations: [], unknownMigrations: [], schemaVersion: null, counts: null, auditHead: null }
    }
    const d = describeDatabase(db)
    const unknownMigrations = d.migrations.filter((n) => !Object.hasOwn(MIGRATIONS, n))
    return { integrity, unknownMigrations, ...d }
  } finally {
    db.close()
  }
}
