import { Alert, Button } from 'antd'

/**
 * Shown on every page until the center is set up: registration is refused without it. Only
 * administrators may open 设置; everyone else is told whom to ask.
 */
export function NotConfiguredBanner({ onGoToSettings }: { onGoToSettings?: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title="尚未设置本中心信息"
      description={
        onGoToSettings
          ? '受理登记需要先在「设置」中填写中心名称、适用地区和文号前缀；适用地区决定可选的援助事项范围。'
          : '受理登记需要先由管理员在「设置」中填写中心名称、适用地区和文号前缀，请联系本中心的管理员。'
      }
      action={
        onGoToSettings ? (
          <Button type="primary" onClick={onGoToSettings}>
            去设置
          </Button>
        ) : undefined
      }
    />
  )
}
