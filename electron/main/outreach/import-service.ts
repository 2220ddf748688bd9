import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { Kysely } from 'kysely'
import { formatCaseNumber } from '../../../shared/domain/case-number'
import { yearOf } from '../../../shared/domain/dates'
import type { OutreachImportResult, OutreachPreview, OutreachPreviewItem } from '../../../shared/outreach/dto'
import { AppError } from '../../../shared/ipc/result'
import { ApplicationInput, ConsultationInput, type ApplicationInputOut, type ConsultationInputOut } from '../../../shared/intake/schema'
import type {
  OutreachImportInputOut,
  OutreachPackagePayload,
  OutreachPreviewInputOut,
  PackagedApplication,
  PackagedConsultation,
} from '../../../shared/outreach/schema'
import { appendAudit } from '../db/audit-repo'
import { insertCase } from '../cases/case-repo'
import { nextCaseSeq } from '../db/counter-repo'
import type { DB } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { buildCaseRow } from '../intake/intake-service'
import { findMatter } from '../policy-settings/policy-service'
import { requireCenterSettings } from '../settings/settings-service'
import { buildConsultationRow } from './mapping'
import { decryptPackage } from './package-format'

const MAX_PACKAGE_BYTES = 256 * 1024 * 1024
const CHUNK = 500

/** Reads and decrypts a package file; refuses (nothing written) with a Chinese message. */
export async function readPackageFile(file: string, passphrase: string): Promise<OutreachPackagePayload> {
  let size: number
  try {
    const st = statSync(file)
    if (!st.isFile()) throw new Error('not a file')
    size = st.size
  } catch {
    throw new AppError('NOT_FOUND', `找不到数据包文件「${file}」：请确认U盘已插好、文件名正确。`, { issues: [{ path: ['file'], message: '文件不存在' }] })
  }
  if (size > MAX_PACKAGE_BYTES) throw new AppError('VALIDATION', '文件过大，不是巡回受案数据包：请选择导出的 .ladpkg 文件。')
  return decryptPackage(readFileSync(file), passphrase)
}

// ---------------------------------------------------------------------------------------
// Analysis: what each record of the package would become at the center

interface AppEntry {
  rec: PackagedApplication
  parsed: ApplicationInputOut | null
  item: OutreachPreviewItem
}
interface ConsEntry {
  rec: PackagedConsultation
  parsed: ConsultationInputOut | null
  item: OutreachPreviewItem
}
interface Analysis {
  apps: AppEntry[]
  cons: ConsEntry[]
  warnings: string[]
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const i = error.issues[0]
  return i ? `${i.path.map(String).join('.')}：${i.message}` : '格式不正确'
}

async function existingById<T extends 'legal_case' | 'consultation'>(
  db: Kysely<DB>,
  table: T,
  ids: string[],
): Promise<Map<string, { origin: string; caseNumber: string | null }>> {
  const out = new Map<string, { origin: string; caseNumber: string | null }>()
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK)
    if (table === 'legal_case') {
      const rows = await db.selectFrom('legal_case').select(['id', 'origin', 'case_number']).where('id', 'in', part).execute()
      for (const r of rows) out.set(r.id, { origin: r.origin, caseNumber: r.case_number })
    } else {
      const rows = await db.selectFrom('consultation').select(['id', 'origin']).where('id', 'in', part).execute()
      for (const r of rows) out.set(r.id, { origin: r.origin, caseNumber: null })
    }
  }
  return out
}

function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback
}

/**
 * Classifies every record: new, already imported (same record id present, from this device),
 * probable duplicate (same ID number + receipt date + matter as a case already at the center),
 * or conflict (invalid content, matter outside the center's scope list, or the id taken by a
 * record from elsewhere). Read-only; runs again inside the import's transaction.
 */
async function analyse(db: Kysely<DB>, payload: OutreachPackagePayload, region: string, ownOrigin: string): Promise<Analysis> {
  const warnings: string[] = []
  if (payload.region !== null && payload.region !== region) {
    warnings.push(`数据包来自适用地区为「${payload.region}」的设备，本中心为「${region}」：导入的案件按本中心的地区登记`)
  }
  if (payload.deviceId === ownOrigin) warnings.push('这是本机自己导出的数据包，其中的记录本机都已有')

  const seen = new Set<string>()
  const consAt = await existingById(db, 'consultation', payload.consultations.map((c) => c.id))
  const cons: ConsEntry[] = payload.consultations.map((rec) => {
    const input = (rec.input ?? {}) as Record<string, unknown>
    const item: OutreachPreviewItem = {
      kind: 'consultation',
      id: rec.id,
      status: 'new',
      label: str(input.topic, '(无咨询事项)'),
      date: str(input.consultedOn),
      matter: str(input.matter) || null,
      provisionalCaseNumber: null,
      reason: null,
      duplicateOf: null,
      warnings: [],
    }
    const at = consAt.get(rec.id)
    const parsed = ConsultationInput.safeParse(rec.input)
    if (seen.has(rec.id)) Object.assign(item, { status: 'conflict', reason: '数据包中重复出现的记录' })
    else if (at) {
      Object.assign(
        item,
        at.origin === payload.deviceId
          ? { status: 'already-imported', reason: '此前已导入' }
          : { status: 'conflict', reason: '本中心已有同一编号、来源不同的咨询记录，不能导入' },
      )
    } else if (!parsed.success) Object.assign(item, { status: 'conflict', reason: `记录内容无效（${firstIssue(parsed.error)}）` })
    seen.add(rec.id)
    return { rec, parsed: parsed.success ? parsed.data : null, item }
  })

  const casesAt = await existingById(db, 'legal_case', payload.applications.map((a) => a.id))
  const packagedCons = new Map(cons.map((c) => [c.rec.id, c.item]))
  const apps: AppEntry[] = []
  for (const rec of payload.applications) {
    const input = (rec.input ?? {}) as { applicant?: Record<string, unknown>; case?: Record<string, unknown>; intake?: Record<string, unknown> }
    const item: OutreachPreviewItem = {
      kind: 'application',
      id: rec.id,
      status: 'new',
      label: str(input.applicant?.name, '(无姓名)'),
      date: str(input.intake?.receivedOn),
      matter: str(input.case?.matter) || null,
      provisionalCaseNumber: rec.provisionalCaseNumber,
      reason: null,
      duplicateOf: null,
      warnings: [],
    }
    const parsed = ApplicationInput.safeParse(rec.input)
    const at = casesAt.get(rec.id)
    if (seen.has(rec.id)) {
      Object.assign(item, { status: 'conflict', reason: '数据包中重复出现的记录' })
    } else if (at) {
      Object.assign(
        item,
        at.origin === payload.deviceId
          ? { status: 'already-imported', reason: `此前已导入，本中心案号 ${at.caseNumber}` }
          : { status: 'conflict', reason: `本中心已有同一编号、来源不同的案件（${at.caseNumber}），不能导入` },
      )
    } else if (!parsed.success) {
      Object.assign(item, { status: 'conflict', reason: `记录内容无效（${firstIssue(parsed.error)}）` })
    } else if (!findMatter(region, parsed.data.intake.receivedOn, parsed.data.case.matter)) {
      Object.assign(item, { status: 'conflict', reason: `援助事项「${parsed.data.case.matter}」不在本中心适用地区的事项范围内，请核对后在中心重新登记` })
    } else {
      const a = parsed.data
      const dup = await db
        .selectFrom('legal_case')
        .select(['id', 'case_number'])
        .where('applicant_id_number', '=', a.applicant.idNumber)
        .where('received_on', '=', a.intake.receivedOn)
        .where('matter', '=', a.case.matter)
        .where('id', '!=', rec.id)
        .orderBy('case_number')
        .limit(1)
        .executeTakeFirst()
      if (dup) {
        Object.assign(item, {
          status: 'probable-duplicate',
          reason: `与本中心已登记的案件 ${dup.case_number} 证件号码、受理日期和援助事项都相同，可能是同一申请`,
          duplicateOf: { id: dup.id, caseNumber: dup.case_number },
        })
      }
    }
    if (parsed.success && parsed.data.consultationId) {
      const cid = parsed.data.consultationId
      const inPackage = packagedCons.get(cid)
      const atCenter = (await db.selectFrom('consultation').select('id').where('id', '=', cid).executeTakeFirst()) !== undefined
      if (!atCenter && (!inPackage || inPackage.status === 'conflict')) item.warnings.push('关联的咨询记录不在本中心也不在数据包中，导入后不保留关联')
    }
    seen.add(rec.id)
    apps.push({ rec, parsed: parsed.success ? parsed.data : null, item })
  }
  return { apps, cons, warnings }
}

function countsOf(items: OutreachPreviewItem[]): OutreachPreview['counts'] {
  return {
    new: items.filter((i) => i.status === 'new').length,
    alreadyImported: items.filter((i) => i.status === 'already-imported').length,
    probableDuplicates: items.filter((i) => i.status === 'probable-duplicate').length,
    conflicts: items.filter((i) => i.status === 'conflict').length,
  }
}

/** What importing the package would do. Writes nothing. */
export async function previewImport(ctx: ServiceContext, input: OutreachPreviewInputOut): Promise<OutreachPreview> {
  const payload = await readPackageFile(input.file, input.passphrase)
  const settings = await requireCenterSettings(ctx)
  const a = await analyse(ctx.db, payload, settings.region, ctx.origin)
  const items = [...a.cons.map((c) => c.item), ...a.apps.map((x) => x.item)]
  return {
    packageId: payload.packageId,
    deviceId: payload.deviceId,
    exportedAtMs: payload.exportedAtMs,
    exportedBy: payload.exportedBy,
    centerName: payload.centerName,
    region: payload.region,
    attachments: payload.attachments.length,
    warnings: a.warnings,
    counts: countsOf(items),
    items,
  }
}

export interface ImportHooks {
  /** Called after each record is written inside the transaction (tests use it to crash mid-import). */
  onRecordWritten?(written: number, total: number): void | Promise<void>
}

/**
 * Imports a package in ONE transaction: consultations, then applications in receipt order,
 * each numbered from the center's own counter (the laptop's number is kept in the audit entry
 * as a note), each with its audit entry, plus one entry for the package. Record ids are the
 * idempotency key: a record already present is never created again, whichever package brings
 * it. Probable duplicates need an explicit decision; conflicts are never imported.
 */
export async function importPackage(
  ctx: ServiceContext,
  input: OutreachImportInputOut,
  actor: string,
  hooks: ImportHooks = {},
): Promise<OutreachImportResult> {
  const started = performance.now()
  const payload = await readPackageFile(input.file, input.passphrase)
  const settings = await requireCenterSettings(ctx)
  const decisions = input.decisions

  const result = await writeTx(ctx.db, async (trx) => {
    // Analysed again under the write lock: the state may have changed since the preview.
    const a = await analyse(trx, payload, settings.region, ctx.origin)
    const items = [...a.cons.map((c) => c.item), ...a.apps.map((x) => x.item)]
    const known = new Set(items.map((i) => i.id))
    const decided = (id: string) => (Object.hasOwn(decisions, id) ? decisions[id] : undefined)

    const unknown = Object.keys(decisions).filter((id) => !known.has(id))
    if (unknown.length > 0) {
      throw new AppError('VALIDATION', `处理决定中有数据包里没有的记录（${unknown[0]}），请重新预览后再导入`, { unknown: unknown.slice(0, 20) })
    }
    const undecided = items.filter((i) => i.status === 'probable-duplicate' && decided(i.id) === undefined)
    if (undecided.length > 0) {
      throw new AppError(
        'VALIDATION',
        `有${undecided.length}条疑似重复的记录（如「${undecided[0]!.label}」，${undecided[0]!.reason}）需要逐条决定导入还是跳过，请在预览中选择后再导入`,
        { undecided: undecided.map((i) => i.id) },
      )
    }
    const forced = items.find((i) => i.status === 'conflict' && decided(i.id) === 'import')
    if (forced) throw new AppError('VALIDATION', `记录「${forced.label}」存在冲突，不能导入：${forced.reason}`, { conflict: forced.id })

    const willImport = (i: OutreachPreviewItem) =>
      (i.status === 'new' && decided(i.id) !== 'skip') || (i.status === 'probable-duplicate' && decided(i.id) === 'import')
    const appsToImport = a.apps.filter((x) => willImport(x.item))
    const consToImport = a.cons.filter((c) => willImport(c.item))
    const importedAppIds = new Set(appsToImport.map((x) => x.rec.id))
    const total = appsToImport.length + consToImport.length
    let written = 0
    const atMs = ctx.clock.now()
    const common = { packageId: payload.packageId, origin: payload.deviceId }

    for (const c of consToImport) {
      const ref = c.rec.referredCaseId
      const refKept =
        ref !== null && (importedAppIds.has(ref) || (await trx.selectFrom('legal_case').select('id').where('id', '=', ref).executeTakeFirst()) !== undefined)
      await trx
        .insertInto('consultation')
        .values(buildConsultationRow(c.parsed!, { id: c.rec.id, origin: payload.deviceId, createdBy: c.rec.createdBy, createdAtMs: c.rec.createdAtMs, referredCaseId: refKept ? ref : null }))
        .execute()
      await appendAudit(trx, {
        atMs,
        actor,
        action: 'consultation.import',
        entity: 'consultation',
        entityId: c.rec.id,
        after: { ...common, createdBy: c.rec.createdBy, createdAtMs: c.rec.createdAtMs, ...c.parsed! },
      })
      await hooks.onRecordWritten?.(++written, total)
    }

    // Receipt order, so the center's numbers follow the dates the applications were received.
    const ordered = [...appsToImport].sort(
      (x, y) =>
        x.parsed!.intake.receivedOn.localeCompare(y.parsed!.intake.receivedOn) ||
        x.rec.createdAtMs - y.rec.createdAtMs ||
        x.rec.provisionalCaseNumber.localeCompare(y.rec.provisionalCaseNumber),
    )
    const createdApps: OutreachImportResult['created']['applications'] = []
    for (const x of ordered) {
      let parsed = x.parsed!
      if (parsed.consultationId) {
        const present = await trx.selectFrom('consultation').select('id').where('id', '=', parsed.consultationId).executeTakeFirst()
        if (!present) parsed = { ...parsed, consultationId: undefined }
      }
      const year = yearOf(parsed.intake.receivedOn)
      const seq = await nextCaseSeq(trx, year)
      const caseNumber = formatCaseNumber(year, seq)
      await insertCase(
        trx,
        buildCaseRow(parsed, { id: x.rec.id, caseNumber, year, seq, region: settings.region, origin: payload.deviceId, actor: x.rec.createdBy, atMs: x.rec.createdAtMs }),
      )
      await appendAudit(trx, {
        atMs,
        actor,
        action: 'application.import',
        entity: 'legal_case',
        entityId: x.rec.id,
        after: {
          caseNumber,
          note: `巡回受案临时编号 ${x.rec.provisionalCaseNumber}`,
          provisionalCaseNumber: x.rec.provisionalCaseNumber,
          ...common,
          createdBy: x.rec.createdBy,
          createdAtMs: x.rec.createdAtMs,
          ...(parsed.consultationId === x.parsed!.consultationId ? {} : { droppedConsultationLink: x.parsed!.consultationId }),
          ...parsed,
        },
      })
      createdApps.push({ id: x.rec.id, caseNumber, provisionalCaseNumber: x.rec.provisionalCaseNumber })
      await hooks.onRecordWritten?.(++written, total)
    }

    const skipped = items
      .filter((i) => !willImport(i) && i.status !== 'already-imported')
      .map((i) => ({ id: i.id, reason: i.status === 'conflict' ? `冲突：${i.reason}` : i.status === 'probable-duplicate' ? `疑似重复，已选择跳过：${i.reason}` : '已选择跳过' }))
    const alreadyImported = items.filter((i) => i.status === 'already-imported').length
    await appendAudit(trx, {
      atMs,
      actor,
      action: 'outreach.import',
      entity: 'outreach_package',
      entityId: payload.packageId,
      after: {
        file: basename(input.file),
        deviceId: payload.deviceId,
        exportedAtMs: payload.exportedAtMs,
        exportedBy: payload.exportedBy,
        created: { applications: createdApps, consultations: consToImport.map((c) => c.rec.id) },
        skipped,
        alreadyImported,
        attachments: payload.attachments.length,
      },
    })
    return {
      packageId: payload.packageId,
      created: { applications: createdApps, consultations: consToImport.map((c) => c.rec.id) },
      skipped,
      alreadyImported,
      tookMs: Math.round(performance.now() - started),
    }
  })
  // The new cases' deadlines are planned in the background, not in the import's transaction.
  if (result.created.applications.length > 0) ctx.planDeadlines?.()
  return result
}
