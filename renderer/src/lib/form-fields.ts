/**
 * Renderer-local refinements of the shared schemas, for what only the form has: a second box to
 * type a password again, an amount typed in 元 where the main process takes 分, a record picked
 * from a list where the main process takes its id. Each wraps the shared field schema, so the
 * rule stays the main process's; only the form's own step (and its wording) is added.
 */
import { z } from 'zod'
import { parseYuanToFen } from '../../../shared/domain/money'

export interface ConfirmMessages {
  /** The second box is empty, e.g. 请再次输入密码. */
  missing: string
  /** The boxes differ, e.g. 两次输入的密码不一致. */
  mismatch: string
}

/**
 * The schema plus the confirmation box (`confirm` unless named): both boxes must match. Parses the
 * form's values and gives the shared schema's value without the confirmation, which is what the
 * main process takes.
 */
export function withConfirm<
  Shape extends z.core.$ZodLooseShape,
  Config extends z.core.$ZodObjectConfig,
  F extends keyof Shape & string,
  C extends string = 'confirm',
>(schema: z.ZodObject<Shape, Config>, field: F, messages: ConfirmMessages, confirmField: C = 'confirm' as C) {
  return schema
    .extend({ [confirmField]: z.string({ error: messages.missing }).min(1, messages.missing) } as Record<C, z.ZodString>)
    .refine(
      (v) => {
        const values = v as Record<string, unknown>
        // Compared even when the first box has its own problem (too short…), so both are named at once.
        return typeof values[field] !== 'string' || values[confirmField] === values[field]
      },
      { path: [confirmField], message: messages.mismatch, when: (payload) => !payload.issues.some((i) => i.path?.[0] === confirmField) },
    )
    .transform((v) => {
      const { [confirmField]: _confirm, ...value } = v as Record<string, unknown>
      return value as z.output<z.ZodObject<Shape, Config>>
    })
}

/** Said for an amount that is not a number of 元 (letters, three decimals…). */
export const YUAN_FORMAT_MESSAGE = '金额请填写元数，如 1200 或 1200.50'

/**
 * An amount typed in 元 (an InputNumber's number or a text box's text, e.g. ￥1,200.50) for a
 * field the main process takes in 分: converted without floating point, then checked by the
 * shared fen schema. `missing` replaces the fen schema's 「…（单位：分）」 wording for an empty box.
 */
export function yuanAsFen<T extends z.ZodType<number, number>>(fenSchema: T, missing: string) {
  return z
    .union([z.number(), z.string()], { error: missing })
    .transform((v, ctx) => {
      const fen = parseYuanToFen(String(v))
      if (fen === null) {
        ctx.addIssue({ code: 'custom', message: YUAN_FORMAT_MESSAGE })
        return z.NEVER
      }
      return fen as number
    })
    .pipe(fenSchema)
}

/**
 * A shared field schema for a choice made in a list (a record's id, a code): an empty choice reads
 * as the form asks it (请选择岗位) rather than as the id's message (缺少岗位编号); anything chosen is
 * checked by the shared schema.
 */
export function chosen<T extends z.ZodType>(schema: T, missing: string): z.ZodType<z.output<T>, z.input<T>> {
  const given = z.unknown().refine((v) => v !== undefined, { message: missing, abort: true })
  return given.pipe(schema as unknown as z.ZodType<z.output<T>, NonNullable<unknown> | null>) as z.ZodType<z.output<T>, z.input<T>>
}
