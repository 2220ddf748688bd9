import { App, Form, Input, Modal, Typography } from 'antd'
import { useEffect } from 'react'
import type { UserDto } from '../../../../../shared/auth/dto'
import type { FieldIssue } from '../../../../../shared/ipc/result'
import { ResetPasswordInput } from '../../../../../shared/auth/schema'
import { IssueSummary } from '../../../components/ui/issue-summary'
import { fromZodIssues } from '../../../lib/form-errors'
import { useFormIssues } from '../../../lib/use-form-issues'
import { useResetPassword } from '../api/users'

const LABELS: Record<string, string> = { newPassword: '新密码', confirm: '确认新密码' }

interface Values {
  newPassword?: string
  confirm?: string
}

/**
 * Sets a new password for a user who forgot theirs (also lifts a lockout). Asks for
 * confirmation first; the user must change the password at their next login.
 */
export function ResetPasswordModal({ user, onClose }: { user: UserDto | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const reset = useResetPassword()
  const issues = useFormIssues(form, LABELS)
  const { message, modal } = App.useApp()

  useEffect(() => {
    if (!user) return
    issues.clear()
    form.resetFields()
  }, [user])

  function submit() {
    if (!user || reset.isPending) return
    const values = form.getFieldsValue(true) as Values
    const parsed = ResetPasswordInput.safeParse({ id: user.id, newPassword: values.newPassword ?? undefined })
    const extra: FieldIssue[] = !values.confirm
      ? [{ path: ['confirm'], message: '请再次输入新密码' }]
      : values.confirm !== values.newPassword
        ? [{ path: ['confirm'], message: '两次输入的密码不一致' }]
        : []
    if (!parsed.success || extra.length) {
      issues.showIssues([...(parsed.success ? [] : fromZodIssues(parsed.error.issues)), ...extra], 'CLIENT')
      return
    }
    issues.clear()
    modal.confirm({
      title: `确定重置「${user.displayName}」的密码？`,
      content: '原密码将立即失效；如账号因密码错误被锁定，也会一并解除。该用户下次登录时须修改密码。',
      okText: '确定重置',
      cancelText: '取消',
      onOk: async () => {
        try {
          await reset.mutateAsync(parsed.data)
          void message.success(`已重置「${user.displayName}」的密码`)
          onClose()
        } catch (err) {
          issues.showError(err)
        }
      },
    })
  }

  return (
    <Modal open={user !== null} title="重置密码" okText="重置密码" cancelText="取消" onOk={submit} onCancel={onClose} confirmLoading={reset.isPending} forceRender>
      <Typography.Paragraph type="secondary">
        为「{user?.displayName}」（{user?.username}）设置新密码，并告知本人。
      </Typography.Paragraph>
      <Form<Values> form={form} name="reset" layout="vertical" onFinish={submit} aria-label="重置密码">
        <Form.Item name="newPassword" label="新密码" required extra="至少8位，须包含字母和数字">
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="confirm" label="确认新密码" required>
          <Input.Password autoComplete="new-password" maxLength={128} onPressEnter={submit} />
        </Form.Item>
        {issues.problem ? <IssueSummary title={issues.problem.title} items={issues.problem.items} onJump={issues.jumpTo} /> : null}
      </Form>
    </Modal>
  )
}
