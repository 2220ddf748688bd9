/** Plain data returned by the policy-settings channels. */

export interface PolicySettingDto {
  id: string
  key: string
  label: string
  region: string
  value: unknown
  source: string
  effectiveFrom: string
  note: string | null
  enteredBy: string
  enteredAtMs: number
}

export interface PolicySettingKeyInfo {
  key: string
  label: string
  /** Present when the system has a default for the key (shown as a default, never as a figure from a text). */
  defaultValue?: unknown
  defaultNote?: string
}

export interface PolicySettingList {
  entries: PolicySettingDto[]
  keys: PolicySettingKeyInfo[]
}
