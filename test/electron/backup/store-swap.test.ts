import Database from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { BackupRunResult } from '../../../shared/backup/dto'
import type { Page } from '../../../shared/ipc/page'
import { CLERK, makeResidentId, makeTestServices, validApplication, type TestServices } from '../../kit/services'
import { countAllTables } from './helpers'
import { failure, value } from '../../kit/call'

let s: TestServices
beforeEach(async () => {
  s = await makeTestServices()
})
afterEach(async () => {
  await s.dispose()
})

it('while the store is swapped, other requests are refused with a clear message; afterwards they reach the reopened store', async () => {
  const control = s.ctx.storeControl!
  const oldDb = s.ctx.db
  let release!: () => void
  const gate = new Promise<void>((r) => (release = r))
  const swapping = control.withStoreClosed(async () => {
    await gate
  })
  await new Promise((r) => setTimeout(r, 20))
  expect(control.busy).toBe(true)
  const during = failure(await s.dispatch('case:search', {}, CLERK))
  expect(during.code).toBe('CONFLICT')
  expect(during.message).toMatch(/正在从备份恢复/)
  release()
  await swapping
  expect(control.busy).toBe(false)
  expect(s.ctx.db).not.toBe(oldDb)
  expect(value<Page<unknown>>(await s.dispatch('case:search', {}, CLERK)).total).toBe(0)
})

it('refuses to restore while another program has the database open, and leaves it as it was', async () => {
  value(await s.dispatch('application:create', validApplication({ name: '占用', idNumber: makeResidentId('19660606', 1) }), CLERK))
  const copy = value<BackupRunResult>(await s.dispatch('backup:run', {}, CLERK)).backup!
  value(await s.dispatch('application:create', validApplication({ name: '占用二', idNumber: makeResidentId('19660606', 2) }), CLERK))
  const other = new Database(s.ctx.paths.dbPath) // e.g. a second instance in browser mode
  other.pragma('journal_mode = WAL')
  other.prepare("INSERT INTO setting (key, value_json, updated_at_ms) VALUES ('other-process', '1', 1)").run()
  try {
    const before = countAllTables(s.ctx.store.sqlite)
    const e = failure(await s.dispatch('backup:restore', { file: copy.file, confirm: true }, CLERK))
    expect(e.code).toBe('CONFLICT')
    expect(e.message).toMatch(/其他程序打开/)
    expect(countAllTables(s.ctx.store.sqlite)).toEqual(before) // reopened, unchanged
  } finally {
    other.close()
  }
})
