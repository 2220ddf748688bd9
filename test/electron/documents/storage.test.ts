import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { documentRelativePath, resolveStored, safeFileName, writeFileAtomic } from '../../../electron/main/documents/storage'
import { formatDocNumber } from '../../../shared/documents/schema'
import { makeTempDir } from '../../kit/temp-dir'

const tmp = makeTempDir('legalaid-docs-')
afterAll(() => tmp.cleanup())

describe('document storage', () => {
  it('formats numbers with the prefix, the type code, the year in 〔〕 and at least four digits', () => {
    expect(formatDocNumber('呼法援', 'assignment-notice', 2026, 12)).toBe('呼法援指〔2026〕12号')
    expect(formatDocNumber('南法援', 'refusal-decision', 2027, 12345)).toBe('南法援不援〔2027〕12345号')
  })

  it('keeps Chinese file names and replaces characters no file system accepts', () => {
    expect(safeFileName('呼法援指〔2026〕12号')).toBe('呼法援指〔2026〕12号')
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\u0001')).toBe('a_b_c_d_e_f_g_h_i_j_')
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName(' ..名称.. ')).toBe('名称')
    expect(documentRelativePath('/data/documents', '/data', 2026, 'grant-decision', '呼法援援〔2026〕1号')).toBe('documents/2026/grant-decision/呼法援援〔2026〕1号.pdf')
  })

  it('refuses stored paths that leave the data folder', () => {
    expect(() => resolveStored('/data', '../etc/passwd')).toThrow('不在数据文件夹内')
    expect(() => resolveStored('/data', '/etc/passwd')).not.toThrow() // '/'-joined relative parts stay inside
    expect(resolveStored('/data', 'documents/2026/x.pdf')).toBe(join('/data', 'documents', '2026', 'x.pdf'))
  })

  it('writes atomically: complete file, no temporary file left, replaces an older one', () => {
    const target = join(tmp.dir, 'a', 'b', 'doc.pdf')
    writeFileAtomic(target, Buffer.from('first'))
    writeFileAtomic(target, Buffer.from('second version'))
    expect(readFileSync(target, 'utf8')).toBe('second version')
    expect(readdirSync(join(tmp.dir, 'a', 'b'))).toEqual(['doc.pdf'])
  })
})
