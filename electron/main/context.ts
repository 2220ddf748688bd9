import { v7 as uuidv7 } from 'uuid'
import type { Kysely } from 'kysely'
import type { Clock } from '../../shared/domain/dates'
import type { OpenDb } from './db/connection'
import type { DB } from './db/schema'
import type { DataPaths } from './paths'
import type { MigrateResult } from './db/migrate'

/**
 * Lets a service replace the database file under the running application (restore from a
 * backup): new requests are refused with a clear message, requests already running finish,
 * the store is closed, the caller's file work runs, and the store is reopened (and migrated,
 * since a backup may come from an older version) before requests are accepted again.
 */
export interface StoreControl {
  withStoreClosed<T>(fn: (dbPath: string) => Promise<T>): Promise<{ result: T; migration: MigrateResult }>
  /** True while the store is being swapped. */
  readonly busy: boolean
}

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
  /** Opens a stored PDF (absolute path) in a preview window with Print and Save as (Electron only; absent in browser mode). */
  openPdf?(absPath: string, title: string): Promise<boolean>
  /**
   * Closes and reopens the store around a file swap (restore from backup); set by startServices.
   * Services must read `ctx.db` / `ctx.store` at call time, never keep them: a restore replaces them.
   */
  storeControl?: StoreControl
  /**
   * Asks the background planner to plan queued cases' deadlines soon (workflow/deadline-planner.ts);
   * set by startServices. Services that queue many cases at once call it after committing.
   */
  planDeadlines?(): void
}

/** Time-ordered, globally unique IDs: records made on outreach laptops merge without clashes. */
export const newUuidV7 = (): string => uuidv7()
