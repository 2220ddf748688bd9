import { z } from 'zod'
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
const RegionCode = z.enum(['national', 'nei-mongol', 'nanning', 'xizang'], { message: '地区应为 national、nei-mongol、nanning 或 xizang' })
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

/** One entry per channel: the zod schema that validates its input and (as a type) its output. */
function channel<S extends z.ZodType, O>(input: S): { input: S; output: O } {
  return { input, output: undefined as unknown as O }
}

export const contract = {
  'auth:status': channel<typeof Empty, AuthStatus>(Empty),
  'auth:setup-admin': channel<typeof SetupAdminInput, UserDto>(SetupAdminInput),
  'auth:login': channel<typeof LoginInput, UserDto>(LoginInput),
  'auth:logout': channel<typeof Empty, { ok: true }>(Empty),
  'auth:change-password': channel<typeof ChangePasswordInput, { ok: true }>(ChangePasswordInput),
  'user:list': channel<typeof Empty, UserDto[]>(Empty),
  'user:save': channel<typeof UserSaveInput, UserDto>(UserSaveInput),
  'user:reset-password': channel<typeof ResetPasswordInput, { ok: true }>(ResetPasswordInput),
  'app:info': channel<typeof Empty, AppInfo>(Empty),
  'settings:get': channel<typeof Empty, CenterSettings | null>(Empty),
  'settings:save': channel<typeof CenterSettingsInput, CenterSettings>(CenterSettingsInput),
  'policy:matters': channel<typeof MattersInput, MatterList>(MattersInput),
  'consultation:create': channel<typeof ConsultationInput, ConsultationDto>(ConsultationInput),
  'consultation:list': channel<typeof ConsultationListInput, Page<ConsultationDto>>(ConsultationListInput),
  'application:create': channel<typeof ApplicationInput, CreatedApplication>(ApplicationInput),
  'case:search': channel<typeof CaseSearchInput, Page<CaseListRow>>(CaseSearchInput),
  'case:get': channel<typeof IdInput, CaseFile>(IdInput),
  'case:open-window': channel<typeof IdInput, OpenWindowResult>(IdInput),
  'backup:run': channel<typeof BackupRunInput, Safety.BackupRunResult>(BackupRunInput),
  'backup:list': channel<typeof BackupListInput, Safety.BackupList>(BackupListInput),
  'backup:verify': channel<typeof BackupVerifyInput, Safety.BackupVerifyResult>(BackupVerifyInput),
  'backup:restore': channel<typeof BackupRestoreInput, Safety.RestoreResult>(BackupRestoreInput),
  'backup:settings-get': channel<typeof Empty, Safety.BackupSettings>(Empty),
  'backup:settings-save': channel<typeof BackupSettingsInput, Safety.BackupSettings>(BackupSettingsInput),
  'audit:verify': channel<typeof AuditVerifyInput, Safety.AuditVerifyResult>(AuditVerifyInput),
  'outreach:export': channel<typeof OutreachExportInput, Safety.OutreachExportResult>(OutreachExportInput),
  'outreach:preview-import': channel<typeof OutreachPreviewInput, Safety.OutreachPreview>(OutreachPreviewInput),
  'outreach:import': channel<typeof OutreachImportInput, Safety.OutreachImportResult>(OutreachImportInput),
  ...DOCUMENT_CONTRACT,
  ...WORKFLOW_CONTRACT,
  ...HANDLING_CONTRACT,
  ...STATISTICS_CONTRACT,
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>

export type Contract = typeof contract
export type Input<K extends Channel> = z.input<Contract[K]['input']>
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>
export type Output<K extends Channel> = Contract[K]['output']

/** What the preload (Electron) or the loopback bridge (browser) gives the renderer. */
export interface Api {
  invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Result<Output<K>>>
}
