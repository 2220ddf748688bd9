import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { childScript, makeTestServices } from '../../kit/services'

const run = promisify(execFile)

it('two processes registering at once on the same file never repeat or skip a case number', async () => {
  const s = await makeTestServices() // creates and configures the store
  await s.close()
  try {
    const script = childScript('register-many')
    const [a, b] = await Promise.all(
      ['A', 'B'].map((tag) => run(process.execPath, [script, s.dir, '60', tag], { cwd: resolve(__dirname, '../../..') })),
    )
    const numbers = [...JSON.parse(a!.stdout), ...JSON.parse(b!.stdout)] as string[]
    expect(numbers).toHaveLength(120)
    const seqs = numbers.map((n) => Number(n.split('-')[1])).sort((x, y) => x - y)
    expect(seqs).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
  } finally {
    await s.dispose()
  }
}, 60_000)
