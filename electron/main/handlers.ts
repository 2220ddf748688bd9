/**
 * The composition root: every feature's handlers merged into the one map the dispatcher serves
 * (Electron's IPC and the browser bridge alike). `combineHandlers` refuses, at start, a channel
 * two features both handle, a name that is no channel, and a channel nobody handles, so a
 * channel declared in a contract without a handler stops the app before any window opens.
 */
import { CHANNELS, isChannel, type Channel } from '../../shared/ipc/channels'
import type { AuthService } from './auth/auth-service'
import { authHandlers } from './auth/handlers'
import { backupHandlers } from './backup/handlers'
import { caseHandlers } from './cases/handlers'
import { documentHandlers } from './documents/handlers'
import { handlingHandlers } from './handling/handlers'
import { intakeHandlers } from './intake/handlers'
import type { Handlers } from './ipc/types'
import { outreachHandlers } from './outreach/handlers'
import type { ServiceContext } from './services/context'
import { settingsHandlers } from './settings/handlers'
import { statisticsHandlers } from './statistics/handlers'
import { workflowHandlers } from './workflow/handlers'

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

export function createHandlers(ctx: ServiceContext, auth: AuthService): Handlers {
  return combineHandlers({
    auth: authHandlers(auth),
    settings: settingsHandlers(ctx),
    intake: intakeHandlers(ctx),
    cases: caseHandlers(ctx),
    backup: backupHandlers(ctx),
    outreach: outreachHandlers(ctx),
    documents: documentHandlers(ctx),
    workflow: workflowHandlers(ctx),
    handling: handlingHandlers(ctx),
    statistics: statisticsHandlers(ctx),
  })
}
