/** The matters (事项) the center's policy covers, as the intake form offers them (policy:matters). */
import { Region } from '../settings/dto'

export interface MatterOption {
  code: string
  name: string
  caseTypes: string[]
  noHardshipTest: boolean
}

export interface MatterList {
  region: Region
  profileId: string
  effectiveFrom: string
  source: string
  matters: MatterOption[]
}
