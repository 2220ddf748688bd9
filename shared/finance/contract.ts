/** The channels of budget, overview and disclosure: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel } from '../ipc/define'
import type { DisclosureList, FinanceOverview } from './dto'
import { BudgetSaveInput, DisclosureInput, FinanceOverviewInput } from '../subsidy/schema'

export const FINANCE_CONTRACT = {
  'finance:budget-save': channel<typeof BudgetSaveInput, FinanceOverview>(BudgetSaveInput, ['finance', 'director']),
  'finance:overview': channel<typeof FinanceOverviewInput, FinanceOverview>(FinanceOverviewInput, ['finance', 'director', 'admin']),
  'finance:disclosure': channel<typeof DisclosureInput, DisclosureList>(DisclosureInput, ['finance', 'director', 'admin'], 'job'),
}
