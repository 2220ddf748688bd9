import { describe, expect, it } from 'vitest'
import { LawyerSaveInput, parseSheetRow, type SheetColumn } from '../../../shared/lawyers/schema'

const issuesOf = (input: unknown) => {
  const r = LawyerSaveInput.safeParse(input)
  if (r.success) throw new Error('expected the input to be refused')
  return r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`)
}

describe('LawyerSaveInput: every problem at once', () => {
  it('a lawyer whose case limit is not a number is also told about the missing licence, firm and start date', () => {
    expect(issuesOf({ name: '巴特尔', kind: 'lawyer', maxOpenCases: '十' })).toEqual([
      'maxOpenCases: 最大在办案件数应为整数',
      'licenceNo: 律师须填写执业证号',
      'firmId: 律师须选择执业机构',
      'practiceStart: 请填写执业起始日期（用于判断执业年限）',
    ])
  })

  it('does not repeat a field that is already wrong, and asks nothing more of a volunteer', () => {
    const bad = issuesOf({ name: '刘芳', kind: 'lawyer', practiceStart: '2020-13-01', maxOpenCases: 5 })
    expect(bad.filter((m) => m.startsWith('practiceStart'))).toHaveLength(1)
    expect(bad.some((m) => m.startsWith('licenceNo'))).toBe(false) // the rule waits for a valid date
    expect(issuesOf({ name: '志愿者甲', kind: 'volunteer', maxOpenCases: 'x' })).toEqual(['maxOpenCases: 最大在办案件数应为整数'])
  })
})

describe('roster sheet rows', () => {
  it('reports a row’s case-limit error together with its missing licence, firm and start date', () => {
    const cells: Partial<Record<SheetColumn, string>> = { 姓名: '巴特尔', 人员类别: '律师', 最大在办案件数: '', 适合办理未成年人案件: '否' }
    const r = parseSheetRow(7, cells)
    if (r.ok) throw new Error('expected the row to be refused')
    expect(r.issues.map((i) => i.message)).toEqual([
      '第7行「最大在办案件数」：请填写最大在办案件数（整数）',
      '第7行「执业证号」：律师须填写执业证号',
      '第7行「执业机构」：请填写执业机构名称',
      '第7行「执业起始日期」：请填写执业起始日期（用于判断执业年限）',
    ])
  })
})
