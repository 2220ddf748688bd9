import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { notConfiguredMessage } from '../../../../shared/policy/settings'
import { NotConfiguredSetting } from '../../../../renderer/src/components/ui/not-configured-setting'
import { renderWithApp } from '../../../kit/render'

// What the policy engine says when the center has not entered the number (as the review panel passes it on).
const MESSAGE = notConfiguredMessage('hardship.minimumWageMonthlyFen', '内蒙古自治区')

function show(props: Parameters<typeof NotConfiguredSetting>[0]) {
  const { user } = renderWithApp(<NotConfiguredSetting {...props} />)
  return { user, alert: screen.getByRole('alert') }
}

describe('缺少政策设置', () => {
  it('names the missing setting by its label and key, explains it, and 去录入 opens that setting', async () => {
    const onGoToSettings = vi.fn()
    const { user, alert } = show({ setting: 'hardship.minimumWageMonthlyFen', settingLabel: '最低工资标准（月，分）', message: MESSAGE, onGoToSettings })
    expect(within(alert).getByText('缺少政策设置「最低工资标准（月，分）」')).toBeTruthy()
    expect(within(alert).getByText(MESSAGE)).toBeTruthy()
    expect(MESSAGE).toContain('请管理员录入数值、来源文件和生效日期')
    expect(onGoToSettings).not.toHaveBeenCalled()
    await user.click(within(alert).getByRole('button', { name: /去录入/ }))
    expect(onGoToSettings.mock.calls).toEqual([['hardship.minimumWageMonthlyFen']])
  })

  it('without a label no setting key is shown: the setting is called unnamed', () => {
    const { alert } = show({ setting: 'subsidy.civil', settingLabel: null, message: '未配置设置项「subsidy.civil」' })
    expect(within(alert).getByText('缺少政策设置「未命名的设置」')).toBeTruthy()
  })

  it('when the engine did not name a setting it still says one is missing; 去录入 opens the settings page without a key', async () => {
    const onGoToSettings = vi.fn()
    const { user, alert } = show({ setting: null, message: '政策设置不完整，请管理员核对后再计算', onGoToSettings })
    expect(within(alert).getByText('缺少政策设置')).toBeTruthy()
    expect(within(alert).getByText('政策设置不完整，请管理员核对后再计算')).toBeTruthy()
    await user.click(within(alert).getByRole('button', { name: /去录入/ }))
    expect(onGoToSettings.mock.calls).toEqual([[null]])
  })

  it('offers no 去录入 button where the screen cannot go to the settings', () => {
    const { alert } = show({ setting: 'hardship.minimumWageMonthlyFen', settingLabel: '最低工资标准（月，分）', message: MESSAGE })
    expect(within(alert).getByText(MESSAGE)).toBeTruthy()
    expect(within(alert).queryByRole('button')).toBeNull()
    expect(screen.queryByText('去录入')).toBeNull()
  })
})
