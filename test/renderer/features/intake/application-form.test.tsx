import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { residentIdCheckChar } from '../../../../shared/domain/id-card'
import type { MatterList } from '../../../../shared/policy-settings/matters'
import { ApplicationForm } from '../../../../renderer/src/features/intake/components/application-form'
import { renderWithApp } from '../../../kit/render'

const id17 = '15010219880517002' // 呼和浩特, 1988-05-17, sequence 002 (female)
const GOOD_ID = id17 + residentIdCheckChar(id17)
const BAD_ID = id17 + (GOOD_ID.endsWith('1') ? '2' : '1')

const MATTERS: MatterList = {
  region: 'nei-mongol',
  profileId: 'nei-mongol-2023',
  effectiveFrom: '2026-01-01',
  source: '内蒙古自治区（测试）',
  matters: [{ code: 'labour-relation-or-pay', name: '请求确认劳动关系或者支付劳动报酬', caseTypes: ['civil'], noHardshipTest: false }],
}

function setup() {
  const created: string[] = []
  const { api, user, ...utils } = renderWithApp(<ApplicationForm region="nei-mongol" onCreated={(c) => created.push(c.caseNumber)} />, {
    api: {
      'policy:matters': () => MATTERS,
      'application:create': () => ({ id: 'c1', caseNumber: '2026-0001' }),
    },
  })
  /** The form item (label, control, messages) around the control with this id. */
  const item = (id: string) => {
    const el = utils.container.querySelector(`[id="${id}"]`)
    const wrapper = el?.closest('.ant-form-item')
    if (!(wrapper instanceof HTMLElement)) throw new Error(`no form item for #${id}`)
    return wrapper
  }
  return { api, created, user, item, ...utils }
}

describe('ApplicationForm', () => {
  it('puts the cursor in the applicant’s name', async () => {
    setup()
    await waitFor(() => expect(document.activeElement?.id).toBe('applicant_name'))
  })

  it('refuses a bad ID number with the Chinese message on 证件号码 and does not call application:create', async () => {
    const { api, user, item, created } = setup()
    await user.type(screen.getByLabelText('姓名'), '王芳')
    await user.type(screen.getByLabelText('证件号码'), BAD_ID)
    // Checked as soon as all 18 characters are in.
    await waitFor(() => expect(within(item('applicant_idNumber')).getByText(/身份证号码校验位错误/)).toBeTruthy())

    fireEvent.click(screen.getByRole('button', { name: /保存受理登记/ }))
    const summary = await screen.findByTestId('issue-summary')
    expect(summary.textContent).toContain('证件号码：身份证号码校验位错误')
    expect(within(item('applicant_idNumber')).getByText('身份证号码校验位错误，请核对最后一位及前面各位数字')).toBeTruthy()
    expect(within(item('applicant_idNumber')).getByText('证件号码')).toBeTruthy()
    // Other missing fields are named too, all at once.
    expect(summary.textContent).toContain('住址：请填写住址')
    expect(api.callsTo('application:create')).toEqual([])
    expect(created).toEqual([])
  })

  it('Ctrl+S runs the same check (and still sends nothing)', async () => {
    const { api, item } = setup()
    fireEvent.change(screen.getByLabelText('证件号码'), { target: { value: '1234' } })
    fireEvent.keyDown(window, { key: 's', ctrlKey: true })
    await waitFor(() => expect(within(item('applicant_idNumber')).getByText('身份证号码应为18位，当前为4位')).toBeTruthy())
    expect(within(item('applicant_name')).getByText('请填写申请人姓名')).toBeTruthy()
    expect(api.callsTo('application:create')).toEqual([])
  })

  it('fills birth date and gender from a valid resident ID', async () => {
    const { user, item } = setup()
    await user.type(screen.getByLabelText('证件号码'), GOOD_ID)
    await waitFor(() => expect(item('applicant_idNumber').textContent).toContain('出生日期 1988-05-17，性别女'))
    expect((screen.getByLabelText('出生日期') as HTMLInputElement).value).toBe('1988-05-17')
    expect(item('applicant_gender').textContent).toContain('女')
    expect(item('applicant_idNumber').querySelector('.ant-form-item-explain-error')).toBeNull()
  })

  it('Enter moves to the next field instead of submitting', async () => {
    const { api, user } = setup()
    await user.type(screen.getByLabelText('姓名'), '王芳{Enter}')
    expect(document.activeElement?.id).toBe('applicant_idType') // the next field in the form
    expect(api.callsTo('application:create')).toEqual([])
    expect(screen.queryByTestId('issue-summary')).toBeNull()
  })
})
