import { Alert, Button, Form, Input, Typography } from 'antd'
import type { UserDto } from '../../../../../shared/auth/dto'
import { SetupAdminInput } from '../../../../../shared/auth/schema'
import { withConfirm } from '../../../lib/form-fields'
import { setupAdmin } from '../api/auth'
import { useAuthForm } from '../hooks/use-auth-form'
import { AuthScreen } from './auth-screen'

/** `SetupAdminInput` with the second password box (only the form has it). */
export const SetupAdminForm = withConfirm(SetupAdminInput, 'password', { missing: '请再次输入密码', mismatch: '两次输入的密码不一致' })

/**
 * First run: no user exists yet. Creates the administrator (checked with the shared
 * `SetupAdminInput`), who is then logged in.
 */
export function SetupAdminScreen({ onSignedIn }: { onSignedIn: (user: UserDto) => void }) {
  const { form, submit, pending, error } = useAuthForm(SetupAdminForm, setupAdmin, { onDone: onSignedIn })

  return (
    <AuthScreen title="首次使用：创建管理员账号" testId="setup-screen">
      <Typography.Paragraph type="secondary">
        管理员负责设置本中心信息和为工作人员开设账号。请牢记密码：忘记时只能由其他管理员重置。
      </Typography.Paragraph>
      {/* Short form: Enter in any box submits (the check names whatever is still missing). */}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} aria-label="创建管理员账号">
        <Form.Item name="username" label="用户名" extra="登录时使用，可用字母、数字或汉字">
          <Input autoFocus autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item name="displayName" label="姓名">
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item name="password" label="密码" extra="至少8位，须包含字母和数字">
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="confirm" label="确认密码">
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" htmlType="submit" block size="large" loading={pending}>
          创建管理员并登录
        </Button>
      </Form>
    </AuthScreen>
  )
}
