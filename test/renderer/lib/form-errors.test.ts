import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/ipc/result'
import { applyIssuesToForm, mapIssuesToFields, validationIssues, type NamePath } from '../../../renderer/src/lib/form-errors'

const registered: NamePath[] = [
  ['applicant', 'name'],
  ['applicant', 'idNumber'],
  ['applicant', 'specialGroups'],
  ['intake', 'notice', 'organKind'],
  ['intake', 'notice', 'organName'],
  ['intake', 'owedPapers'],
]

describe('mapIssuesToFields', () => {
  it.each([
    { case: 'exact field', path: ['applicant', 'idNumber'], field: ['applicant', 'idNumber'] },
    { case: 'array item → its multi-select', path: ['applicant', 'specialGroups', 1], field: ['applicant', 'specialGroups'] },
    { case: 'whole object → its first field', path: ['intake', 'notice'], field: ['intake', 'notice', 'organKind'] },
    { case: 'numeric path parts as strings', path: ['intake', 'owedPapers', '0'], field: ['intake', 'owedPapers'] },
  ])('$case', ({ path, field }) => {
    const mapped = mapIssuesToFields([{ path, message: '有误' }], registered)
    expect(mapped.fields).toEqual([{ name: field, errors: ['有误'] }])
    expect(mapped.unmatched).toEqual([])
  })

  it('keeps issues that match no field for the summary', () => {
    const mapped = mapIssuesToFields(
      [
        { path: [], message: '包含不允许的字段：foo' },
        { path: ['consultationId'], message: '咨询记录不存在' },
      ],
      registered,
    )
    expect(mapped.fields).toEqual([])
    expect(mapped.unmatched).toEqual(['包含不允许的字段：foo', '咨询记录不存在'])
  })

  it('groups several messages on one field, without repeats, in report order', () => {
    const mapped = mapIssuesToFields(
      [
        { path: ['applicant', 'idNumber'], message: 'A' },
        { path: ['applicant', 'name'], message: 'B' },
        { path: ['applicant', 'idNumber'], message: 'C' },
        { path: ['applicant', 'idNumber'], message: 'A' },
      ],
      registered,
    )
    expect(mapped.fields).toEqual([
      { name: ['applicant', 'idNumber'], errors: ['A', 'C'] },
      { name: ['applicant', 'name'], errors: ['B'] },
    ])
  })
})

describe('validationIssues', () => {
  it('reads details.issues from a VALIDATION AppError', () => {
    const err = new AppError('VALIDATION', '事项不在本地区事项范围内', { issues: [{ path: ['case', 'matter'], message: '事项不在本地区事项范围内' }] })
    expect(validationIssues(err)).toEqual([{ path: ['case', 'matter'], message: '事项不在本地区事项范围内' }])
  })
  it('turns a VALIDATION error without issues into one unplaced issue', () => {
    expect(validationIssues(new AppError('VALIDATION', '输入无效'))).toEqual([{ path: [], message: '输入无效' }])
  })
  it('is null for other errors', () => {
    expect(validationIssues(new AppError('NOT_CONFIGURED', '尚未设置本中心信息'))).toBeNull()
    expect(validationIssues(new Error('boom'))).toBeNull()
  })
})

describe('applyIssuesToForm', () => {
  it('sets errors on registered fields and scrolls to the first', () => {
    const set: { name: NamePath; errors: string[] }[][] = []
    const scrolled: NamePath[] = []
    const form = {
      getFieldsError: () => registered.map((name) => ({ name, errors: [] })),
      setFields: (fields: { name: NamePath; errors: string[] }[]) => void set.push(fields),
      scrollToField: (name: NamePath) => void scrolled.push(name),
    }
    const mapped = applyIssuesToForm(form, [{ path: ['applicant', 'idNumber'], message: '身份证号码校验位错误' }])
    expect(set).toEqual([[{ name: ['applicant', 'idNumber'], errors: ['身份证号码校验位错误'] }]])
    expect(scrolled).toEqual([['applicant', 'idNumber']])
    expect(mapped.unmatched).toEqual([])
  })
})
