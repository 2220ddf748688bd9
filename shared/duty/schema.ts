/** Inputs of the duty-lawyer channels (值班律师). */
import { z } from 'zod'
import { DUTY_POST_KIND_CODES, DUTY_SERVICE_KIND_CODES, DUTY_SHIFT_STATUS_CODES } from '../handling/labels'
import { period } from '../subsidy/schema'
import { localDate, optionalText, recordId, requiredText, strict } from '../fields'

export const DutyPostListInput = strict({ includeInactive: z.boolean({ error: '应为是或否' }).optional() })

export const DutyPostSaveInput = strict({
  id: recordId('岗位编号').optional(),
  name: requiredText('值班岗位名称', 100),
  kind: z.enum(DUTY_POST_KIND_CODES, { error: '请选择岗位所在单位类别（法院、检察院、看守所、公共法律服务中心）' }),
  address: optionalText('地址', 200),
  active: z.boolean({ error: '请选择是否启用' }).default(true),
})

export const DutyRosterInput = strict({
  from: localDate('开始日期'),
  to: localDate('结束日期'),
  postId: recordId('岗位编号').optional(),
  lawyerId: recordId('律师编号').optional(),
}).refine((r) => r.from <= r.to, { message: '开始日期不能晚于结束日期', path: ['to'] }).refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 92 * 86_400_000, { message: '一次最多查询三个月的排班', path: ['to'] })

export const DutyShiftSaveInput = strict({
  id: recordId('排班编号').optional(),
  postId: recordId('岗位编号'),
  lawyerId: recordId('律师编号'),
  shiftDate: localDate('值班日期'),
  status: z.enum(DUTY_SHIFT_STATUS_CODES, { error: '请选择排班状态' }).default('scheduled'),
  note: optionalText('备注', 500),
})

export const DutyServiceAddInput = strict({
  shiftId: recordId('排班编号'),
  kind: z.enum(DUTY_SERVICE_KIND_CODES, { error: '请选择服务类型（法律咨询、程序选择建议、认罪认罚具结书签署见证、其他）' }),
  count: z.number({ error: '次数应为整数' }).int('次数应为整数').min(1, '次数至少为1').max(1000, '次数不能超过1000'),
  note: optionalText('服务情况', 1000),
})

/** Duty work has no case-file review; the grade places the per-day amount in the range (default 合格 = the lower bound). */
const dutyGrade = z.enum(['excellent', 'good', 'pass', 'fail'], { error: '请选择考核等级' }).default('pass')
export const DutyStatementInput = strict({ period: period('统计月份'), lawyerId: recordId('律师编号').optional(), grade: dutyGrade })
export const DutyStatementSaveInput = strict({ period: period('统计月份'), lawyerId: recordId('律师编号'), grade: dutyGrade })
