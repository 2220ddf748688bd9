/** Users and a tiny page for the auth tests: the page keeps typed text in React state. */
import { useState } from 'react'
import type { UserDto } from '../../../../shared/auth/dto'
import { errorMessage, invoke } from '../../../../renderer/src/lib/ipc'

export const CLERK: UserDto = {
  id: 'u-clerk',
  username: 'zhangli',
  displayName: '张丽',
  roles: ['clerk'],
  active: true,
  mustChangePassword: false,
  locked: false,
}

export const ADMIN: UserDto = { ...CLERK, id: 'u-admin', username: 'admin', displayName: '赵敏', roles: ['admin'] }

/** Stands in for a page with an unsaved form: a text box, and a button that makes a call. */
export function DraftPage() {
  const [draft, setDraft] = useState('')
  const [result, setResult] = useState('')
  return (
    <div>
      <label>
        草稿
        <input aria-label="草稿" value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button
        type="button"
        onClick={() => {
          invoke('case:search', { q: draft }).then(
            (page) => setResult(`共 ${page.total} 件`),
            (err: unknown) => setResult(errorMessage(err)),
          )
        }}
      >
        搜索
      </button>
      <output data-testid="result">{result}</output>
    </div>
  )
}
