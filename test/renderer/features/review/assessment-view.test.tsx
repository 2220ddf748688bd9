import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ReviewAssessment } from '../../../../shared/review/dto'
import { AssessmentView } from '../../../../renderer/src/features/review/components/assessment-view'
import { AppWrapper } from '../../../kit/render'
import { DRAFTING, GRANT, PROVISIONAL, REFUSE } from './review-fixtures'

function show(a: ReviewAssessment) {
  return render(<AssessmentView a={a} />, { wrapper: AppWrapper })
}

/** The table row whose 说明 cell holds this text. */
function rowOf(text: string | RegExp): HTMLElement {
  const row = screen.getByText(text).closest('tr')
  if (!row) throw new Error(`no row for ${String(text)}`)
  return row as HTMLElement
}

const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent)

describe('政策审查结果', { timeout: 20_000 }, () => {
  it('gives the outcome, then each criterion in Chinese with its result and the clauses it rests on', () => {
    const { container } = show(GRANT)
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText('政策审查结论：符合法律援助条件，建议给予法律援助')).toBeTruthy()
    expect(alert.className).toContain('ant-alert-success')

    expect(cells(rowOf(/月人均 600.00 元/))).toEqual([
      '经济困难',
      '符合',
      '家庭月收入 1,800.00 元、3 人，月人均 600.00 元，不高于标准（月人均 1,980.00 元）：符合经济困难标准',
      '《内政发〔2023〕7号》三（三）；《内人社发〔2024〕5号》hardship.minimumWageMonthlyFen（自 2024-12-01 起）',
    ])
    expect(cells(rowOf(/属于法律援助事项范围/))).toEqual([
      '事项范围',
      '符合',
      '事项「请求确认劳动关系或者支付劳动报酬」属于法律援助事项范围',
      '《内政发〔2023〕7号》二（一）2（4）；《中华人民共和国法律援助法》第三十一条',
    ])
    expect(cells(rowOf(/适用「内蒙古自治区/))[0]).toBe('适用政策')
    expect(cells(rowOf(/前作出是否给予法律援助的决定/))[0]).toBe('办理期限')
    // Column headings a clerk reads.
    expect([...container.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['审查项', '结论', '说明', '依据'])
    expect(screen.queryByText('需要补充的信息')).toBeNull()
  })

  it('a refusal is shown in red with the failing criterion marked 不符合', () => {
    show(REFUSE)
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText('政策审查结论：不符合法律援助条件，建议不予法律援助')).toBeTruthy()
    expect(alert.className).toContain('ant-alert-error')
    const tag = within(rowOf(/高于标准/)).getByText('不符合')
    expect(tag.className).toContain('ant-tag-red')
  })

  it('a provisional result says so, lists what is missing and marks the criterion 待补充信息', () => {
    show(PROVISIONAL)
    const alerts = screen.getAllByRole('alert')
    expect(within(alerts[0]!).getByText('政策审查结论：符合法律援助条件，建议给予法律援助（暂定：信息不全）')).toBeTruthy()
    expect(within(alerts[0]!).getByText(/^暂不能作出最终认定：需补充城镇或农村（牧区）居民/)).toBeTruthy()
    expect(within(rowOf(/无法确定适用的经济困难标准/)).getByText('待补充信息')).toBeTruthy()
    const missing = alerts.find((a) => a.textContent?.includes('需要补充的信息'))
    if (!missing) throw new Error('no 需要补充的信息')
    expect(within(missing).getByText('城镇或农村（牧区）居民，决定适用的经济困难标准')).toBeTruthy()
  })

  it('an outcome that points neither way is a warning; deadline, lawyer requirements and warnings are listed', () => {
    const { container } = show({
      ...DRAFTING,
      decideBy: null,
      lawyerRequirements: [
        { code: 'criminal-years', label: '须具有 3 年以上刑事辩护执业经历' },
        { code: 'minor-specialist', label: '须熟悉未成年人身心特点' },
      ],
      warnings: ['本政策版本的生效日期未经核实'],
    })
    const alert = screen.getByRole('alert')
    expect(alert.className).toContain('ant-alert-warning')
    expect(within(alert).getByText('政策审查结论：经济状况未达到困难标准，提供代书服务（不提供代理）')).toBeTruthy()
    expect(cells(rowOf('法律关系简单、事实清楚的，提供代书服务'))).toEqual(['代书服务', '符合', '法律关系简单、事实清楚的，提供代书服务', '《南宁市法律援助办法》二（三）2'])
    const items = [...container.querySelectorAll('.ant-descriptions-item')].map((i) => i.textContent)
    expect(items).toEqual(['决定期限—', '承办人员要求须具有 3 年以上刑事辩护执业经历；须熟悉未成年人身心特点'])
    expect(screen.getByText('本政策版本的生效日期未经核实')).toBeTruthy()
  })
})
