/**
 * One test per table row (see ./tables/*.json). Each row also checks that the clause it cites is
 * among the clauses the result rests on.
 */
import { describe, expect, it } from 'vitest'
import {
  assessEligibility,
  computeDeadlines,
  computeSubsidy,
  parseEligibilityInput,
  parseSubsidyInput,
  type Citation,
  type DeadlineInput,
  type PolicyResult,
} from '../../../shared/policy'
import { getPath, loadTables, rowInput, rowSettings, type TableRow } from './table-runner'

function check(row: TableRow, result: PolicyResult<unknown>, view: (value: unknown) => unknown, basisOf: (value: unknown) => Citation[], warningsOf: (value: unknown) => string[]) {
  const expectsError = Object.keys(row.expect).some((k) => k.startsWith('error.'))
  if (expectsError) {
    expect(result.ok, `${row.id}: expected an error`).toBe(false)
    for (const [path, want] of Object.entries(row.expect)) expect(getPath(result, path), `${row.id}: ${path}`).toEqual(want)
    return
  }
  if (!result.ok) throw new Error(`${row.id}: unexpected error ${JSON.stringify(result.error)}`)
  const v = view(result.value)
  for (const [path, want] of Object.entries(row.expect)) expect(getPath(v, path), `${row.id}: ${path}`).toEqual(want)
  const basis = basisOf(result.value)
  expect(basis.length, `${row.id}: basis must not be empty`).toBeGreaterThan(0)
  expect(
    basis.some((c) => c.doc === row.clause.doc && c.clause === row.clause.clause),
    `${row.id}: basis should include ${row.clause.doc} ${row.clause.clause}; got ${basis.map((c) => `${c.doc} ${c.clause}`).join(' | ')}`,
  ).toBe(true)
  if (row.warningsInclude) expect(warningsOf(result.value).join('\n')).toContain(row.warningsInclude)
}

for (const table of loadTables('eligibility')) {
  describe(`eligibility table ${table.file}`, () => {
    it('has unique row ids and a clause on every row', () => {
      const ids = table.rows.map((r) => r.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const r of table.rows) expect(r.clause.doc && r.clause.clause, r.id).toBeTruthy()
    })
    for (const row of table.rows) {
      it(`${row.id}: ${row.note}`, () => {
        const parsed = parseEligibilityInput(rowInput(table, row))
        if (!parsed.ok) throw new Error(`${row.id}: input invalid: ${parsed.error.message}`)
        const r = assessEligibility(parsed.value, rowSettings(table, row))
        check(
          row,
          r,
          (v) => v,
          (v) => (v as { basis: Citation[] }).basis,
          (v) => (v as { warnings: string[] }).warnings,
        )
      })
    }
  })
}

for (const table of loadTables('subsidy')) {
  describe(`subsidy table ${table.file}`, () => {
    for (const row of table.rows) {
      it(`${row.id}: ${row.note}`, () => {
        const parsed = parseSubsidyInput(rowInput(table, row))
        const r = parsed.ok ? computeSubsidy(parsed.value, rowSettings(table, row)) : parsed
        check(
          row,
          r,
          (v) => v,
          (v) => (v as { basis: Citation[] }).basis,
          (v) => (v as { warnings: string[] }).warnings,
        )
      })
    }
  })
}

for (const table of loadTables('deadlines')) {
  describe(`deadline table ${table.file}`, () => {
    for (const row of table.rows) {
      it(`${row.id}: ${row.note}`, () => {
        const r = computeDeadlines(rowInput(table, row) as unknown as DeadlineInput, rowSettings(table, row))
        type D = { deadlines: { code: string; basis: Citation[]; warnings: string[] }[] }
        check(
          row,
          r,
          (v) => ({ deadline: Object.fromEntries((v as D).deadlines.map((d) => [d.code, d])) }),
          (v) => (v as D).deadlines.flatMap((d) => d.basis),
          (v) => (v as D).deadlines.flatMap((d) => d.warnings),
        )
      })
    }
  })
}
