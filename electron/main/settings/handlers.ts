/** Handlers of the settings channels: the center's settings and what the app is. */
import type { SETTINGS_CONTRACT } from '../../../shared/settings/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { getCenterSettings, saveCenterSettings } from './settings-service'

export function settingsHandlers(ctx: ServiceContext): HandlersOf<typeof SETTINGS_CONTRACT> {
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
  }
}

async function currentSchemaVersion(ctx: ServiceContext): Promise<string> {
  const row = await ctx.db.selectFrom('schema_migration').select('name').orderBy('name', 'desc').executeTakeFirst()
  return row?.name ?? '(空)'
}
