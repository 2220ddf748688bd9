import { Alert } from 'antd'
import type { CSSProperties } from 'react'
import type { NamePath } from '../../lib/form-errors'

export interface SummaryItem {
  name?: NamePath
  label?: string
  message: string
}

/**
 * The list of what to fix, above the save button. Each entry names the field (its label) and
 * clicking it jumps there, so a long form never hides an error below the fold.
 */
export function IssueSummary({ items, onJump, title }: { items: SummaryItem[]; onJump?: (name: NamePath) => void; title?: string }) {
  if (items.length === 0) return null
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="issue-summary"
      title={title ?? `未保存：有 ${items.length} 处需要修改`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((it, idx) => (
            <li key={idx}>
              {it.name && onJump ? (
                <a
                  href="#"
                  onClick={(e) => {
                    e.preventDefault()
                    if (it.name) onJump(it.name)
                  }}
                >
                  {it.label ?? it.name.join('.')}
                </a>
              ) : it.label ? (
                <span>{it.label}</span>
              ) : null}
              {it.label || it.name ? '：' : ''}
              {it.message}
            </li>
          ))}
        </ul>
      }
    />
  )
}

/**
 * A form's problem (useSchemaForm / useFormIssues) as the summary above its button, or nothing.
 * `verb` replaces 「保存」 in the title for forms that do something else (未导出, 未读取…).
 */
export function ProblemSummary({
  problem,
  onJump,
  verb,
  style = { marginBottom: 16 },
}: {
  problem: { title: string; items: SummaryItem[] } | null
  onJump?: (name: NamePath) => void
  verb?: string
  style?: CSSProperties
}) {
  if (!problem) return null
  return (
    <div style={style}>
      <IssueSummary title={verb ? problem.title.replace('未保存', `未${verb}`) : problem.title} items={problem.items} onJump={onJump} />
    </div>
  )
}
