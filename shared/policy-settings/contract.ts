/** The channels of the policy engine's matters and the center's policy settings: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel } from '../ipc/define'
import type { PolicySettingDto, PolicySettingList } from './dto'
import type { MatterList } from './matters'
import { MattersInput, PolicySettingAddInput, PolicySettingListInput } from './schema'

export const POLICY_SETTINGS_CONTRACT = {
  'policy:matters': channel<typeof MattersInput, MatterList>(MattersInput, 'any-user'),
  'policy-settings:list': channel<typeof PolicySettingListInput, PolicySettingList>(PolicySettingListInput, 'any-user'),
  'policy-settings:add': channel<typeof PolicySettingAddInput, PolicySettingDto>(PolicySettingAddInput, ['admin']),
}
