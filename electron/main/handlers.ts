/**
 * The composition root: every feature's handlers merged into the one map the dispatcher serves
 * (Electron's IPC and the browser bridge alike). `combineHandlers` refuses, at start, a channel
 * two features both handle, a name that is no channel, and a channel nobody handles, so a
 * channel declared in a contract without a handler stops the app before any window opens.
 */
import { CHANNELS, isChannel, type Channel } from '../../shared/ipc/channels'
import type { AuthService } from './auth/auth-service'
import type { ServiceContext } from './context'
import type { Handlers } from './ipc/types'
import { authHandlers } from './auth/handlers'
import { usersHandlers } from './users/handlers'
import { settingsHandlers } from './settings/handlers'
import { policySettingsHandlers } from './policy-settings/handlers'
import { intakeHandlers } from './intake/handlers'
import { caseHandlers } from './cases/handlers'
import { reviewHandlers } from './review/handlers'
import { assignmentHandlers } from './assignment/handlers'
import { lawyersHandlers } from './lawyers/handlers'
import { deadlinesHandlers } from './deadlines/handlers'
import { documentHandlers } from './documents/handlers'
import { handlingHandlers } from './handling/handlers'
import { qualityHandlers } from './quality/handlers'
import { subsidyHandlers } from './subsidy/handlers'
import { financeHandlers } from './finance/handlers'
import { dutyHandlers } from './duty/handlers'
import { statisticsHandlers } from './statistics/handlers'
import { outreachHandlers } from './outreach/handlers'
import { backupHandlers } from './backup/handlers'

type HandlerMap = Partial<Record<Channel, unknown>>

/** Merges features' handler maps, by feature name; throws on a duplicate, unknown or missing channel. */
export function combineHandlers(features: Readonly<Record<string, HandlerMap>>): Handlers {
  const merged: Record<string, unknown> = {}
  const owner = new Map<string, string>()
  const problems: string[] = []
  for (const [feature, map] of Object.entries(features)) {
    for (const [channel, handler] of Object.entries(map)) {
      if (!isChannel(channel)) problems.push(`${feature} handles ${channel}, which no contract declares`)
      else if (owner.has(channel)) problems.push(`${channel} is handled by both ${owner.get(channel)} and ${feature}`)
      else if (typeof handler !== 'function') problems.push(`${feature}'s handler for ${channel} is not a function`)
      else {
        owner.set(channel, feature)
        merged[channel] = handler
      }
    }
  }
  const missing = CHANNELS.filter((c) => !owner.has(c))
  if (missing.length) problems.push(`no handler for ${missing.join(', ')}`)
  if (problems.length) throw new Error(`IPC handlers do not match the contract: ${problems.join('; ')}`)
  return merged as Handlers
}

/** Every feature's handlers, by feature (the same names as shared/<feature>/ and renderer/src/features/<feature>/). */
function featureHandlers(ctx: ServiceContext, auth: AuthService) {
  return {
    auth: authHandlers(auth),
    users: usersHandlers(auth),
    settings: settingsHandlers(ctx),
    'policy-settings': policySettingsHandlers(ctx),
    intake: intakeHandlers(ctx),
    cases: caseHandlers(ctx),
    review: reviewHandlers(ctx),
    assignment: assignmentHandlers(ctx),
    lawyers: lawyersHandlers(ctx),
    deadlines: deadlinesHandlers(ctx),
    documents: documentHandlers(ctx),
    handling: handlingHandlers(ctx),
    quality: qualityHandlers(ctx),
    subsidy: subsidyHandlers(ctx),
    finance: financeHandlers(ctx),
    duty: dutyHandlers(ctx),
    statistics: statisticsHandlers(ctx),
    outreach: outreachHandlers(ctx),
    backup: backupHandlers(ctx),
  }
}

// The compiler's half of the check: a channel that some contract declares and no feature handles
// is a type error here (combineHandlers repeats the check at start, for what types cannot see).
type Features = ReturnType<typeof featureHandlers>
type Handled = { [F in keyof Features]: keyof Features[F] }[keyof Features]
const everyChannelIsHandled: [Channel] extends [Handled] ? true : never = true
void everyChannelIsHandled

export function createHandlers(ctx: ServiceContext, auth: AuthService): Handlers {
  return combineHandlers(featureHandlers(ctx, auth))
}
