import { existsSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { sql, type Kysely } from 'kysely'
import type { OutreachExportResult } from '../../../shared/outreach/dto'
import { AppError } from '../../../shared/ipc/result'
import { PACKAGE_FORMAT, PACKAGE_VERSION, type OutreachExportInputOut, type OutreachPackagePayload } from '../../../shared/outreach/schema'
import { writeFileAtomic } from '../backup/fs-safe'
import { appendAudit } from '../db/audit-repo'
import type { CaseRow } from '../cases/case-record'
import { readSetting, writeSetting } from '../settings/setting-repo'
import type { ConsultationTable, DB } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { getCenterSettings } from '../settings/settings-service'
import { caseRowToApplicationInput, consultationRowToInput } from './mapping'
import { encryptPackage } from './package-format'

/**
 * The export watermark: the last rowid of each table already exported. Rowids grow with every
 * insert (taken under the write lock), so "after the watermark" means "inserted after the last
 * export" even when the laptop's clock is wrong or two records share a millisecond.
 */
export const WATERMARK_KEY = 'outreach.export'

export interface ExportWatermark {
  caseRowid: number
  consultationRowid: number
  lastExportAtMs: number | null
  lastPackageId: string | null
}

export async function readWatermark(db: Kysely<DB>): Promise<ExportWatermark> {
  const stored = (await readSetting(db, WATERMARK_KEY))?.value as Partial<ExportWatermark> | undefined
  return {
    caseRowid: typeof stored?.caseRowid === 'number' ? stored.caseRowid : 0,
    consultationRowid: typeof stored?.consultationRowid === 'number' ? stored.consultationRowid : 0,
    lastExportAtMs: typeof stored?.lastExportAtMs === 'number' ? stored.lastExportAtMs : null,
    lastPackageId: typeof stored?.lastPackageId === 'string' ? stored.lastPackageId : null,
  }
}

type CaseWithRowid = CaseRow
type ConsultationWithRowid = ConsultationTable & { rowid: number }

/**
 * Writes an encrypted package of this device's own applications and consultations made since
 * the last export (or all of them with `includeAll`). The file is written completely (temp
 * name, fsync, rename) before the watermark moves; if the watermark write then failed, the next
 * package would carry the same records again, which the center recognises by their ids.
 */
export async function exportPackage(ctx: ServiceContext, input: OutreachExportInputOut, actor: string): Promise<OutreachExportResult> {
  const started = performance.now()
  const dir = dirname(input.file)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AppError('IO', `找不到文件夹「${dir}」：请确认U盘已插好，或选择其他保存位置。`, { issues: [{ path: ['file'], message: '文件夹不存在' }] })
  }
  const settings = await getCenterSettings(ctx)
  const wm = await readWatermark(ctx.db)
  const from = input.includeAll ? { caseRowid: 0, consultationRowid: 0 } : wm

  // One read transaction, so that cases and the consultations they link to are from one moment.
  const { cases, consultations } = await ctx.db.connection().execute(async (conn) => {
    await sql`begin`.execute(conn)
    try {
      const cases: CaseWithRowid[] = await conn
        .selectFrom('legal_case')
        .selectAll()
        .select('rowid')
        .where('origin', '=', ctx.origin)
        .where('rowid', '>', from.caseRowid)
        .orderBy('rowid')
        .execute()
      const consultations = (await conn
        .selectFrom('consultation')
        .selectAll()
        .select(sql<number>`rowid`.as('rowid'))
        .where('origin', '=', ctx.origin)
        .where(sql<number>`rowid`, '>', from.consultationRowid)
        .orderBy(sql`rowid`)
        .execute()) as ConsultationWithRowid[]
      await sql`commit`.execute(conn)
      return { cases, consultations }
    } catch (err) {
      await sql`rollback`.execute(conn)
      throw err
    }
  })
  if (cases.length === 0 && consultations.length === 0) {
    throw new AppError(
      'NOT_FOUND',
      input.includeAll
        ? '本机还没有登记过申请或咨询，没有可导出的记录。'
        : '自上次导出以来本机没有新登记的申请或咨询，无需导出。如需重新导出全部记录（例如上次的数据包丢失），请勾选「导出全部」。',
    )
  }

  const atMs = ctx.clock.now()
  const packageId = ctx.newId()
  const payload: OutreachPackagePayload = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    packageId,
    deviceId: ctx.origin,
    centerName: settings?.centerName ?? null,
    region: settings?.region ?? null,
    exportedAtMs: atMs,
    exportedBy: actor,
    includeAll: input.includeAll,
    applications: cases.map((row) => ({
      id: row.id,
      provisionalCaseNumber: row.case_number,
      createdAtMs: row.created_at_ms,
      createdBy: row.created_by,
      input: caseRowToApplicationInput(row),
    })),
    consultations: consultations.map((row) => ({
      id: row.id,
      createdAtMs: row.created_at_ms,
      createdBy: row.created_by,
      referredCaseId: row.referred_case_id,
      input: consultationRowToInput(row),
    })),
    attachments: [],
  }
  const bytes = await encryptPackage(payload, input.passphrase)
  try {
    writeFileAtomic(input.file, bytes)
  } catch (err) {
    throw new AppError('IO', `数据包写入失败（${err instanceof Error ? err.message : String(err)}）：请检查U盘是否已满或写保护，然后重试。`)
  }

  const maxCase = cases.at(-1)?.rowid ?? 0
  const maxConsultation = consultations.at(-1)?.rowid ?? 0
  await writeTx(ctx.db, async (trx) => {
    const current = await readWatermark(trx)
    const next: ExportWatermark = {
      caseRowid: Math.max(current.caseRowid, maxCase),
      consultationRowid: Math.max(current.consultationRowid, maxConsultation),
      lastExportAtMs: atMs,
      lastPackageId: packageId,
    }
    await writeSetting(trx, WATERMARK_KEY, next, atMs)
    await appendAudit(trx, {
      atMs,
      actor,
      action: 'outreach.export',
      entity: 'outreach_package',
      entityId: packageId,
      before: { caseRowid: current.caseRowid, consultationRowid: current.consultationRowid },
      after: {
        file: input.file,
        includeAll: input.includeAll,
        applications: cases.map((c) => c.id),
        consultations: consultations.map((c) => c.id),
        attachments: 0,
      },
    })
  })
  return {
    file: input.file,
    packageId,
    applications: cases.length,
    consultations: consultations.length,
    attachments: 0,
    bytes: bytes.length,
    tookMs: Math.round(performance.now() - started),
  }
}
