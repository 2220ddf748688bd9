import { Alert, Button } from 'antd'
import { errorMessage } from '../../lib/ipc'

export function QueryError({ error, onRetry, title = '加载失败' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={errorMessage(error)}
      action={onRetry ? <Button onClick={onRetry}>重试</Button> : undefined}
    />
  )
}
