/** Handlers of outreach:*: packages from outreach laptops (巡回受案). */
import type { OUTREACH_CONTRACT } from '../../../shared/outreach/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { exportPackage } from './export-service'
import { importPackage, previewImport } from './import-service'

export function outreachHandlers(ctx: ServiceContext): HandlersOf<typeof OUTREACH_CONTRACT> {
  return {
    'outreach:export': async (input, req) => exportPackage(ctx, input, req.actor),
    'outreach:preview-import': async (input) => previewImport(ctx, input),
    'outreach:import': async (input, req) => importPackage(ctx, input, req.actor),
  }
}
