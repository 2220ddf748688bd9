import { Alert, Button } from 'antd'

/** Shown where the policy engine refused with NOT_CONFIGURED: names the setting to enter. */
export function NotConfiguredSetting({ setting, settingLabel, message, onGoToSettings }: { setting: string | null; settingLabel?: string | null; message: string; onGoToSettings?: (key: string | null) => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={setting ? `缺少政策设置「${settingLabel ?? '未命名的设置'}」` : '缺少政策设置'}
      description={message}
      action={
        onGoToSettings ? (
          <Button type="primary" onClick={() => onGoToSettings(setting)}>
            去录入
          </Button>
        ) : undefined
      }
    />
  )
}
