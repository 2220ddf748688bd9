// Child process for the cross-process numbering test: issues N 受理回执 for a case in the store in
// the given folder and prints the document numbers it got as JSON.
import { fixedClock } from '../../../shared/domain/dates'
import { startServices } from '../../../electron/main/app-services'
import { resolveDataPaths } from '../../../electron/main/paths'
import { CLERK, TEST_NOW } from '../../kit/services'

async function main(): Promise<void> {
  const [dir, caseId, countText, tag] = process.argv.slice(2)
  const services = await startServices({ paths: resolveDataPaths({ argv: [`--data-dir=${dir}`], env: {} }), mode: 'web', clock: fixedClock(TEST_NOW) })
  const numbers: string[] = []
  for (let i = 0; i < Number(countText); i++) {
    const r = await services.dispatch('documents:issue', { type: 'acceptance-receipt', caseId, extra: { materials: [`进程${tag}材料${i}`] } }, CLERK)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    numbers.push((r.value as { document: { docNumber: string } }).document.docNumber)
  }
  await services.close()
  process.stdout.write(JSON.stringify(numbers))
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
