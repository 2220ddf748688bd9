/** Plain data returned by the app-info and center-settings channels. */
import type { RegionCode } from '../codes'

export type Region = RegionCode

export interface AppInfo {
  appName: string
  version: string
  mode: 'electron' | 'web'
  dbPath: string
  dataDir: string
  backupsDir: string
  schemaVersion: string
}

export interface CenterSettings {
  centerName: string
  region: Region
  docPrefix: string
  address: string
  phone: string
  updatedAtMs: number
}
