/**
 * The policy command line (docs: shared/POLICY-CLI.md), as a pure function so it can be tested
 * without spawning a process. scripts/policy-cli.ts does the I/O.
 *
 * Exit codes: 0 result (including an ineligible one); 2 invalid input; 3 setting not configured.
 */
import { z } from 'zod'
import { isValidLocalDate, type LocalDate } from '../domain/dates'
import { isoDate } from '../fields'
import { computeDeadlines } from './deadlines'
import { assessEligibility } from './eligibility'
import { explainEligibility, explainSubsidy } from './explain'
import { listMatters, REGION_NAMES } from './registry'
import { parseEligibilityInput, parseSubsidyInput, regionSchema, type ValidationIssue } from './schemas'
import { EMPTY_SETTINGS, type CenterSettings, type SettingEntry } from './settings'
import { computeSubsidy } from './subsidy'
import { REGION_CODES, type PolicyError } from './types'

export interface CliOutput {
  exitCode: 0 | 2 | 3
  stdout: string
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`

function errorOut(error: PolicyError, issues?: ValidationIssue[]): CliOutput {
  if (error.code === 'NOT_CONFIGURED') {
    return { exitCode: 3, stdout: json({ error: { code: 'NOT_CONFIGURED', message: error.message, setting: error.setting ?? '' } }) }
  }
  const code = error.code === 'NO_PROFILE' ? 'VALIDATION' : error.code
  const body: Record<string, unknown> = { code, message: error.message, path: error.path ?? [] }
  if (error.year !== undefined) body.year = error.year
  if (issues && issues.length > 1) body.issues = issues
  return { exitCode: 2, stdout: json({ error: body }) }
}

const USAGE = [
  '用法：',
  '  npm run -s policy -- eligibility < input.json    审查法律援助条件',
  '  npm run -s policy -- subsidy < input.json        核算办案补贴',
  '  npm run -s policy -- deadlines < input.json      计算各项办理期限',
  '  npm run -s policy -- matters <地区> [--on YYYY-MM-DD]   列出事项代码及中文名称',
  `  地区：${REGION_CODES.join('、')}`,
  '  可选：--settings <文件>  读取中心设置（{"entries":[…]}）',
].join('\n')

function parseJson(stdin: string): { ok: true; value: unknown } | { ok: false; out: CliOutput } {
  try {
    return { ok: true, value: JSON.parse(stdin) }
  } catch {
    return { ok: false, out: errorOut({ code: 'VALIDATION', message: '输入不是有效的 JSON：请在标准输入提供一个 JSON 对象', path: [] }) }
  }
}

const settingEntrySchema = z.object({
  key: z.string().min(1),
  region: regionSchema,
  value: z.unknown(),
  source: z.string().min(1, { message: '设置须注明来源' }),
  effectiveFrom: isoDate,
  note: z.string().optional(),
})
const settingsFileSchema = z.object({ entries: z.array(settingEntrySchema) })

/** Validates a center settings document (used for --settings files). */
export function parseCenterSettings(raw: unknown): { ok: true; value: CenterSettings } | { ok: false; out: CliOutput } {
  const r = settingsFileSchema.safeParse(raw, { error: z.locales.zhCN().localeError })
  if (!r.success) {
    const i = r.error.issues[0]
    return {
      ok: false,
      out: errorOut({
        code: 'VALIDATION',
        message: `中心设置文件无效：${i?.path.join('.') ?? ''} ${i?.message ?? ''}`.trim(),
        path: ['--settings', ...(i?.path.map((p) => (typeof p === 'number' ? p : String(p))) ?? [])],
      }),
    }
  }
  return { ok: true, value: { entries: r.data.entries as unknown as SettingEntry[] } }
}

/**
 * Runs one CLI command. `today` is used only by `matters` when no --on date is given (listing the
 * scope in force now); case judgments always use the case's own date.
 */
export function runPolicyCli(args: readonly string[], stdin: string, today: LocalDate, settings: CenterSettings = EMPTY_SETTINGS): CliOutput {
  const [command, ...rest] = args
  switch (command) {
    case 'eligibility': {
      const raw = parseJson(stdin)
      if (!raw.ok) return raw.out
      const input = parseEligibilityInput(raw.value)
      if (!input.ok) return errorOut(input.error, input.issues)
      const r = assessEligibility(input.value, settings)
      if (!r.ok) return errorOut(r.error)
      return { exitCode: 0, stdout: json({ ...r.value, explanation: explainEligibility(r.value).text.split('\n') }) }
    }
    case 'subsidy': {
      const raw = parseJson(stdin)
      if (!raw.ok) return raw.out
      const input = parseSubsidyInput(raw.value)
      if (!input.ok) return errorOut(input.error, input.issues)
      const r = computeSubsidy(input.value, settings)
      if (!r.ok) return errorOut(r.error)
      return { exitCode: 0, stdout: json({ ...r.value, explanation: explainSubsidy(r.value).text.split('\n') }) }
    }
    case 'deadlines': {
      const raw = parseJson(stdin)
      if (!raw.ok) return raw.out
      const schema = z.object({
        region: regionSchema,
        receivedOn: isoDate,
        via: z.enum(['application', 'notification']).default('application'),
        supplementRequests: z.array(z.object({ requestedOn: isoDate, suppliedOn: isoDate.nullable() })).optional(),
        decidedOn: isoDate.nullish(),
        assignedOn: isoDate.nullish(),
        detaineeApplicationReceivedAt: z.string().nullish(),
        caseClosedOn: isoDate.nullish(),
      })
      const p = schema.safeParse(raw.value, { error: z.locales.zhCN().localeError })
      if (!p.success) {
        const i = p.error.issues[0]
        return errorOut({
          code: 'VALIDATION',
          message: `输入无效：${i?.path.join('.') ?? ''}：${i?.message ?? ''}`,
          path: i?.path.map((x) => (typeof x === 'number' ? x : String(x))) ?? [],
        })
      }
      const r = computeDeadlines(p.data, settings)
      if (!r.ok) return errorOut(r.error)
      return { exitCode: 0, stdout: json(r.value) }
    }
    case 'matters': {
      const region = rest.find((a) => !a.startsWith('--') && !isValidLocalDate(a))
      const onIdx = rest.indexOf('--on')
      const on = onIdx >= 0 ? rest[onIdx + 1] : today
      const reg = regionSchema.safeParse(region)
      if (!reg.success) {
        return errorOut({ code: 'VALIDATION', message: `请指定地区代码：${REGION_CODES.join('、')}`, path: ['region'] })
      }
      if (!on || !isValidLocalDate(on)) {
        return errorOut({ code: 'VALIDATION', message: '--on 后应为 YYYY-MM-DD 格式的日期', path: ['on'] })
      }
      const r = listMatters(reg.data, on, settings)
      if (!r.ok) return errorOut({ ...r.error, path: ['on'] })
      return {
        exitCode: 0,
        stdout: json({ region: reg.data, regionName: REGION_NAMES[reg.data], on, ...r.value }),
      }
    }
    default:
      return errorOut({ code: 'VALIDATION', message: `未知命令「${command ?? ''}」。\n${USAGE}`, path: ['command'] })
  }
}
