import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd'
import type { ReactNode } from 'react'
import type { UserDto } from '../../../../../shared/auth/dto'
import { ChangePasswordInput } from '../../../../../shared/auth/schema'
import { withConfirm } from '../../../lib/form-fields'
import { changePassword } from '../api/auth'
import { useAuthForm } from '../hooks/use-auth-form'
import { AuthScreen } from './auth-screen'

/** `ChangePasswordInput` with the second box for the new password. */
export const ChangePasswordFormInput = withConfirm(ChangePasswordInput, 'newPassword', { missing: '请再次输入密码', mismatch: '两次输入的密码不一致' })

/** 当前密码, 新密码 twice; checked with the shared `ChangePasswordInput`. */
export function ChangePasswordForm({ onChanged, extra }: { onChanged: () => void; extra?: ReactNode }) {
  const { form, submit, pending, error } = useAuthForm(ChangePasswordFormInput, changePassword, {
    onDone: () => {
      form.resetFields()
      onChanged()
    },
  })

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} aria-label="修改密码">
      <Form.Item name="currentPassword" label="当前密码">
        <Input.Password autoFocus autoComplete="current-password" maxLength={128} />
      </Form.Item>
      <Form.Item name="newPassword" label="新密码" extra="至少8位，须包含字母和数字">
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item name="confirm" label="确认新密码">
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Button type="primary" htmlType="submit" loading={pending}>
          修改密码
        </Button>
        {extra}
      </Space>
    </Form>
  )
}

/** A user whose password was set by an administrator chooses their own before anything else. */
export function MustChangePasswordScreen({ user, onChanged, onLogout }: { user: UserDto; onChanged: () => void; onLogout: () => void }) {
  return (
    <AuthScreen title="请先修改密码" testId="must-change-screen">
      <Typography.Paragraph type="secondary">
        {user.displayName}，您的密码由管理员设置，为了账号安全，请先设置只有您知道的新密码。
      </Typography.Paragraph>
      <ChangePasswordForm
        onChanged={onChanged}
        extra={
          <Button type="link" onClick={onLogout}>
            退出登录
          </Button>
        }
      />
    </AuthScreen>
  )
}

/** 修改密码 from the header. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp()
  return (
    <Modal open={open} title="修改密码" footer={null} onCancel={onClose} destroyOnHidden width={440}>
      <ChangePasswordForm
        onChanged={() => {
          void message.success('密码已修改')
          onClose()
        }}
      />
    </Modal>
  )
}
