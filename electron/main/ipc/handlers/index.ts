import type { ServiceContext } from '../../services/context'
import { getCaseFile, searchCaseList } from '../../services/case-service'
import { createApplication, createConsultation, listConsultations } from '../../services/intake-service'
import { listMattersFor } from '../../services/policy-service'
import { getCenterSettings, saveCenterSettings } from '../../services/settings-service'
import { AppError } from '../../../../shared/ipc/result'
import type { AuthService } from '../../auth/auth-service'
import type { Handlers, RequestContext } from '../router'
import { getBackupSettings, listBackups, restoreFrom, runBackup, saveBackupSettings, verifyAuditLog, verifyBackups } from '../../backup/backup-service'
import { exportPackage } from '../../outreach/export-service'
import { importPackage, previewImport } from '../../outreach/import-service'
import { documentHandlers } from '../../documents/handlers'
import { workflowHandlers } from '../../workflow/handlers'
import { handlingHandlers } from '../../handling/handlers'
import { statisticsHandlers } from '../../statistics/handlers'

/** One set of handlers serves both Electron's IPC and the browser-mode loopback bridge. */
function sessionKeyOf(req: RequestContext): string {
  if (!req.sessionKey) throw new AppError('PERMISSION', '缺少会话，请从应用界面登录')
  return req.sessionKey
}

export function createHandlers(ctx: ServiceContext, auth: AuthService): Handlers {
  return {
    'auth:status': async (_input, req) => auth.status(req.sessionKey),
    'auth:setup-admin': async (input, req) => auth.setupAdmin(sessionKeyOf(req), input),
    'auth:login': async (input, req) => auth.login(sessionKeyOf(req), input),
    'auth:logout': async (_input, req) => {
      auth.logout(sessionKeyOf(req))
      return { ok: true as const }
    },
    'auth:change-password': async (input, req) => {
      await auth.changePassword(sessionKeyOf(req), input.currentPassword, input.newPassword)
      return { ok: true as const }
    },
    'user:list': async () => auth.listUsers(),
    'user:save': async (input, req) => auth.saveUser(input, req.actor),
    'user:reset-password': async (input, req) => {
      await auth.resetPassword(input.id, input.newPassword, req.actor)
      return { ok: true as const }
    },
    'app:info': async () => ({
      appName: '法援工作台',
      version: ctx.appVersion,
      mode: ctx.mode,
      dbPath: ctx.paths.dbPath,
      dataDir: ctx.paths.dataDir,
      backupsDir: ctx.paths.backupsDir,
      schemaVersion: await currentSchemaVersion(ctx),
    }),
    'settings:get': async () => getCenterSettings(ctx),
    'settings:save': async (input, req) => saveCenterSettings(ctx, input, req.actor),
    'policy:matters': async (input) => listMattersFor(ctx, input.region, input.on),
    'consultation:create': async (input, req) => createConsultation(ctx, input, req.actor),
    'consultation:list': async (input) => listConsultations(ctx, input.page, input.pageSize),
    'application:create': async (input, req) => createApplication(ctx, input, req.actor),
    'case:search': async (input, req) => searchCaseList(ctx, input, req.roles),
    'case:get': async (input, req) => getCaseFile(ctx, input.id, req.userId ? req.actor : undefined),
    'case:open-window': async (input) => {
      await getCaseFile(ctx, input.id) // NOT_FOUND for an unknown case, before any window opens
      return ctx.openCaseWindow(input.id)
    },
    'backup:run': async () => runBackup(ctx, 'manual'),
    'backup:list': async (input) => listBackups(ctx, input.folder),
    'backup:verify': async (input) => verifyBackups(ctx, input.file),
    'backup:restore': async (input, req) => restoreFrom(ctx, input.file, req.actor),
    'backup:settings-get': async () => getBackupSettings(ctx),
    'backup:settings-save': async (input, req) => saveBackupSettings(ctx, input, req.actor),
    'audit:verify': async () => verifyAuditLog(ctx),
    'outreach:export': async (input, req) => exportPackage(ctx, input, req.actor),
    'outreach:preview-import': async (input) => previewImport(ctx, input),
    'outreach:import': async (input, req) => importPackage(ctx, input, req.actor),
    ...documentHandlers(ctx),
    ...workflowHandlers(ctx),
    ...handlingHandlers(ctx),
    ...statisticsHandlers(ctx),
  } satisfies Handlers
}

async function currentSchemaVersion(ctx: ServiceContext): Promise<string> {
  const row = await ctx.db.selectFrom('schema_migration').select('name').orderBy('name', 'desc').executeTakeFirst()
  return row?.name ?? '(空)'
}
