import { channel, ALL_STAFF, CASE_WORK, type ChannelDecl } from './define'
import { z } from 'zod'
import { REGION_CODES } from '../codes'
import { ApplicationInput, CaseSearchInput, CenterSettingsInput, ConsultationInput } from '../schemas/intake'
import { ChangePasswordInput, LoginInput, ResetPasswordInput, SetupAdminInput, UserSaveInput } from '../schemas/auth'
import { DOCUMENT_CONTRACT } from '../schemas/documents'
import { AuditVerifyInput, BackupListInput, BackupRestoreInput, BackupRunInput, BackupSettingsInput, BackupVerifyInput } from '../schemas/backup'
import { OutreachExportInput, OutreachImportInput, OutreachPreviewInput } from '../schemas/outreach'
import { WORKFLOW_CONTRACT } from '../workflow/contract'
import { HANDLING_CONTRACT } from '../handling/contract'
import { STATISTICS_CONTRACT } from '../schemas/statistics'
import type { Channel } from './channels'
import type * as Safety from './dto'
import type {
  AppInfo,
  AuthStatus,
  UserDto,
  CaseFile,
  CaseListRow,
  CenterSettings,
  ConsultationDto,
  CreatedApplication,
  MatterList,
  OpenWindowResult,
  Page,
} from './dto'
import type { Result } from './result'

const Empty = z.object({}).strict()
const IdInput = z.object({ id: z.string().min(1, '缺少编号').max(64, '编号过长') }).strict()
const RegionCode = z.enum(REGION_CODES, { message: `地区应为 ${REGION_CODES.slice(0, -1).join('、')} 或 ${REGION_CODES.at(-1)}` })
const MattersInput = z
  .object({
    region: RegionCode.optional(),
    on: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
      .optional(),
  })
  .strict()
const ConsultationListInput = z
  .object({
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(20),
  })
  .strict()

export const contract = {
  'auth:status': channel<typeof Empty, AuthStatus>(Empty, 'public'),
  'auth:setup-admin': channel<typeof SetupAdminInput, UserDto>(SetupAdminInput, 'public'),
  'auth:login': channel<typeof LoginInput, UserDto>(LoginInput, 'public'),
  'auth:logout': channel<typeof Empty, { ok: true }>(Empty, 'any-user'),
  'auth:change-password': channel<typeof ChangePasswordInput, { ok: true }>(ChangePasswordInput, 'any-user'),
  'user:list': channel<typeof Empty, UserDto[]>(Empty, ['admin']),
  'user:save': channel<typeof UserSaveInput, UserDto>(UserSaveInput, ['admin']),
  'user:reset-password': channel<typeof ResetPasswordInput, { ok: true }>(ResetPasswordInput, ['admin']),
  'app:info': channel<typeof Empty, AppInfo>(Empty, 'any-user'),
  'settings:get': channel<typeof Empty, CenterSettings | null>(Empty, 'any-user'),
  'settings:save': channel<typeof CenterSettingsInput, CenterSettings>(CenterSettingsInput, ['admin']),
  'policy:matters': channel<typeof MattersInput, MatterList>(MattersInput, 'any-user'),
  'consultation:create': channel<typeof ConsultationInput, ConsultationDto>(ConsultationInput, ['clerk', 'reviewer', 'director', 'admin']),
  'consultation:list': channel<typeof ConsultationListInput, Page<ConsultationDto>>(ConsultationListInput, CASE_WORK),
  'application:create': channel<typeof ApplicationInput, CreatedApplication>(ApplicationInput, ['clerk', 'reviewer', 'director', 'admin']),
  'case:search': channel<typeof CaseSearchInput, Page<CaseListRow>>(CaseSearchInput, ALL_STAFF),
  'case:get': channel<typeof IdInput, CaseFile>(IdInput, ALL_STAFF),
  'case:open-window': channel<typeof IdInput, OpenWindowResult>(IdInput, ALL_STAFF),
  'backup:run': channel<typeof BackupRunInput, Safety.BackupRunResult>(BackupRunInput, ['admin']),
  'backup:list': channel<typeof BackupListInput, Safety.BackupList>(BackupListInput, ['admin']),
  'backup:verify': channel<typeof BackupVerifyInput, Safety.BackupVerifyResult>(BackupVerifyInput, ['admin']),
  'backup:restore': channel<typeof BackupRestoreInput, Safety.RestoreResult>(BackupRestoreInput, ['admin']),
  'backup:settings-get': channel<typeof Empty, Safety.BackupSettings>(Empty, ['admin']),
  'backup:settings-save': channel<typeof BackupSettingsInput, Safety.BackupSettings>(BackupSettingsInput, ['admin']),
  'audit:verify': channel<typeof AuditVerifyInput, Safety.AuditVerifyResult>(AuditVerifyInput, ['director', 'admin']),
  'outreach:export': channel<typeof OutreachExportInput, Safety.OutreachExportResult>(OutreachExportInput, ['clerk', 'admin'], 'job'),
  'outreach:preview-import': channel<typeof OutreachPreviewInput, Safety.OutreachPreview>(OutreachPreviewInput, ['clerk', 'director', 'admin'], 'job'),
  'outreach:import': channel<typeof OutreachImportInput, Safety.OutreachImportResult>(OutreachImportInput, ['clerk', 'director', 'admin'], 'job'),
  ...DOCUMENT_CONTRACT,
  ...WORKFLOW_CONTRACT,
  ...HANDLING_CONTRACT,
  ...STATISTICS_CONTRACT,
} satisfies Record<Channel, ChannelDecl<z.ZodType, unknown>>

// The contract and the preload's zero-dependency channel list name the same channels: the
// `satisfies` above catches a listed channel without a declaration, this a declaration whose
// name is missing from the list (the spread fragments escape excess-property checks).
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const everyDeclarationIsListed: SameKeys<keyof typeof contract, Channel> = true
void everyDeclarationIsListed

export type Contract = typeof contract
export type Input<K extends Channel> = z.input<Contract[K]['input']>
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>
export type Output<K extends Channel> = Contract[K]['output']

/** What the preload (Electron) or the loopback bridge (browser) gives the renderer. */
export interface Api {
  invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Result<Output<K>>>
}
