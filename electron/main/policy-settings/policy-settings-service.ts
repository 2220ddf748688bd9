/**
 * Center policy settings: the engine's setting rows (key, region, value, source, effective
 * date), entered by an administrator. Nothing is invented: a missing value makes the engine
 * answer NOT_CONFIGURED naming the key, and the list below tells the screen what each key is.
 */
import type { Kysely } from 'kysely'
import type { LocalDate } from '../../../shared/domain/dates'
import type { PolicySettingDto, PolicySettingKeyInfo, PolicySettingList } from '../../../shared/policy-settings/dto'
import { AppError } from '../../../shared/ipc/result'
import { DEFAULT_HOLIDAY_EXTENSION, DEFAULT_SUBSIDY_FORMULA, SETTING_LABELS, type CenterSettings, type SettingEntry, type SettingKey } from '../../../shared/policy/settings'
import type { RegionCode } from '../../../shared/policy/types'
import type { PolicySettingAddInput } from '../../../shared/policy-settings/schema'
import { DEFAULT_OWED_PAPERS_DAYS, OWED_PAPERS_SETTING, type OwedPapersDays } from '../../../shared/deadlines/deadlines'
import { appendAudit } from '../db/audit-repo'
import type { DB, PolicySettingTable } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import type { z } from 'zod'

const ENGINE_KEYS = new Set<string>(Object.keys(SETTING_LABELS))

const LABELS: Record<string, string> = { ...SETTING_LABELS, [OWED_PAPERS_SETTING]: '先行受理案件补办手续的期限（日）' }

/** Defaults the engine or the workflow uses when a key is not entered, shown as defaults. */
const DEFAULTS: Record<string, { value: unknown; note: string }> = {
  'subsidy.formula': { value: DEFAULT_SUBSIDY_FORMULA, note: '系统默认公式：优秀取上限、良好取中点、合格取下限；按办理阶段比例；取整到元' },
  'deadline.holidayExtension': { value: DEFAULT_HOLIDAY_EXTENSION, note: '系统默认：届满日遇节假日顺延至其后第一个工作日（参照民法典第二百零三条）' },
  'deadline.counting': { value: {}, note: '系统默认：各期限按自然日计算' },
  'deadline.closingMaterialsDays': { value: 30, note: '系统默认 30 日（程序规定条号及天数待核实）' },
  [OWED_PAPERS_SETTING]: { value: DEFAULT_OWED_PAPERS_DAYS, note: `系统默认 ${DEFAULT_OWED_PAPERS_DAYS} 日（无法定天数，由中心确定）` },
}

function toDto(r: PolicySettingTable): PolicySettingDto {
  return {
    id: r.id,
    key: r.key,
    label: LABELS[r.key] ?? r.key,
    region: r.region,
    value: JSON.parse(r.value_json) as unknown,
    source: r.source,
    effectiveFrom: r.effective_from,
    note: r.note,
    enteredBy: r.entered_by,
    enteredAtMs: r.entered_at_ms,
  }
}

async function currentRows(db: Kysely<DB>, region?: string): Promise<PolicySettingTable[]> {
  let q = db.selectFrom('policy_setting').selectAll().where('superseded_at_ms', 'is', null)
  if (region) q = q.where('region', '=', region)
  return q.orderBy('key').orderBy('region').orderBy('effective_from', 'desc').execute()
}

/** The engine's settings, as stored (current rows only). */
export async function loadCenterPolicySettings(db: Kysely<DB>): Promise<CenterSettings> {
  const rows = await currentRows(db)
  const entries: SettingEntry[] = rows
    .filter((r) => ENGINE_KEYS.has(r.key))
    .map((r) => ({
      key: r.key as SettingKey,
      region: r.region as RegionCode,
      value: JSON.parse(r.value_json) as never,
      source: r.source,
      effectiveFrom: r.effective_from,
      ...(r.note ? { note: r.note } : {}),
    }))
  return { entries }
}

/** Days an accept-first case has to complete its papers, on the case's receipt date. */
export async function owedPapersDays(db: Kysely<DB>, region: string, on: LocalDate): Promise<OwedPapersDays> {
  const row = await db
    .selectFrom('policy_setting')
    .select(['value_json', 'source'])
    .where('key', '=', OWED_PAPERS_SETTING)
    .where('region', '=', region)
    .where('effective_from', '<=', on)
    .where('superseded_at_ms', 'is', null)
    .orderBy('effective_from', 'desc')
    .executeTakeFirst()
  if (!row) return { days: DEFAULT_OWED_PAPERS_DAYS, isDefault: true, source: '系统默认值' }
  return { days: Number(JSON.parse(row.value_json)), isDefault: false, source: row.source }
}

export function settingLabel(key: string): string {
  return LABELS[key] ?? key
}

export async function listPolicySettings(ctx: ServiceContext, region?: string): Promise<PolicySettingList> {
  const rows = await currentRows(ctx.db, region)
  const keys: PolicySettingKeyInfo[] = Object.keys(LABELS).map((key) => {
    const d = DEFAULTS[key]
    return { key, label: LABELS[key]!, ...(d ? { defaultValue: d.value, defaultNote: d.note } : {}) }
  })
  return { entries: rows.map(toDto), keys }
}

export async function addPolicySetting(ctx: ServiceContext, input: z.output<typeof PolicySettingAddInput>, actor: string): Promise<PolicySettingDto> {
  const atMs = ctx.clock.now()
  return writeTx(ctx.db, async (trx) => {
    const existing = await trx
      .selectFrom('policy_setting')
      .selectAll()
      .where('key', '=', input.key)
      .where('region', '=', input.region)
      .where('effective_from', '=', input.effectiveFrom)
      .where('superseded_at_ms', 'is', null)
      .executeTakeFirst()
    if (existing && !input.supersede) {
      throw new AppError('CONFLICT', `「${settingLabel(input.key)}」在 ${input.effectiveFrom} 已有数值（来源：${existing.source}）。如需更正，请勾选「更正原值」后再保存`, {
        issues: [{ path: ['effectiveFrom'], message: '该生效日期已有数值' }],
      })
    }
    const row: PolicySettingTable = {
      id: ctx.newId(),
      key: input.key,
      region: input.region,
      value_json: JSON.stringify(input.value),
      source: input.source,
      effective_from: input.effectiveFrom,
      note: input.note ?? null,
      entered_by: actor,
      entered_at_ms: atMs,
      superseded_at_ms: null,
      superseded_by: null,
    }
    if (existing) {
      await trx.updateTable('policy_setting').set({ superseded_at_ms: atMs, superseded_by: row.id }).where('id', '=', existing.id).execute()
    }
    await trx.insertInto('policy_setting').values(row).execute()
    await appendAudit(trx, {
      atMs,
      actor,
      action: existing ? 'policy-setting.correct' : 'policy-setting.add',
      entity: 'policy_setting',
      entityId: row.id,
      before: existing ? toDto(existing) : null,
      after: toDto(row),
    })
    return toDto(row)
  })
}
