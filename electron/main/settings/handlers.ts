/** Handlers of app:info, settings:* and policy:matters: the center's settings and what the app is. */
import type { Handlers } from '../ipc/types'
import type { ServiceContext } from '../services/context'
import { listMattersFor } from '../services/policy-service'
import { getCenterSettings, saveCenterSettings } from '../services/settings-service'

export function settingsHandlers(ctx: ServiceContext): Pick<Handlers, 'app:info' | 'settings:get' | 'settings:save' | 'policy:matters'> {
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
  }
}

async function currentSchemaVersion(ctx: ServiceContext): Promise<string> {
  const row = await ctx.db.selectFrom('schema_migration').select('name').orderBy('name', 'desc').executeTakeFirst()
  return row?.name ?? '(空)'
}
