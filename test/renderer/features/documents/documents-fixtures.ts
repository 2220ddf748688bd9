/**
 * Issued documents as the main process returns them, and a documents:issue fake that checks its
 * input with the shared schema the main process parses it with (so a renderer mapping the
 * main process would refuse fails the test, with the same Chinese message).
 */
import { vi } from 'vitest'
import type { Role } from '../../../../shared/domain/roles'
import type { IssuedDocumentDto, IssueDocumentResult } from '../../../../shared/documents/schema'
import type { UserDto } from '../../../../shared/auth/dto'
import { AppError } from '../../../../shared/ipc/result'
import { docTypeInfo, formatDocNumber, IssueDocumentInput, type DocType } from '../../../../shared/documents/schema'

export const CASE_ID = 'case-2026-0012'
export const CASE_NUMBER = '2026-0012'

/** 2026-03-09 10:30 in Beijing time. */
export const MARCH_9_1030 = Date.UTC(2026, 2, 9, 2, 30)

export function doc(over: Partial<IssuedDocumentDto> & Pick<IssuedDocumentDto, 'id' | 'type' | 'seq'>): IssuedDocumentDto {
  const info = docTypeInfo(over.type)
  return {
    caseId: CASE_ID,
    caseNumber: CASE_NUMBER,
    typeLabel: info.label,
    title: info.label,
    docNumber: formatDocNumber('呼法援', over.type, 2026, over.seq),
    year: 2026,
    issuedOn: '2026-03-09',
    issuedBy: '张丽',
    issuedAtMs: MARCH_9_1030,
    sha256: 'ab'.repeat(32),
    bytes: 36_000,
    pages: 1,
    filePath: `documents/2026/${over.type}/${over.seq}.pdf`,
    missingGlyphs: [],
    voided: null,
    ...over,
  }
}

export const user = (roles: Role[], displayName = '张丽'): UserDto => ({
  id: `u-${roles.join('-')}`,
  username: roles.join('-'),
  displayName,
  roles,
  active: true,
  mustChangePassword: false,
  locked: false,
})

/** The result of documents:issue for an input the schema accepted. */
export function issued(type: DocType, seq: number, over: Partial<IssuedDocumentDto> = {}): IssueDocumentResult {
  return { document: doc({ id: `doc-new-${seq}`, type, seq, ...over }), renderMs: 120, omittedUnverifiedBasis: [], opened: false }
}

/** Parses like the main process's dispatcher: the first issue's message as a VALIDATION error. */
export function parseIssueInput(input: unknown) {
  const parsed = IssueDocumentInput.safeParse(input)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new AppError('VALIDATION', first?.message ?? '输入无效', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
    })
  }
  return parsed.data
}

/**
 * Browser mode's preview: a new tab opened at once, then filled with a blob URL. jsdom has
 * neither window.open nor object URLs, so both are stubbed and recorded.
 */
export function stubBrowserPreview() {
  const tab = { location: { href: '' } }
  const open = vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window)
  const blobs: Blob[] = []
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return `blob:legalaid/${blobs.length}`
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  return { tab, open, blobs, createObjectURL }
}
