/** Handlers of the finance channels (shared/finance/contract.ts). */
import type { FINANCE_CONTRACT } from '../../../shared/finance/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { disclosureList, financeOverview, saveBudget } from './finance-service'

export function financeHandlers(ctx: ServiceContext): HandlersOf<typeof FINANCE_CONTRACT> {
  return {
    'finance:budget-save': async (input, req) => saveBudget(ctx, input, req.actor),
    'finance:overview': async (input) => financeOverview(ctx, input.year),
    'finance:disclosure': async (input) => disclosureList(ctx, input.period, input.filePath),
  }
}
