/** Input of the deadlines board. */
import { z } from 'zod'
import { optionalText, strict } from '../fields'

export const DeadlinesBoardInput = strict({
  /** One clerk's items; omitted = the whole center. */
  responsible: optionalText('承办受理员', 50),
  listLimit: z.number({ error: '条数应为数字' }).int('条数应为整数').min(1, '至少1条').max(500, '最多500条').default(100),
})
