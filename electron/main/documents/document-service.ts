/**
 * Issuing documents (文书开具): numbering, storage, reprint, void, batch printing.
 *
 * Issue = build the view model from the case (outside any transaction), check the glyphs,
 * then in ONE `BEGIN IMMEDIATE` transaction: take the next number of the type's series,
 * render the PDF with that number in it, write the file (temp name, fsync, rename), insert the
 * record and its audit entry, commit. Any failure rolls the counter back (the number is given
 * back) and deletes the file if it was already written. See docs/documents.md for why the
 * render happens inside the transaction rather than reserve-then-confirm.
 */
import { performance } from 'node:perf_hooks'
import { localDateOf, today, yearOf, type LocalDate } from '../../../shared/domain/dates'
import { AppError } from '../../../shared/ipc/result'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import {
  docTypeInfo,
  formatDocNumber,
  type BatchJobStatus,
  type DocType,
  type DocumentBytes,
  type GlyphCheckResult,
  type IssueDocumentInputOut,
  type IssueDocumentResult,
  type IssuedDocumentDto,
  type ReprintResult,
} from '../../../shared/documents/schema'
import { appendAudit } from '../db/audit-repo'
import { findCase } from '../cases/case-record'
import { checkIssueRule, type Issuer } from './issue-rules'
import { storeRendered } from './stored-document'
import type { AssignedLawyer } from './view-model-builders'
import {
  findIssuedDocument,
  insertIssuedDocument,
  latestValidOfType,
  listIssuedDocuments,
  nextDocSeq,
  voidIssuedDocument,
  type DocumentFilter,
  type IssuedDocumentRow,
} from './document-repo'
import { writeTx } from '../db/tx'
import { MissingGlyphsError, chooseFontSet, documentTitle, printableText, renderPdf, renderPdfBatch, type RenderPdfResult } from '../pdf'
import type { DocumentVm, SubsidyVoucherVm } from '../pdf/view-models'
import type { ServiceContext } from '../context'
import { requireCenterSettings } from '../settings/settings-service'
import { readStoredFile, removeFileQuietly, resolveStored, safeFileName, sha256Hex, toRelative, writeFileAtomic } from './storage'
import { buildViewModel, monthRange } from './view-model-builders'
import { loadCenterPolicySettings } from '../policy-settings/policy-settings-service'
import { basename, join } from 'node:path'

/** Largest PDF handed to the renderer as base64 for preview (larger ones open in the desktop viewer). */
export const MAX_READ_BYTES = 20 * 1024 * 1024

/** Test seams: a replacement renderer, and a hook that runs just before the commit. */
export interface IssueDeps {
  render?: (vm: DocumentVm, options: { allowMissingGlyphs?: boolean }) => Promise<RenderPdfResult>
  beforeCommit?: (info: { docNumber: string; absPath: string }) => void | Promise<void>
}

// ---------------------------------------------------------------------------------------
// DTOs

function toDto(row: IssuedDocumentRow, caseNumber: string | null): IssuedDocumentDto {
  const type = row.doc_type as DocType
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber,
    type,
    typeLabel: docTypeInfo(type)?.label ?? row.doc_type,
    title: row.title,
    docNumber: row.doc_number,
    year: row.year,
    seq: row.seq,
    issuedOn: row.issued_on,
    issuedBy: row.issued_by,
    issuedAtMs: row.issued_at_ms,
    sha256: row.sha256,
    bytes: row.bytes,
    pages: row.pages,
    filePath: row.file_path,
    missingGlyphs: JSON.parse(row.missing_glyphs_json) as string[],
    voided: row.voided_at_ms !== null ? { atMs: row.voided_at_ms, by: row.voided_by ?? '', reason: row.void_reason ?? '' } : null,
  }
}

async function caseNumbers(ctx: ServiceContext, rows: readonly IssuedDocumentRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.case_id).filter((x): x is string => x !== null))]
  if (ids.length === 0) return new Map()
  const found = await ctx.db.selectFrom('legal_case').select(['id', 'case_number']).where('id', 'in', ids).execute()
  return new Map(found.map((r) => [r.id, r.case_number]))
}

async function dtoOf(ctx: ServiceContext, row: IssuedDocumentRow): Promise<IssuedDocumentDto> {
  const numbers = await caseNumbers(ctx, [row])
  return toDto(row, row.case_id ? (numbers.get(row.case_id) ?? null) : null)
}

function glyphError(chars: readonly string[]): AppError {
  return new AppError(
    'POLICY_VIOLATION',
    `打印字体缺少以下字符：${chars.join('、')}。这些字会打印成空白方框。请先核对姓名等用字；确认无误仍要开具的，请在确认后重新开具（之后需手写补上这些字）。`,
    { missingGlyphs: [...chars] },
  )
}

async function requireDocument(ctx: ServiceContext, id: string): Promise<IssuedDocumentRow> {
  const row = await findIssuedDocument(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND', '找不到该文书，可能编号有误')
  return row
}

// ---------------------------------------------------------------------------------------
// Issue

/** Issues one document: numbered, rendered, stored and recorded, or nothing at all. */
export async function issueDocument(ctx: ServiceContext, input: IssueDocumentInputOut, by: Issuer, deps: IssueDeps = {}): Promise<IssueDocumentResult> {
  const actor = by.actor
  const center = await requireCenterSettings(ctx)
  const issuedOn = today(ctx.clock)
  const year = yearOf(issuedOn)
  const type: DocType = input.type

  // Everything that only reads happens before the write lock is taken.
  const caseId = 'caseId' in input ? input.caseId : null
  const caseRow = caseId ? await findCase(ctx.db, caseId) : null
  if (caseId && !caseRow) throw new AppError('NOT_FOUND', '找不到该案件，可能编号有误或已被删除')
  await checkIssueRule(ctx.db, input.type, by.roles ?? null, caseRow)
  let grantDecision: { docNumber: string; issuedOn: LocalDate } | null = null
  if (caseId) {
    const grant = await latestValidOfType(ctx.db, caseId, 'grant-decision')
    if (grant) grantDecision = { docNumber: grant.doc_number, issuedOn: grant.issued_on }
  }
  let vouchers: { docNumber: string; vm: SubsidyVoucherVm }[] | undefined
  if (input.type === 'payment-list') {
    const { from, to } = monthRange(input.extra.period)
    const rows = await listIssuedDocuments(ctx.db, { docType: 'subsidy-voucher', issuedFrom: from, issuedTo: to, includeVoided: false }, 'number')
    vouchers = rows.map((r) => ({ docNumber: r.doc_number, vm: JSON.parse(r.view_model_json) as SubsidyVoucherVm }))
  }
  const policySettings = await loadCenterPolicySettings(ctx.db)
  const lawyer = caseId && NAMES_THE_LAWYER.has(type) ? await assignedLawyer(ctx.db, caseId) : null
  const built = buildViewModel(input, { center, caseRow: caseRow ?? null, issuedOn, actor, grantDecision, policySettings, lawyer, ...(vouchers ? { vouchers } : {}) })

  // Glyph check before the lock, with a number of the same shape (its characters are the prefix, the code and digits).
  const probe = { ...built.vm, docNumber: formatDocNumber(center.docPrefix, type, year, 1) }
  const { missing } = chooseFontSet(`${documentTitle(probe)}\n${printableText(probe)}`)
  if (missing.length && !input.allowMissingGlyphs) throw glyphError(missing)

  const render = deps.render ?? renderPdf
  const id = ctx.newId()
  const atMs = ctx.clock.now()
  const written: { path: string | null } = { path: null }
  let renderMs = 0
  try {
    const row = await writeTx(ctx.db, async (trx) => {
      const seq = await nextDocSeq(trx, type, year)
      const docNumber = formatDocNumber(center.docPrefix, type, year, seq)
      const vm = { ...built.vm, docNumber }
      const started = performance.now()
      const rendered = await render(vm, { allowMissingGlyphs: input.allowMissingGlyphs })
      renderMs = performance.now() - started
      const { record, absPath } = storeRendered(ctx, { id, caseId, type, year, seq, docNumber, issuedOn, vm, actor, atMs }, rendered)
      written.path = absPath
      await insertIssuedDocument(trx, record)
      await appendAudit(trx, {
        atMs,
        actor,
        action: 'document.issue',
        entity: caseId ? 'legal_case' : 'issued_document',
        entityId: caseId ?? id,
        after: { documentId: id, type, docNumber, sha256: record.sha256, pages: record.pages, missingGlyphs: rendered.missingGlyphs },
      })
      await deps.beforeCommit?.({ docNumber, absPath })
      return record
    })
    return { document: await dtoOf(ctx, row), renderMs, omittedUnverifiedBasis: built.omittedUnverifiedBasis, opened: false }
  } catch (err) {
    // The transaction rolled back (number given back); the file must go too.
    if (written.path) removeFileQuietly(written.path)
    if (err instanceof MissingGlyphsError) throw glyphError(err.chars)
    throw err
  }
}

// ---------------------------------------------------------------------------------------
// Read side

export async function getDocument(ctx: ServiceContext, id: string): Promise<IssuedDocumentDto> {
  return dtoOf(ctx, await requireDocument(ctx, id))
}

export async function listDocuments(ctx: ServiceContext, filter: DocumentFilter): Promise<IssuedDocumentDto[]> {
  const rows = await listIssuedDocuments(ctx.db, filter, filter.caseId !== undefined ? 'newest' : 'number')
  const numbers = await caseNumbers(ctx, rows)
  return rows.map((r) => toDto(r, r.case_id ? (numbers.get(r.case_id) ?? null) : null))
}

/** The stored view model (what the document says), e.g. for a later document that refers to it. */
export async function storedViewModel(ctx: ServiceContext, id: string): Promise<DocumentVm> {
  return JSON.parse((await requireDocument(ctx, id)).view_model_json) as DocumentVm
}

function fileNameOf(row: IssuedDocumentRow): string {
  return `${safeFileName(`${row.title} ${row.doc_number}`)}.pdf`
}

function encode(fileName: string, bytes: Buffer): DocumentBytes {
  if (bytes.length > MAX_READ_BYTES) {
    throw new AppError('IO', `文件过大（${(bytes.length / 1048576).toFixed(1)} MB），无法在浏览器中预览。请在桌面版中打开，或缩小批量打印的范围。`)
  }
  return { fileName, mime: 'application/pdf', bytes: bytes.length, base64: bytes.toString('base64') }
}

/** The stored PDF of an issued document, or of a finished batch job, as base64 for the renderer's preview. */
export async function readDocument(ctx: ServiceContext, input: { id?: string | undefined; batchJobId?: string | undefined }): Promise<DocumentBytes> {
  if (input.batchJobId) {
    const { absPath, fileName } = finishedBatchFile(ctx, input.batchJobId)
    const bytes = readStoredFile(absPath)
    if (!bytes) throw new AppError('NOT_FOUND', '批量打印文件已不存在，请重新生成')
    return encode(fileName, bytes)
  }
  const row = await requireDocument(ctx, input.id!)
  const bytes = readStoredFile(resolveStored(ctx.paths.dataDir, row.file_path))
  if (!bytes) throw new AppError('NOT_FOUND', `存档文件不存在：${row.file_path}。请点「重新打印」，系统会按开具时的数据恢复该文件。`)
  return encode(fileNameOf(row), bytes)
}

/** Opens the PDF in the desktop preview window; false in browser mode (the renderer shows the bytes itself). */
export async function openDocument(ctx: ServiceContext, input: { id?: string | undefined; batchJobId?: string | undefined }): Promise<{ opened: boolean }> {
  if (!ctx.openPdf) return { opened: false }
  if (input.batchJobId) {
    const { absPath, fileName } = finishedBatchFile(ctx, input.batchJobId)
    return { opened: await ctx.openPdf(absPath, fileName) }
  }
  const row = await requireDocument(ctx, input.id!)
  return { opened: await ctx.openPdf(resolveStored(ctx.paths.dataDir, row.file_path), `${row.title} ${row.doc_number}`) }
}

// ---------------------------------------------------------------------------------------
// Reprint and void

/**
 * A reprint is the SAME document: the stored file when it still matches its recorded SHA-256;
 * otherwise (missing or altered) it is rebuilt from the stored view model, and put back only if
 * the rebuilt bytes match the recorded hash. A mismatch is reported, never hidden.
 */
export async function reprintDocument(ctx: ServiceContext, id: string, actor: string, deps: Pick<IssueDeps, 'render'> = {}): Promise<ReprintResult> {
  const row = await requireDocument(ctx, id)
  if (row.voided_at_ms !== null) {
    // A voided document must not come out of the printer looking valid.
    throw new AppError('CONFLICT', `${row.title} ${row.doc_number} 已于 ${cnDateOf(row.voided_at_ms)} 由${row.voided_by ?? '（未记录）'}作废（${row.void_reason ?? '未写原因'}），不能重新打印；如需有效文书，请重新开具。`)
  }
  const absPath = resolveStored(ctx.paths.dataDir, row.file_path)
  const stored = readStoredFile(absPath)
  let source: ReprintResult['source'] = 'stored-file'
  let matches = stored !== null && sha256Hex(stored) === row.sha256
  let warning: string | undefined
  if (!matches) {
    source = 're-rendered'
    const vm = JSON.parse(row.view_model_json) as DocumentVm
    const missing = JSON.parse(row.missing_glyphs_json) as string[]
    const rendered = await (deps.render ?? renderPdf)(vm, { allowMissingGlyphs: missing.length > 0 })
    matches = sha256Hex(rendered.pdf) === row.sha256
    if (matches) {
      writeFileAtomic(absPath, rendered.pdf)
      warning = stored
        ? '存档文件已被改动，已按开具时的数据重新生成（与开具时的哈希一致）并恢复存档。'
        : '存档文件缺失，已按开具时的数据重新生成（与开具时的哈希一致）并恢复存档。'
    } else {
      warning = `${stored ? '存档文件已被改动' : '存档文件缺失'}，且按开具时的数据重新生成的文件与开具时的哈希不一致（可能是字体或程序版本变化）。请勿将其作为原件使用，并联系管理员从备份恢复 ${row.file_path}。`
    }
  }
  await writeTx(ctx.db, async (trx) => {
    await appendAudit(trx, {
      atMs: ctx.clock.now(),
      actor,
      action: 'document.reprint',
      entity: row.case_id ? 'legal_case' : 'issued_document',
      entityId: row.case_id ?? row.id,
      after: { documentId: row.id, docNumber: row.doc_number, source, sha256Matches: matches },
    })
  })
  return { document: await dtoOf(ctx, row), source, sha256Matches: matches, ...(warning ? { warning } : {}), opened: false }
}

/** Types that print the case's lawyer, read from the assignment and the roster, never typed. */
const NAMES_THE_LAWYER: ReadonlySet<DocType> = new Set(['assignment-notice', 'official-letter'])

/** The case's active assignment with the lawyer's and the firm's roster entries. */
async function assignedLawyer(db: Kysely<DB>, caseId: string): Promise<AssignedLawyer | null> {
  const r = await db
    .selectFrom('case_assignment as a')
    .innerJoin('lawyer as l', 'l.id', 'a.lawyer_id')
    .leftJoin('firm as f', 'f.id', 'l.firm_id')
    .select(['a.lawyer_name', 'l.licence_no', 'l.phone', 'f.name as firm_name', 'f.address as firm_address'])
    .where('a.case_id', '=', caseId)
    .where('a.ended_at_ms', 'is', null)
    .orderBy('a.assigned_at_ms', 'desc')
    .executeTakeFirst()
  if (!r) return null
  return { name: r.lawyer_name, licenseNo: r.licence_no, phone: r.phone, firm: r.firm_name ? { name: r.firm_name, address: r.firm_address } : null }
}

/** The Beijing date of an instant, as 2026年11月23日. */
function cnDateOf(ms: number): string {
  const [y, m, d] = localDateOf(ms).split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** Voids a document: recorded with who, when and why; the row, the file and the number stay. */
export async function voidDocument(ctx: ServiceContext, id: string, reason: string, actor: string): Promise<IssuedDocumentDto> {
  const atMs = ctx.clock.now()
  const row = await writeTx(ctx.db, async (trx) => {
    const before = await findIssuedDocument(trx, id)
    if (!before) throw new AppError('NOT_FOUND', '找不到该文书，可能编号有误')
    if (before.voided_at_ms !== null) {
      throw new AppError('CONFLICT', `该文书已于${new Date(before.voided_at_ms).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}由${before.voided_by}作废，不能重复作废`)
    }
    await voidIssuedDocument(trx, id, atMs, actor, reason)
    await appendAudit(trx, {
      atMs,
      actor,
      action: 'document.void',
      entity: before.case_id ? 'legal_case' : 'issued_document',
      entityId: before.case_id ?? before.id,
      after: { documentId: id, docNumber: before.doc_number, reason },
    })
    return (await findIssuedDocument(trx, id))!
  })
  return dtoOf(ctx, row)
}

export function checkGlyphs(text: string): GlyphCheckResult {
  const { fontSet, missing } = chooseFontSet(text)
  return { missing, fontLabel: fontSet.label }
}

// ---------------------------------------------------------------------------------------
// Batch printing

export interface BatchRequest {
  type: DocType
  issuedFrom: LocalDate
  issuedTo: LocalDate
  ids?: readonly string[] | undefined
}

export interface BatchOutput {
  outputPath: string
  absPath: string
  fileName: string
  count: number
  pages: number
  bytes: number
  tookMs: number
}

export const MAX_BATCH_DOCUMENTS = 2000

/**
 * All documents of one type issued in a date range (not voided), in number order, laid out in
 * ONE PDF from their stored view models: each on new pages, numbered from 1, with the pitch it
 * was issued with. `onProgress(done, total)` after each document.
 */
export async function renderBatch(
  ctx: ServiceContext,
  req: BatchRequest,
  actor: string,
  onProgress?: (done: number, total: number) => void,
  jobId: string = ctx.newId(),
): Promise<BatchOutput> {
  const started = performance.now()
  const center = await requireCenterSettings(ctx)
  const info = docTypeInfo(req.type)
  const rows = await listIssuedDocuments(
    ctx.db,
    { docType: req.type, issuedFrom: req.issuedFrom, issuedTo: req.issuedTo, includeVoided: false, ...(req.ids ? { ids: req.ids } : {}), limit: MAX_BATCH_DOCUMENTS + 1 },
    'number',
  )
  if (rows.length === 0) throw new AppError('VALIDATION', `${req.issuedFrom}至${req.issuedTo}没有已开具且未作废的${info.label}，请调整日期或类型`)
  if (rows.length > MAX_BATCH_DOCUMENTS) throw new AppError('VALIDATION', `一次最多合并打印${MAX_BATCH_DOCUMENTS}份，请缩小日期范围`)
  onProgress?.(0, rows.length)
  const rendered = await renderPdfBatch(
    rows.map((r) => ({ vm: JSON.parse(r.view_model_json) as DocumentVm, pitchScale: r.pitch_scale })),
    {
      title: `${info.label}（${req.issuedFrom}至${req.issuedTo}，共${rows.length}份）`,
      author: center.centerName,
      issuedOn: today(ctx.clock),
      allowMissingGlyphs: rows.some((r) => r.missing_glyphs_json !== '[]'),
    },
    (done, total) => onProgress?.(done, total),
  )
  const fileName = `${safeFileName(`${info.label}-${req.issuedFrom}至${req.issuedTo}-${rows.length}份-${jobId.slice(-8)}`)}.pdf`
  const absPath = join(ctx.paths.documentsDir, 'batches', today(ctx.clock), fileName)
  writeFileAtomic(absPath, rendered.pdf)
  const outputPath = toRelative(ctx.paths.dataDir, absPath)
  await writeTx(ctx.db, async (trx) => {
    await appendAudit(trx, {
      atMs: ctx.clock.now(),
      actor,
      action: 'document.batch-print',
      entity: 'issued_document',
      entityId: jobId,
      after: { type: req.type, issuedFrom: req.issuedFrom, issuedTo: req.issuedTo, count: rows.length, documentIds: rows.map((r) => r.id), outputPath },
    })
  })
  return { outputPath, absPath, fileName, count: rows.length, pages: rendered.pageCount, bytes: rendered.pdf.length, tookMs: performance.now() - started }
}

interface Job {
  status: BatchJobStatus
  absPath: string | null
  fileName: string | null
  promise: Promise<void>
}

const MAX_KEPT_JOBS = 20
const jobsByContext = new WeakMap<ServiceContext, Map<string, Job>>()

function jobsOf(ctx: ServiceContext): Map<string, Job> {
  let jobs = jobsByContext.get(ctx)
  if (!jobs) jobsByContext.set(ctx, (jobs = new Map()))
  return jobs
}

/** Starts a batch job and returns at once; poll `batchStatus` for progress and the output. */
export function startBatch(ctx: ServiceContext, req: BatchRequest, actor: string): BatchJobStatus {
  const jobs = jobsOf(ctx)
  const running = [...jobs.values()].filter((j) => j.status.state === 'running').length
  if (running >= 2) throw new AppError('CONFLICT', '已有两个批量打印任务正在进行，请等其完成后再开始新的任务')
  const jobId = ctx.newId()
  const status: BatchJobStatus = { jobId, state: 'running', done: 0, total: 0, outputPath: null, pages: null, bytes: null, tookMs: null, error: null }
  const job: Job = { status, absPath: null, fileName: null, promise: Promise.resolve() }
  job.promise = renderBatch(
    ctx,
    req,
    actor,
    (done, total) => {
      status.done = done
      status.total = total
    },
    jobId,
  ).then(
    (out) => {
      Object.assign(status, { state: 'done', outputPath: out.outputPath, pages: out.pages, bytes: out.bytes, tookMs: Math.round(out.tookMs), done: out.count, total: out.count })
      job.absPath = out.absPath
      job.fileName = out.fileName
    },
    (err: unknown) => {
      status.state = 'failed'
      status.error = err instanceof AppError ? err.message : '批量打印失败，请重试；如仍失败，请联系管理员并提供日志。'
      if (!(err instanceof AppError)) console.error('[documents] batch failed', err)
    },
  )
  jobs.set(jobId, job)
  keepNewest(jobs)
  return { ...status }
}

export function batchStatus(ctx: ServiceContext, jobId: string): BatchJobStatus {
  const job = jobsOf(ctx).get(jobId)
  if (!job) throw new AppError('NOT_FOUND', '找不到该批量打印任务（任务记录在程序重启后不保留），请重新开始')
  return { ...job.status }
}

/** How many batch jobs are still running (the job process does not retire while one is). */
export function runningBatches(ctx: ServiceContext): number {
  return [...jobsOf(ctx).values()].filter((j) => j.status.state === 'running').length
}

/** Resolves when the job has finished (tests, scripts). */
export async function waitForBatch(ctx: ServiceContext, jobId: string): Promise<BatchJobStatus> {
  const job = jobsOf(ctx).get(jobId)
  if (!job) throw new AppError('NOT_FOUND', '找不到该批量打印任务')
  await job.promise
  return { ...job.status }
}

/**
 * Records a batch finished in the job process (jobs/job-channels.ts), so that documents:read and
 * documents:open, which run in the main process, find its file. The file's name is its path's last part.
 */
export function adoptFinishedBatch(ctx: ServiceContext, status: BatchJobStatus): void {
  if (status.state !== 'done' || !status.outputPath) return
  const jobs = jobsOf(ctx)
  if (jobs.get(status.jobId)?.status.state === 'done') return
  const absPath = resolveStored(ctx.paths.dataDir, status.outputPath)
  jobs.set(status.jobId, { status: { ...status }, absPath, fileName: basename(absPath), promise: Promise.resolve() })
  keepNewest(jobs)
}

/** Keeps the newest finished jobs only (running ones always stay). */
function keepNewest(jobs: Map<string, Job>): void {
  for (const [key, j] of jobs) {
    if (jobs.size <= MAX_KEPT_JOBS) break
    if (j.status.state !== 'running') jobs.delete(key)
  }
}

function finishedBatchFile(ctx: ServiceContext, jobId: string): { absPath: string; fileName: string } {
  const job = jobsOf(ctx).get(jobId)
  if (!job) throw new AppError('NOT_FOUND', '找不到该批量打印任务（任务记录在程序重启后不保留），请重新开始')
  if (job.status.state !== 'done' || !job.absPath || !job.fileName) throw new AppError('CONFLICT', '批量打印任务尚未完成，请稍候')
  return { absPath: job.absPath, fileName: job.fileName }
}
