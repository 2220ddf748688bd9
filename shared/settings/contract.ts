/** The channels of app information and the center settings: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel } from '../ipc/define'
import { Empty } from '../fields'
import { CenterSettingsInput } from '../intake/schema'
import type { AppInfo, CenterSettings } from './dto'

export const SETTINGS_CONTRACT = {
  'app:info': channel<typeof Empty, AppInfo>(Empty, 'any-user'),
  'settings:get': channel<typeof Empty, CenterSettings | null>(Empty, 'any-user'),
  'settings:save': channel<typeof CenterSettingsInput, CenterSettings>(CenterSettingsInput, ['admin']),
}
