/** Handlers of backup:* and audit:verify: copies of the store, restore, and the audit chain check. */
import type { BACKUP_CONTRACT } from '../../../shared/backup/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { getBackupSettings, listBackups, restoreFrom, runBackup, saveBackupSettings, verifyAuditLog, verifyBackups } from './backup-service'

export function backupHandlers(ctx: ServiceContext): HandlersOf<typeof BACKUP_CONTRACT> {
  return {
    'backup:run': async () => runBackup(ctx, 'manual'),
    'backup:list': async (input) => listBackups(ctx, input.folder),
    'backup:verify': async (input) => verifyBackups(ctx, input.file),
    'backup:restore': async (input, req) => restoreFrom(ctx, input.file, req.actor),
    'backup:settings-get': async () => getBackupSettings(ctx),
    'backup:settings-save': async (input, req) => saveBackupSettings(ctx, input, req.actor),
    'audit:verify': async () => verifyAuditLog(ctx),
  }
}
