/** Handlers of the policy-settings channels (shared/policy-settings/contract.ts). */
import type { POLICY_SETTINGS_CONTRACT } from '../../../shared/policy-settings/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { listMattersFor } from './policy-service'
import { addPolicySetting, listPolicySettings } from './policy-settings-service'

export function policySettingsHandlers(ctx: ServiceContext): HandlersOf<typeof POLICY_SETTINGS_CONTRACT> {
  return {
    'policy:matters': async (input) => listMattersFor(ctx, input.region, input.on),
    'policy-settings:list': async (input) => listPolicySettings(ctx, input.region),
    'policy-settings:add': async (input, req) => addPolicySetting(ctx, input, req.actor),
  }
}
