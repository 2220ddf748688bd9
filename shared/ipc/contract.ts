/**
 * Every channel of the app: the features' declarations (shared/<feature>/contract.ts), merged.
 * The channel names, the access table (permissions.ts), the job process's routing
 * (electron/main/jobs/job-channels.ts) and the preload's allow-list are all derived from this
 * object, so a channel is declared in exactly one place.
 */
import type { z } from 'zod'
import type { StepChannel } from '../cases/transitions'
import type { ChannelDecl } from './define'
import type { Result } from './result'
import { AUTH_CONTRACT } from '../auth/contract'
import { USERS_CONTRACT } from '../users/contract'
import { SETTINGS_CONTRACT } from '../settings/contract'
import { POLICY_SETTINGS_CONTRACT } from '../policy-settings/contract'
import { INTAKE_CONTRACT } from '../intake/contract'
import { CASES_CONTRACT } from '../cases/contract'
import { REVIEW_CONTRACT } from '../review/contract'
import { ASSIGNMENT_CONTRACT } from '../assignment/contract'
import { LAWYERS_CONTRACT } from '../lawyers/contract'
import { DEADLINES_CONTRACT } from '../deadlines/contract'
import { DOCUMENTS_CONTRACT } from '../documents/contract'
import { HANDLING_CONTRACT } from '../handling/contract'
import { QUALITY_CONTRACT } from '../quality/contract'
import { SUBSIDY_CONTRACT } from '../subsidy/contract'
import { FINANCE_CONTRACT } from '../finance/contract'
import { DUTY_CONTRACT } from '../duty/contract'
import { STATISTICS_CONTRACT } from '../statistics/contract'
import { OUTREACH_CONTRACT } from '../outreach/contract'
import { BACKUP_CONTRACT } from '../backup/contract'

export const contract = {
  ...AUTH_CONTRACT,
  ...USERS_CONTRACT,
  ...SETTINGS_CONTRACT,
  ...POLICY_SETTINGS_CONTRACT,
  ...INTAKE_CONTRACT,
  ...CASES_CONTRACT,
  ...REVIEW_CONTRACT,
  ...ASSIGNMENT_CONTRACT,
  ...LAWYERS_CONTRACT,
  ...DEADLINES_CONTRACT,
  ...DOCUMENTS_CONTRACT,
  ...HANDLING_CONTRACT,
  ...QUALITY_CONTRACT,
  ...SUBSIDY_CONTRACT,
  ...FINANCE_CONTRACT,
  ...DUTY_CONTRACT,
  ...STATISTICS_CONTRACT,
  ...OUTREACH_CONTRACT,
  ...BACKUP_CONTRACT,
} satisfies Record<string, ChannelDecl<z.ZodType, unknown>>

export type Contract = typeof contract
export type Channel = keyof Contract & string
export type Input<K extends Channel> = z.input<Contract[K]['input']>
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>
export type Output<K extends Channel> = Contract[K]['output']

// Every step channel of the state machine (shared/cases/transitions.ts) is a declared channel.
const stepChannelsAreChannels: [StepChannel] extends [Channel] ? true : never = true
void stepChannelsAreChannels

/** What the preload (Electron) or the loopback bridge (browser) gives the renderer. */
export interface Api {
  invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Result<Output<K>>>
}
