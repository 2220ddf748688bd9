import { v7 as uuidv7 } from 'uuid'
import type { Kysely } from 'kysely'
import type { Clock } from '../../../shared/domain/dates'
import type { OpenDb } from '../db/connection'
import type { DB } from '../db/schema'
import type { DataPaths } from '../paths'

/** Everything a service needs, passed explicitly (no globals), so tests build their own. */
export interface ServiceContext {
  store: OpenDb
  db: Kysely<DB>
  clock: Clock
  paths: DataPaths
  appVersion: string
  mode: 'electron' | 'web'
  /** Device tag recorded on each record, for merging outreach laptops' records later. */
  origin: string
  newId(): string
  /** Opens a case file in its own window (Electron) or tells the browser which URL to open. */
  openCaseWindow(id: string): Promise<{ opened: boolean; url: string }>
}

/** Time-ordered, globally unique IDs: records made on outreach laptops merge without clashes. */
export const newUuidV7 = (): string => uuidv7()
