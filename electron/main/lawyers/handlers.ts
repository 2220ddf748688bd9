/** Handlers of the lawyers channels (shared/lawyers/contract.ts). */
import type { LAWYERS_CONTRACT } from '../../../shared/lawyers/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { exportLawyersExcel, importLawyersExcel, listFirms, listLawyers, saveFirm, saveLawyer } from './roster-service'

export function lawyersHandlers(ctx: ServiceContext): HandlersOf<typeof LAWYERS_CONTRACT> {
  return {
    'lawyer:list': async (input) => listLawyers(ctx, input),
    'lawyer:save': async (input, req) => saveLawyer(ctx, input, req.actor),
    'firm:list': async () => listFirms(ctx),
    'firm:save': async (input, req) => saveFirm(ctx, input, req.actor),
    'lawyer:import-excel': async (input, req) => importLawyersExcel(ctx, input, req.actor),
    'lawyer:export-excel': async (input) => exportLawyersExcel(ctx, input),
  }
}
