/** Helpers for the document tests: cases registered through the real dispatcher, issue inputs, text extraction. */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractText, getDocumentProxy } from 'unpdf'
import type { CreatedApplication } from '../../../shared/intake/dto'
import type { Result } from '../../../shared/ipc/result'
import type { IssueDocumentInputIn, IssueDocumentResult } from '../../../shared/documents/schema'
import { CLERK, makeResidentId, validApplication, type TestServices } from '../../kit/services'
import { value } from '../../kit/call'

export const RESULTS_DIR = fileURLToPath(new URL('../../../test-results/documents/', import.meta.url))


export async function registerCase(
  s: TestServices,
  overrides: Parameters<typeof validApplication>[0] = {},
  mutate?: (a: any) => void,
): Promise<CreatedApplication> {
  const input = validApplication(overrides) as any
  mutate?.(input)
  return value((await s.dispatch('application:create', input, CLERK)) as Result<CreatedApplication>)
}

export async function issue(s: TestServices, input: IssueDocumentInputIn): Promise<Result<IssueDocumentResult>> {
  return (await s.dispatch('documents:issue', input, CLERK)) as Result<IssueDocumentResult>
}

/** All text of a PDF with whitespace removed (line breaks and justification split words). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const proxy = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(proxy, { mergePages: true })
  return text.replace(/\s+/g, '')
}

export function hasTool(name: string): boolean {
  return ['/usr/bin', '/usr/local/bin', '/bin'].some((dir) => existsSync(join(dir, name)))
}

/** Writes test-results/documents/<name>.pdf and PNGs at 60 dpi (when pdftoppm is installed), of the first `lastPage` pages if given. */
export function savePreview(name: string, pdf: Uint8Array, lastPage?: number): void {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const file = join(RESULTS_DIR, `${name}.pdf`)
  writeFileSync(file, pdf)
  const range = lastPage ? ['-f', '1', '-l', String(lastPage)] : []
  if (hasTool('pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '60', ...range, file, join(RESULTS_DIR, name)])
  else console.log(`[documents] pdftoppm not installed: no PNG for ${name}`)
}

export { CLERK, makeResidentId }
