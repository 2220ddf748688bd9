import type { ServiceContext } from '../../services/context'
import { getCaseFile, searchCaseList } from '../../services/case-service'
import { createApplication, createConsultation, listConsultations } from '../../services/intake-service'
import { listMattersFor } from '../../services/policy-service'
import { getCenterSettings, saveCenterSettings } from '../../services/settings-service'
import type { Handlers } from '../router'

/** One set of handlers serves both Electron's IPC and the browser-mode loopback bridge. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
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
    'case:search': async (input) => searchCaseList(ctx, input),
    'case:get': async (input) => getCaseFile(ctx, input.id),
    'case:open-window': async (input) => {
      await getCaseFile(ctx, input.id) // NOT_FOUND for an unknown case, before any window opens
      return ctx.openCaseWindow(input.id)
    },
  } satisfies Handlers
}

async function currentSchemaVersion(ctx: ServiceContext): Promise<string> {
  const row = await ctx.db.selectFrom('schema_migration').select('name').orderBy('name', 'desc').executeTakeFirst()
  return row?.name ?? '(空)'
}
