import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { caseKeys, deadlineKeys, invalidateCase, invalidateEveryCase } from '../../../renderer/src/lib/query-keys'

const A = 'case-a'
const B = 'case-b'

/** Every key that belongs to one case. */
const keysOf = (id: string) => [
  caseKeys.detail(id),
  caseKeys.history(id),
  caseKeys.review(id),
  caseKeys.handling(id),
  caseKeys.quality(id),
  caseKeys.subsidy(id),
  caseKeys.documents(id),
  caseKeys.suggestions(id, undefined),
  caseKeys.suggestions(id, 'lawyer-2'),
]

function seeded(): QueryClient {
  const client = new QueryClient()
  for (const key of [...keysOf(A), ...keysOf(B), caseKeys.search({} as never), deadlineKeys.board(undefined), deadlineKeys.board('张丽')]) client.setQueryData(key, 'cached')
  return client
}
const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey)

describe('query keys', () => {
  it('every key of a case lives under [case, id]', () => {
    for (const key of keysOf(A)) expect(key.slice(0, 2)).toEqual([...caseKeys.one(A)])
  })

  it('invalidateCase covers everything about that case and the deadlines board, nothing of another case or the case list', async () => {
    const client = seeded()
    await invalidateCase(client, A)
    expect(stale(client)).toEqual(expect.arrayContaining([...keysOf(A), deadlineKeys.board(undefined), deadlineKeys.board('张丽')]))
    expect(stale(client)).toHaveLength(keysOf(A).length + 2)
  })

  it('invalidateEveryCase covers one part of every case', async () => {
    const client = seeded()
    await invalidateEveryCase(client, 'review')
    expect(stale(client)).toEqual([caseKeys.review(A), caseKeys.review(B)])
  })
})
