import { describe, expect, it } from 'vitest'
import { actionText } from '../../../../renderer/src/features/case-file/components/case-file-page'

describe('the case history says what happened in Chinese', () => {
  it.each([
    ['document.issue', '开具文书'],
    ['workflow.decide-grant', '决定给予法律援助'],
    ['workflow.start-review', '开始审查'],
    ['assignment.change', '更换法律援助人员'],
    ['complaint.conclude', '处理投诉'],
  ])('%s → %s', (code, text) => {
    expect(actionText(code)).toBe(text)
  })

  it('never shows a recorded code, even one it does not know', () => {
    expect(actionText('something.new')).toBe('其他操作')
  })
})
