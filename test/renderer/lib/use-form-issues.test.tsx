import { act, render, screen, within } from '@testing-library/react'
import { Form, Input } from 'antd'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/ipc/result'
import { IssueSummary } from '../../../renderer/src/components/ui/issue-summary'
import { useFormIssues } from '../../../renderer/src/lib/use-form-issues'
import { AppWrapper } from '../../kit/render'

const LABELS = { 'case.matter': '援助事项', 'case.cause': '案由' }

let showError: (err: unknown) => void = () => undefined

function Harness() {
  const [form] = Form.useForm()
  const issues = useFormIssues(form, LABELS)
  showError = issues.showError
  return (
    <Form form={form}>
      <Form.Item name={['case', 'matter']} label="援助事项">
        <Input />
      </Form.Item>
      <Form.Item name={['case', 'cause']} label="案由">
        <Input />
      </Form.Item>
      {issues.problem ? <IssueSummary title={issues.problem.title} items={issues.problem.items} /> : null}
    </Form>
  )
}

function item(container: HTMLElement, id: string): HTMLElement {
  const el = container.querySelector(`[id="${id}"]`)?.closest('.ant-form-item')
  if (!(el instanceof HTMLElement)) throw new Error(`no form item for #${id}`)
  return el
}

describe('useFormIssues: errors from the main process', () => {
  it('puts a server VALIDATION issue on its field and names the field in the summary', async () => {
    const { container } = render(<Harness />, { wrapper: AppWrapper })
    act(() =>
      showError(
        new AppError('VALIDATION', '所选事项不在本地区法律援助事项范围内，请重新选择', {
          issues: [{ path: ['case', 'matter'], message: '事项不在本地区事项范围内' }],
        }),
      ),
    )
    expect(await within(item(container, 'case_matter')).findByText('事项不在本地区事项范围内')).toBeTruthy()
    expect(screen.getByTestId('issue-summary').textContent).toContain('援助事项：事项不在本地区事项范围内')
    expect(item(container, 'case_cause').querySelector('.ant-form-item-explain-error')).toBeNull()
  })

  it('shows NOT_CONFIGURED and INTERNAL errors as a Chinese summary, not on a field', async () => {
    const { container } = render(<Harness />, { wrapper: AppWrapper })
    act(() => showError(new AppError('NOT_CONFIGURED', '尚未设置本中心信息。请先在「设置」中填写中心名称、适用地区和文号前缀。')))
    const summary = await screen.findByTestId('issue-summary')
    expect(summary.textContent).toContain('未保存：本中心尚未设置')
    expect(summary.textContent).toContain('请先在「设置」中填写')
    expect(container.querySelector('.ant-form-item-explain-error')).toBeNull()

    act(() => showError(new AppError('INTERNAL', '内部错误，操作未完成，数据未被修改。')))
    expect((await screen.findByTestId('issue-summary')).textContent).toContain('内部错误，操作未完成，数据未被修改。')
  })
})
