import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixedClock, type Clock } from '../../shared/domain/dates'
import { residentIdCheckChar } from '../../shared/domain/id-card'
import type { ApplicationInputIn } from '../../shared/intake/schema'
import { startServices, type Services } from '../../electron/main/app-services'
import { resolveDataPaths } from '../../electron/main/paths'
import type { RequestContext } from '../../electron/main/ipc/types'
import { makeTempDir } from './temp-dir'
import { forkSpawner } from '../../electron/main/jobs/fork-spawn'
import { JOB_PROCESS_FLAGS } from '../../electron/main/jobs/job-channels'
import type { JobSpawner } from '../../electron/main/jobs/job-runner'
import { KIT_CHILD_SCRIPTS, KIT_DIR_ENV, KIT_TEMPLATE_DB } from './env'

/** A file the global setup made for this run (global-setup.ts). */
function kitFile(name: string): string {
  const dir = process.env[KIT_DIR_ENV]
  if (!dir) throw new Error(`${KIT_DIR_ENV} is not set: run the tests with a config that has test/kit/global-setup.ts`)
  return join(dir, name)
}

/** The bundled file of one of the child scripts, to run with `process.execPath` (plain Node). */
export function childScript(name: keyof typeof KIT_CHILD_SCRIPTS): string {
  return kitFile(`${name}.cjs`)
}

/** The real job process, bundled once for the run (global-setup.ts), under plain Node with the app's flags. */
export const bundledJobSpawner = (): JobSpawner => forkSpawner(kitFile('job-process.cjs'), JOB_PROCESS_FLAGS, { inheritExecArgv: false })

/** 2026-11-23 10:00 Beijing time. */
export const TEST_NOW = Date.UTC(2026, 10, 23, 2, 0)

export const CLERK: RequestContext = { actor: '测试受理员', via: 'electron' }

export interface TestServices extends Services {
  dir: string
  dispose(): Promise<void>
}

/** Real services on a real SQLite file in a temp folder, with a fixed clock. */
export async function makeTestServices(
  options: { configure?: boolean; clock?: Clock; backgroundPlanning?: boolean; jobs?: { spawn: JobSpawner; idleAfterMs?: number } } = {},
): Promise<TestServices> {
  const tmp = makeTempDir()
  const paths = resolveDataPaths({ argv: [`--data-dir=${tmp.dir}`], env: {} })
  // A copy of the store migrated once for the run, instead of migrating a new one per test.
  copyFileSync(kitFile(KIT_TEMPLATE_DB), paths.dbPath)
  // Background deadline planning is off unless asked for: tests that snapshot whole tables must
  // not see the planner write between two reads. The board and the case file plan on demand.
  const services = await startServices({ paths, mode: 'web', clock: options.clock ?? fixedClock(TEST_NOW), appVersion: 'test', backgroundPlanning: options.backgroundPlanning ?? false, ...(options.jobs ? { jobs: options.jobs } : {}) })
  if (options.configure !== false) {
    const r = await services.dispatch(
      'settings:save',
      { centerName: '呼和浩特市法律援助中心', region: 'nei-mongol', docPrefix: '呼法援', address: '呼和浩特市新城区某路1号', phone: '0471-1234567' },
      CLERK,
    )
    if (!r.ok) throw new Error(`settings:save failed: ${JSON.stringify(r.error)}`)
  }
  return {
    ...services,
    dir: tmp.dir,
    async dispose() {
      try {
        await services.close()
      } catch {
        // already closed by the test
      }
      tmp.cleanup()
    },
  }
}

/** A valid 18-digit resident ID: Inner Mongolia (15…), the given birth date and sequence. */
export function makeResidentId(birth = '19800315', seq = 123): string {
  const first17 = `150102${birth}${String(seq).padStart(3, '0')}`
  return first17 + residentIdCheckChar(first17)
}

export function validApplication(overrides: { name?: string; idNumber?: string; receivedOn?: string; opposingParty?: string; phone?: string } = {}): ApplicationInputIn {
  const idNumber = overrides.idNumber ?? makeResidentId('19800315', 124) // even sequence: female
  return {
    applicant: {
      name: overrides.name ?? '王芳',
      gender: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female', // must agree with the ID number
      ethnicity: '01',
      idType: 'resident-id',
      idNumber,
      phone: overrides.phone ?? '13912345678',
      address: '呼和浩特市赛罕区某街道2号',
      residence: 'urban',
      specialGroups: ['migrant-worker'],
    },
    case: {
      caseType: 'civil',
      matter: 'labour-relation-or-pay',
      cause: '追索劳动报酬纠纷',
      opposingParty: overrides.opposingParty ?? '某建筑工程有限公司',
      facts: '申请人在某工地务工六个月，被拖欠工资两万元。',
    },
    intake: { channel: 'window', receivedOn: overrides.receivedOn ?? '2026-11-20', urgent: false, acceptFirst: false },
  }
}

/** Row counts of every ordinary table (not SQLite's own, not the FTS index's shadow tables). */
export function countRows(services: Services): Record<string, number> {
  const sqlite = services.ctx.store.sqlite
  const tables = (
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%_fts_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name)
  return Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]))
}

