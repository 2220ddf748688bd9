/**
 * Policy command line. See shared/POLICY-CLI.md.
 *
 *   npm run -s policy -- eligibility < input.json
 *   npm run -s policy -- subsidy < input.json
 *   npm run -s policy -- deadlines < input.json
 *   npm run -s policy -- matters <region> [--on YYYY-MM-DD]
 *   optional: --settings <center-settings.json>
 *
 * All logic is in shared/policy/cli.ts (pure); this file only reads stdin/argv and writes stdout.
 */
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { localDateOf } from '../shared/domain/dates'
import { parseCenterSettings, runPolicyCli } from '../shared/policy/cli'
import { EMPTY_SETTINGS, type CenterSettings } from '../shared/policy/settings'

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    if (process.stdin.isTTY) {
      resolve('')
      return
    }
    const chunks: Buffer[] = []
    process.stdin.on('data', (c: Buffer) => chunks.push(c))
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    process.stdin.on('error', reject)
  })
}

export async function main(argv: string[]): Promise<number> {
  const args = [...argv]
  let settings: CenterSettings = EMPTY_SETTINGS
  const si = args.indexOf('--settings')
  if (si >= 0) {
    const file = args[si + 1]
    args.splice(si, 2)
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(file ?? '', 'utf8'))
    } catch {
      process.stdout.write(`${JSON.stringify({ error: { code: 'VALIDATION', message: `无法读取中心设置文件：${file ?? '（未指定）'}`, path: ['--settings'] } }, null, 2)}\n`)
      return 2
    }
    const parsed = parseCenterSettings(raw)
    if (!parsed.ok) {
      process.stdout.write(parsed.out.stdout)
      return parsed.out.exitCode
    }
    settings = parsed.value
  }
  const needsStdin = args[0] === 'eligibility' || args[0] === 'subsidy' || args[0] === 'deadlines'
  const stdin = needsStdin ? await readStdin() : ''
  const out = runPolicyCli(args, stdin, localDateOf(Date.now()), settings)
  process.stdout.write(out.stdout)
  return out.exitCode
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stdout.write(`${JSON.stringify({ error: { code: 'INTERNAL', message: `内部错误：${e instanceof Error ? e.message : String(e)}` } })}\n`)
    process.exitCode = 1
  },
)
