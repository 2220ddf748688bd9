import type { Kysely } from 'kysely'
import * as m0010 from './0010_init'

export interface Migration {
  up(db: Kysely<any>): Promise<void>
}

/**
 * Every migration the code knows, in order. Names are NNNN_snake_case in steps of 10 and never
 * change once released. The runner applies each pending one in its own transaction.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0010_init': m0010,
}
