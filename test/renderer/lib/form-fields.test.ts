import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { SetupAdminInput } from '../../../shared/auth/schema'
import { BudgetSaveInput } from '../../../shared/subsidy/schema'
import { recordId } from '../../../shared/fields'
import { chosen, withConfirm, yuanAsFen, YUAN_FORMAT_MESSAGE } from '../../../renderer/src/lib/form-fields'

const messagesOf = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))

describe('withConfirm', () => {
  const Form = withConfirm(SetupAdminInput, 'password', { missing: '请再次输入密码', mismatch: '两次输入的密码不一致' })

  it('names a short password and a mismatch at once, and an empty second box', () => {
    expect(messagesOf(Form.safeParse({ username: 'admin', displayName: '赵敏', password: 'abc123', confirm: 'abc124' }))).toEqual({
      password: '密码至少8位',
      confirm: '两次输入的密码不一致',
    })
    expect(messagesOf(Form.safeParse({ username: 'admin', displayName: '赵敏', password: 'Fayuan2026' }))).toEqual({ confirm: '请再次输入密码' })
  })

  it('gives the shared schema’s value, without the confirmation', () => {
    expect(Form.parse({ username: ' admin ', displayName: '赵敏', password: 'Fayuan2026', confirm: 'Fayuan2026' })).toEqual({ username: 'admin', displayName: '赵敏', password: 'Fayuan2026' })
  })
})

describe('yuanAsFen', () => {
  const amount = yuanAsFen(BudgetSaveInput.shape.amountFen, '请填写预算金额')

  it('turns 元 into 分 without floating point (numbers and typed text alike)', () => {
    expect(amount.parse(1234567.89)).toBe(123456789)
    expect(amount.parse('￥1,200.50')).toBe(120050)
    expect(amount.parse(19.99)).toBe(1999)
  })

  it('asks for an empty amount in the form’s words; text that is not 元 says how to write it; the shared limits still apply', () => {
    expect(messagesOf(amount.safeParse(undefined))).toEqual({ '': '请填写预算金额' })
    expect(messagesOf(amount.safeParse('三千元'))).toEqual({ '': YUAN_FORMAT_MESSAGE })
    expect(messagesOf(amount.safeParse(-5))).toEqual({ '': '年度预算不能为负数' })
  })
})

describe('chosen', () => {
  const post = chosen(recordId('岗位编号'), '请选择岗位')

  it('an empty choice is asked for as the form asks it; a chosen value is the shared schema’s business', () => {
    expect(messagesOf(z.object({ post }).safeParse({}))).toEqual({ post: '请选择岗位' })
    expect(post.parse(' p-1 ')).toBe('p-1')
    expect(messagesOf(post.safeParse('x'.repeat(65)))).toEqual({ '': '岗位编号过长' })
  })
})
