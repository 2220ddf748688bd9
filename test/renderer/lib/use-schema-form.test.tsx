import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { Button, Form, Input } from 'antd'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { optionalText, requiredText, strict } from '../../../shared/fields'
import { AppError } from '../../../shared/ipc/result'
import { ProblemSummary } from '../../../renderer/src/components/ui/issue-summary'
import { useSchemaForm, withoutBlanks, type SchemaFormOptions, type Send } from '../../../renderer/src/lib/use-schema-form'
import { AppWrapper } from '../../kit/render'

/** A shared-style input: the case id is not a field, the rest are. */
const NoteInput = strict({
  caseId: requiredText('案件编号', 64),
  title: requiredText('标题', 10),
  body: optionalText('内容', 200),
})
type NoteOut = z.output<typeof NoteInput>

const LABELS = { title: '标题', body: '内容' }

function Harness({ send, options = {} }: { send: Send<NoteOut, string>; options?: SchemaFormOptions<typeof NoteInput, string, Partial<z.input<typeof NoteInput>>> }) {
  const { form, onFinish, problem, jumpTo, pending } = useSchemaForm(NoteInput, send, { labels: LABELS, extra: { caseId: 'c-1' }, ...options })
  return (
    <Form form={form} onFinish={onFinish} aria-label="记录">
      <Form.Item name="title" label="标题">
        <Input />
      </Form.Item>
      <Form.Item name="body" label="内容">
        <Input />
      </Form.Item>
      <ProblemSummary problem={problem} onJump={jumpTo} />
      <Button htmlType="submit" loading={pending}>
        保存
      </Button>
    </Form>
  )
}

function setup(send: Send<NoteOut, string>, options?: SchemaFormOptions<typeof NoteInput, string, Partial<z.input<typeof NoteInput>>>) {
  const utils = render(<Harness send={send} options={options} />, { wrapper: AppWrapper })
  const item = (id: string) => utils.container.querySelector(`[id="${id}"]`)?.closest('.ant-form-item')
  const fieldError = (id: string) => item(id)?.querySelector('.ant-form-item-explain-error')?.textContent ?? ''
  /** jsdom never finishes antd's leave animation, so a cleared message stays in the page: the item's state says it is gone. */
  const hasError = (id: string) => item(id)?.classList.contains('ant-form-item-has-error') ?? false
  const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
  const save = () => fireEvent.submit(screen.getByRole('form', { name: '记录' }))
  return { ...utils, fieldError, hasError, type, save }
}

describe('useSchemaForm', () => {
  it('refuses in the form what the schema refuses: issues on their fields, the summary names them, nothing is sent', async () => {
    const send = vi.fn(async () => 'ok')
    const { fieldError, type, save } = setup(send)
    type('标题', '这是一个超过十个字的很长很长的标题')
    save()
    await waitFor(() => expect(fieldError('title')).toBe('标题不能超过10个字'))
    const summary = screen.getByTestId('issue-summary')
    expect(summary.textContent).toContain('未保存：有 1 处需要修改')
    expect(summary.textContent).toContain('标题：标题不能超过10个字')
    expect(send).not.toHaveBeenCalled()
  })

  it('an emptied box counts as not filled in: the schema asks for it rather than judging an empty text', async () => {
    const send = vi.fn(async () => 'ok')
    const { fieldError, type, save } = setup(send)
    type('标题', 'x')
    type('标题', '')
    save()
    await waitFor(() => expect(fieldError('title')).toBe('请填写标题'))
    expect(send).not.toHaveBeenCalled()
    expect(withoutBlanks({ a: '', b: null, c: { d: '', e: 'x' }, f: ['', 'y'], g: false })).toEqual({ c: { e: 'x' }, f: ['', 'y'], g: false })
  })

  it('sends the parsed value (trimmed, with the values that are not fields) and clears the problem shown before', async () => {
    const send = vi.fn(async (_input: NoteOut) => 'saved')
    const onSuccess = vi.fn()
    const { fieldError, hasError, type, save } = setup(send, { onSuccess })
    save()
    await waitFor(() => expect(fieldError('title')).toBe('请填写标题'))

    type('标题', '  会见记录  ')
    type('内容', '   ')
    save()
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1))
    expect(send).toHaveBeenCalledWith({ caseId: 'c-1', title: '会见记录', body: undefined })
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith('saved', { caseId: 'c-1', title: '会见记录', body: undefined }))
    expect(hasError('title')).toBe(false)
    expect(screen.queryByTestId('issue-summary')).toBeNull()
  })

  it('takes a TanStack-style mutation (its mutateAsync) as well as a function', async () => {
    const mutateAsync = vi.fn(async (_input: NoteOut) => 'saved')
    const { type, save } = setup({ mutateAsync })
    type('标题', '阅卷')
    save()
    await waitFor(() => expect(mutateAsync).toHaveBeenCalledWith({ caseId: 'c-1', title: '阅卷', body: undefined }))
  })

  it('puts a VALIDATION issue from the main process on its field and names it in the summary', async () => {
    const send = vi.fn(async (): Promise<string> => {
      throw new AppError('VALIDATION', '标题与已有记录重复', { issues: [{ path: ['title'], message: '已有同名记录' }] })
    })
    const { fieldError, type, save } = setup(send)
    type('标题', '会见记录')
    save()
    await waitFor(() => expect(fieldError('title')).toBe('已有同名记录'))
    expect(screen.getByTestId('issue-summary').textContent).toContain('标题：已有同名记录')
    expect(fieldError('body')).toBe('')
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('shows NOT_CONFIGURED as the summary, on no field', async () => {
    const send = vi.fn(async (): Promise<string> => {
      throw new AppError('NOT_CONFIGURED', '尚未设置本中心信息。请先在「设置」中填写中心名称。')
    })
    const { container, type, save } = setup(send)
    type('标题', '会见记录')
    save()
    const summary = await screen.findByTestId('issue-summary')
    expect(summary.textContent).toContain('未保存：本中心尚未设置')
    expect(summary.textContent).toContain('请先在「设置」中填写中心名称。')
    expect(container.querySelector('.ant-form-item-explain-error')).toBeNull()
  })

  it('an onError that shows the refusal its own way (a toast) keeps it out of the summary', async () => {
    const shown: string[] = []
    const send = vi.fn(async (): Promise<string> => {
      throw new AppError('CONFLICT', '案件已结案')
    })
    const { type, save } = setup(send, {
      onError: (err) => {
        shown.push((err as Error).message)
        return true
      },
    })
    type('标题', '会见记录')
    save()
    await waitFor(() => expect(shown).toEqual(['案件已结案']))
    expect(screen.queryByTestId('issue-summary')).toBeNull()
  })

  it('fieldOf puts an issue on the field that shows that part of the input', async () => {
    const send = vi.fn(async () => 'ok')
    // The schema's `body` is shown on this form's 标题 box.
    const { fieldError, type, save } = setup(send, { fieldOf: (path) => (path[0] === 'body' ? ['title'] : path) })
    type('标题', '会见')
    type('内容', 'x'.repeat(201))
    save()
    await waitFor(() => expect(fieldError('title')).toBe('内容不能超过200个字'))
    expect(fieldError('body')).toBe('')
    expect(send).not.toHaveBeenCalled()
  })
})
