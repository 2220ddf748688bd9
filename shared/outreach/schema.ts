/**
 * Outreach intake packages (巡回受案数据包): IPC inputs and the decrypted package's content.
 *
 * The package's records are checked twice: here for their envelope (ids, times, caps), and
 * record by record against the intake schemas (ApplicationInput / ConsultationInput) by the
 * import service, so that one bad record is reported as a conflict instead of refusing the lot.
 */
import { z } from 'zod'
import { absolutePath, strict } from '../fields'

export const OUTREACH_LIMITS = {
  passphraseMin: 8,
  passphraseMax: 200,
  records: 50_000,
} as const

const passphraseNew = z
  .string({ error: '请设置数据包口令' })
  .min(OUTREACH_LIMITS.passphraseMin, `口令至少${OUTREACH_LIMITS.passphraseMin}个字符，请设置更长的口令`)
  .max(OUTREACH_LIMITS.passphraseMax, `口令不能超过${OUTREACH_LIMITS.passphraseMax}个字符`)

const passphraseGiven = z
  .string({ error: '请输入数据包口令' })
  .min(1, '请输入数据包口令')
  .max(OUTREACH_LIMITS.passphraseMax, `口令不能超过${OUTREACH_LIMITS.passphraseMax}个字符`)

export const OutreachExportInput = strict({
  /** Where to write the package (e.g. on a USB drive), ending in .ladpkg. */
  file: absolutePath('数据包保存位置').refine((v) => /\.ladpkg$/i.test(v), '数据包文件名应以 .ladpkg 结尾'),
  passphrase: passphraseNew,
  /**
   * Export every record this laptop made, not only those since the last export (when a
   * package was lost). The center recognises records it already has.
   */
  includeAll: z.boolean({ error: '「导出全部」应为是或否' }).default(false),
})
export type OutreachExportInputOut = z.output<typeof OutreachExportInput>

export const OutreachPreviewInput = strict({
  file: absolutePath('数据包文件'),
  passphrase: passphraseGiven,
})
export type OutreachPreviewInputOut = z.output<typeof OutreachPreviewInput>

export const ImportDecisionSchema = z.enum(['import', 'skip'], { error: '处理方式应为 import（导入）或 skip（跳过）' })
export type ImportDecision = z.output<typeof ImportDecisionSchema>

export const OutreachImportInput = strict({
  file: absolutePath('数据包文件'),
  passphrase: passphraseGiven,
  /** Record id → decision. Required for probable duplicates; new records default to import. */
  decisions: z
    .record(z.string().min(1).max(64, '记录编号过长'), ImportDecisionSchema, { error: '处理决定应为「记录编号 → import/skip」' })
    .default({})
    .refine((d) => Object.keys(d).length <= OUTREACH_LIMITS.records, '处理决定过多'),
})
export type OutreachImportInputOut = z.output<typeof OutreachImportInput>

// ---------------------------------------------------------------------------------------
// Package content (after decryption)

export const PACKAGE_FORMAT = 'legalaid-outreach-package'
export const PACKAGE_VERSION = 1

const recordId = z.string().min(1).max(64)
const epochMs = z.number().int().min(0).max(8_640_000_000_000_000)
const actorName = z.string().min(1).max(100)

export const PackagedApplication = z.strictObject({
  id: recordId,
  /** The laptop's own number, kept only as a note: the center numbers the case itself. */
  provisionalCaseNumber: z.string().max(20),
  createdAtMs: epochMs,
  createdBy: actorName,
  /** An ApplicationInput as the form would send it; parsed again at the center. */
  input: z.unknown(),
})
export type PackagedApplication = z.output<typeof PackagedApplication>

export const PackagedConsultation = z.strictObject({
  id: recordId,
  createdAtMs: epochMs,
  createdBy: actorName,
  /** The case (by record id) this consultation was turned into on the laptop. */
  referredCaseId: recordId.nullable(),
  /** A ConsultationInput; parsed again at the center. */
  input: z.unknown(),
})
export type PackagedConsultation = z.output<typeof PackagedConsultation>

export const OutreachPackagePayload = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(PACKAGE_VERSION),
  packageId: recordId,
  /** The laptop's device id: the `origin` of every record in the package. */
  deviceId: recordId,
  centerName: z.string().max(100).nullable(),
  region: z.string().max(32).nullable(),
  exportedAtMs: epochMs,
  exportedBy: actorName,
  includeAll: z.boolean(),
  applications: z.array(PackagedApplication).max(OUTREACH_LIMITS.records),
  consultations: z.array(PackagedConsultation).max(OUTREACH_LIMITS.records),
  /**
   * Scanned attachments: NOT carried yet (format version 1 always has an empty list). A later
   * version will add them with their hashes; this version refuses a package that has any.
   */
  attachments: z.array(z.unknown()).max(0, '此数据包含有附件，本版本尚不支持导入附件，请升级后再导入'),
})
export type OutreachPackagePayload = z.output<typeof OutreachPackagePayload>
