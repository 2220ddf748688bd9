/** Handlers of outreach:*: packages from outreach laptops (巡回受案). */
import type { Channel } from '../../../shared/ipc/channels'
import type { Handlers } from '../ipc/types'
import type { ServiceContext } from '../services/context'
import { exportPackage } from './export-service'
import { importPackage, previewImport } from './import-service'

export function outreachHandlers(ctx: ServiceContext): Pick<Handlers, Extract<Channel, `outreach:${string}`>> {
  return {
    'outreach:export': async (input, req) => exportPackage(ctx, input, req.actor),
    'outreach:preview-import': async (input) => previewImport(ctx, input),
    'outreach:import': async (input, req) => importPackage(ctx, input, req.actor),
  }
}
