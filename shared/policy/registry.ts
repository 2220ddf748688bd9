/**
 * Versioned profiles. A case is judged by the profile in force on its own date (the receipt date
 * for eligibility, the decision date for subsidies): the latest version whose effectiveFrom is on
 * or before that date. Never "today".
 */
import { REGION_NAMES } from '../codes'
import type { LocalDate } from '../domain/dates'
import { NATIONAL_PROFILE } from './profiles/national'
import { NANNING } from './profiles/nanning'
import { NEI_MONGOL_2022, NEI_MONGOL_2023 } from './profiles/nei-mongol'
import { XIZANG } from './profiles/xizang'
import { EMPTY_SETTINGS, type CenterSettings } from './settings'
import { fail, ok, type MatterDef, type PolicyProfile, type PolicyResult, type RegionCode } from './types'

export { REGION_NAMES } from '../codes'

const PROFILES: Readonly<Record<RegionCode, readonly PolicyProfile[]>> = {
  national: [NATIONAL_PROFILE],
  'nei-mongol': [NEI_MONGOL_2022, NEI_MONGOL_2023],
  nanning: [NANNING],
  xizang: [XIZANG],
}

/** A center may record the confirmed start date of a version whose date the seed does not give. */
function withConfirmedDates(profiles: readonly PolicyProfile[], settings: CenterSettings): PolicyProfile[] {
  return profiles
    .map((p) => {
      let confirmed: LocalDate | null = null
      for (const e of settings.entries) {
        if (e.key !== 'profile.effectiveFrom' || e.region !== p.region) continue
        const v = e.value as { profileId: string; date: LocalDate }
        if (v.profileId === p.id) confirmed = v.date
      }
      return confirmed
        ? { ...p, effectiveFrom: confirmed, effectiveFromUnconfirmed: false, effectiveFromNote: `生效日期已由中心核实录入：${confirmed}` }
        : p
    })
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0))
}

export function listProfiles(region: RegionCode, settings: CenterSettings = EMPTY_SETTINGS): PolicyProfile[] {
  return withConfirmedDates(PROFILES[region], settings)
}

export function profileFor(
  region: RegionCode,
  on: LocalDate,
  settings: CenterSettings = EMPTY_SETTINGS,
): PolicyResult<PolicyProfile> {
  const versions = listProfiles(region, settings)
  let found: PolicyProfile | null = null
  for (const p of versions) if (p.effectiveFrom <= on) found = p
  if (!found) {
    const first = versions[0]
    return fail({
      code: 'NO_PROFILE',
      message: `${REGION_NAMES[region]}在 ${on} 没有生效的政策版本（最早版本自 ${first?.effectiveFrom ?? '—'} 起施行；本系统以法律援助法施行日为起点）`,
    })
  }
  return ok(found)
}

export interface MatterListing {
  code: string
  name: string
  caseTypes: readonly string[]
  noHardshipLimit: boolean
  condition: string | null
  discretionary: boolean
  addedBy: RegionCode
  basis: { doc: string; clause: string; unverified?: boolean }[]
}

export function describeMatter(m: MatterDef): MatterListing {
  return {
    code: m.code,
    name: m.name,
    caseTypes: m.caseTypes,
    noHardshipLimit: m.noHardshipLimit !== undefined,
    condition: m.condition?.description ?? null,
    discretionary: m.discretionary === true,
    addedBy: m.addedBy,
    basis: [...m.citations],
  }
}

export function listMatters(
  region: RegionCode,
  on: LocalDate,
  settings: CenterSettings = EMPTY_SETTINGS,
): PolicyResult<{ profileId: string; profileName: string; matters: MatterListing[] }> {
  const p = profileFor(region, on, settings)
  if (!p.ok) return p
  return ok({ profileId: p.value.id, profileName: p.value.name, matters: p.value.matters.map(describeMatter) })
}
