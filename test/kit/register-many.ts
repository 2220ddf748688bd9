// Child process for the cross-process numbering test: registers N applications against the
// store in the given folder and prints the case numbers it got as JSON.
import { fixedClock } from '../../shared/domain/dates'
import { startServices } from '../../electron/main/app-services'
import { resolveDataPaths } from '../../electron/main/paths'
import { CLERK, TEST_NOW, makeResidentId, validApplication } from './services'

async function main(): Promise<void> {
  const [dir, countText, tag] = process.argv.slice(2)
  const services = await startServices({ paths: resolveDataPaths({ argv: [`--data-dir=${dir}`], env: {} }), mode: 'web', clock: fixedClock(TEST_NOW) })
  const numbers: string[] = []
  for (let i = 0; i < Number(countText); i++) {
    const r = await services.dispatch('application:create', validApplication({ name: `进程${tag}-${i}`, idNumber: makeResidentId('19850101', i % 999) }), CLERK)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    numbers.push((r.value as { caseNumber: string }).caseNumber)
  }
  await services.close()
  process.stdout.write(JSON.stringify(numbers))
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
