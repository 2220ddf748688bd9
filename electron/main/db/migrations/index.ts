import type { Kysely } from 'kysely'
import * as m0010 from './0010_init'
import * as m0020 from './0020_audit_chain'
import * as m0030 from './0030_documents'
import * as m0040 from './0040_workflow'
import * as m0050 from './0050_users'
import * as m0060 from './0060_handling'
import * as m0070 from './0070_statistics'
import * as m0080 from './0080_statistics_indexes'

export interface Migration {
  up(db: Kysely<any>): Promise<void>
}

/**
 * Every migration the code knows, in order. Names are NNNN_snake_case in steps of 10 and never
 * change once released. The runner applies each pending one in its own transaction.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0010_init': m0010,
  '0020_audit_chain': m0020,
  '0030_documents': m0030,
  '0040_workflow': m0040,
  '0050_users': m0050,
  '0060_handling': m0060,
  '0070_statistics': m0070,
  '0080_statistics_indexes': m0080,
}
