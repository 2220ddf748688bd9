import { z } from 'zod'
import { CenterSettingsInput } from '../../../shared/intake/schema'
import type { CenterSettings } from '../../../shared/settings/dto'
import { AppError } from '../../../shared/ipc/result'
import { writeTx } from '../db/tx'
import { appendAudit } from '../db/audit-repo'
import { readSetting, writeSetting } from './setting-repo'
import type { ServiceContext } from '../context'

const CENTER_KEY = 'center'

export async function getCenterSettings(ctx: ServiceContext): Promise<CenterSettings | null> {
  const stored = await readSetting(ctx.db, CENTER_KEY)
  if (!stored) return null
  const parsed = CenterSettingsInput.safeParse(stored.value)
  if (!parsed.success) return null
  return { ...parsed.data, updatedAtMs: stored.updatedAtMs }
}

/** The settings, or a NOT_CONFIGURED error that tells the clerk where to fill them in. */
export async function requireCenterSettings(ctx: ServiceContext): Promise<CenterSettings> {
  const settings = await getCenterSettings(ctx)
  if (!settings) {
    throw new AppError('NOT_CONFIGURED', '尚未设置本中心信息。请先在「设置」中填写中心名称、适用地区和文号前缀。', {
      setting: 'center',
    })
  }
  return settings
}

export async function saveCenterSettings(
  ctx: ServiceContext,
  input: z.output<typeof CenterSettingsInput>,
  actor: string,
): Promise<CenterSettings> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const before = await readSetting(trx, CENTER_KEY)
    await writeSetting(trx, CENTER_KEY, input, atMs)
    await appendAudit(trx, {
      atMs,
      actor,
      action: 'settings.save',
      entity: 'setting',
      entityId: CENTER_KEY,
      before: before?.value ?? null,
      after: input,
    })
  })
  return { ...input, updatedAtMs: atMs }
}
