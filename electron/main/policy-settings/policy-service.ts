import { isCodeOf, REGIONS, type RegionCode } from '../../../shared/codes'
import { isValidLocalDate, today, type LocalDate } from '../../../shared/domain/dates'
import type { MatterList } from '../../../shared/policy-settings/matters'
import type { Region } from '../../../shared/settings/dto'
import { AppError } from '../../../shared/ipc/result'
import { listMatters, type MatterListing } from '../../../shared/policy/registry'
import type { ServiceContext } from '../context'
import { requireCenterSettings } from '../settings/settings-service'

function asRegion(region: string): RegionCode | null {
  return isCodeOf(REGIONS, region) ? region : null
}

/** The matter with this code in the region's scope list in force on `on`, or null. */
export function findMatter(region: string, on: string, code: string): MatterListing | null {
  const r = asRegion(region)
  if (!r || !isValidLocalDate(on)) return null
  const listed = listMatters(r, on)
  if (!listed.ok) return null
  return listed.value.matters.find((m) => m.code === code) ?? null
}

export async function listMattersFor(ctx: ServiceContext, region?: Region, on?: string): Promise<MatterList> {
  const r = region ?? (await requireCenterSettings(ctx)).region
  const date = (on ?? today(ctx.clock)) as LocalDate
  const listed = listMatters(r, date)
  if (!listed.ok) throw new AppError('NOT_FOUND', listed.error.message)
  return {
    region: r,
    profileId: listed.value.profileId,
    effectiveFrom: date,
    source: listed.value.profileName,
    matters: listed.value.matters.map((m) => ({ code: m.code, name: m.name, caseTypes: [...m.caseTypes], noHardshipTest: m.noHardshipLimit })),
  }
}
