// Child process for the crash-safety test. Modes:
//   register <dir> <count>          registers applications one by one, printing "committed <case number>" after each
//   import <dir> <file> <passphrase> imports a package, printing "mid-transaction" halfway and then waiting there
// The parent kills it with SIGKILL at the printed point.
import { fixedClock } from '../../../shared/domain/dates'
import { startServices } from '../../../electron/main/app-services'
import { importPackage } from '../../../electron/main/outreach/import-service'
import { resolveDataPaths } from '../../../electron/main/paths'
import { CLERK, TEST_NOW, makeResidentId, validApplication } from '../../kit/services'

async function main(): Promise<void> {
  const [mode, dir, ...rest] = process.argv.slice(2)
  // No background deadline planning: the parent compares whole-table counts before and after.
  const services = await startServices({ paths: resolveDataPaths({ argv: [`--data-dir=${dir}`], env: {} }), mode: 'web', clock: fixedClock(TEST_NOW), backgroundPlanning: false })
  if (mode === 'register') {
    for (let i = 0; i < Number(rest[0]); i++) {
      const r = await services.dispatch('application:create', validApplication({ name: `崩溃${i}`, idNumber: makeResidentId('19820202', i % 999) }), CLERK)
      if (!r.ok) throw new Error(JSON.stringify(r.error))
      process.stdout.write(`committed ${(r.value as { caseNumber: string }).caseNumber}\n`)
    }
  } else if (mode === 'import') {
    const [file, passphrase] = rest as [string, string]
    await importPackage(services.ctx, { file, passphrase, decisions: {} }, CLERK.actor, {
      onRecordWritten: async (written, total) => {
        if (written === Math.floor(total / 2)) {
          process.stdout.write(`mid-transaction ${written}/${total}\n`)
          await new Promise((r) => setTimeout(r, 30_000)) // the parent kills us here, inside the transaction
        }
      },
    })
    process.stdout.write('import finished\n')
  }
  await services.close()
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
