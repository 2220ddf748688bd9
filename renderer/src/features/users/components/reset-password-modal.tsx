import { App, Form, Input, Modal, Typography } from 'antd'
import { useEffect } from 'react'
import type { UserDto } from '../../../../../shared/auth/dto'
import { ResetPasswordInput } from '../../../../../shared/auth/schema'
import { ProblemSummary } from '../../../components/ui/issue-summary'
import { withConfirm } from '../../../lib/form-fields'
import { useSchemaForm } from '../../../lib/use-schema-form'
import { useResetPassword } from '../api/users'

const LABELS: Record<string, string> = { newPassword: '新密码', confirm: '确认新密码' }

/** `ResetPasswordInput` with the second box for the new password. */
export const ResetPasswordFormInput = withConfirm(ResetPasswordInput, 'newPassword', { missing: '请再次输入新密码', mismatch: '两次输入的密码不一致' })

/**
 * Sets a new password for a user who forgot theirs (also lifts a lockout). Asks for
 * confirmation first; the user must change the password at their next login.
 */
export function ResetPasswordModal({ user, onClose }: { user: UserDto | null; onClose: () => void }) {
  const reset = useResetPassword()
  const { message, modal } = App.useApp()

  /** Asks first; resolves with false when the administrator cancels (nothing is sent then). */
  const confirmAndReset = (input: Parameters<typeof reset.mutateAsync>[0]) =>
    new Promise<boolean>((resolve, reject) => {
      modal.confirm({
        title: `确定重置「${user?.displayName}」的密码？`,
        content: '原密码将立即失效；如账号因密码错误被锁定，也会一并解除。该用户下次登录时须修改密码。',
        okText: '确定重置',
        cancelText: '取消',
        onOk: () => reset.mutateAsync(input).then(() => resolve(true), reject),
        onCancel: () => resolve(false),
      })
    })

  const { form, onFinish, problem, jumpTo, clear } = useSchemaForm(ResetPasswordFormInput, confirmAndReset, {
    labels: LABELS,
    extra: { id: user?.id },
    onSuccess: (done) => {
      if (!done) return
      void message.success(`已重置「${user?.displayName}」的密码`)
      onClose()
    },
  })

  useEffect(() => {
    if (!user) return
    clear()
    form.resetFields()
  }, [user])

  function submit() {
    if (!user || reset.isPending) return
    onFinish()
  }

  return (
    <Modal open={user !== null} title="重置密码" okText="重置密码" cancelText="取消" onOk={submit} onCancel={onClose} confirmLoading={reset.isPending} forceRender>
      <Typography.Paragraph type="secondary">
        为「{user?.displayName}」（{user?.username}）设置新密码，并告知本人。
      </Typography.Paragraph>
      <Form form={form} name="reset" layout="vertical" onFinish={submit} aria-label="重置密码">
        <Form.Item name="newPassword" label="新密码" required extra="至少8位，须包含字母和数字">
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="confirm" label="确认新密码" required>
          <Input.Password autoComplete="new-password" maxLength={128} onPressEnter={submit} />
        </Form.Item>
        <ProblemSummary problem={problem} onJump={jumpTo} style={{}} />
      </Form>
    </Modal>
  )
}
