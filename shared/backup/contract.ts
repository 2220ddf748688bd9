/** The channels of backups, restore and the audit-chain check: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel } from '../ipc/define'
import type { AuditVerifyResult, BackupList, BackupRunResult, BackupSettings, BackupVerifyResult, RestoreResult } from './dto'
import { AuditVerifyInput, BackupListInput, BackupRestoreInput, BackupRunInput, BackupSettingsInput, BackupVerifyInput } from './schema'
import { Empty } from '../fields'

export const BACKUP_CONTRACT = {
  'backup:run': channel<typeof BackupRunInput, BackupRunResult>(BackupRunInput, ['admin']),
  'backup:list': channel<typeof BackupListInput, BackupList>(BackupListInput, ['admin']),
  'backup:verify': channel<typeof BackupVerifyInput, BackupVerifyResult>(BackupVerifyInput, ['admin']),
  'backup:restore': channel<typeof BackupRestoreInput, RestoreResult>(BackupRestoreInput, ['admin']),
  'backup:settings-get': channel<typeof Empty, BackupSettings>(Empty, ['admin']),
  'backup:settings-save': channel<typeof BackupSettingsInput, BackupSettings>(BackupSettingsInput, ['admin']),
  'audit:verify': channel<typeof AuditVerifyInput, AuditVerifyResult>(AuditVerifyInput, ['director', 'admin']),
}
