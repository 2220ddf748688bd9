/**
 * exceljs, loaded on first use. Loading it takes about 0.3 s on this project's machine, which every
 * start of the main process and of the job process paid before, although only the Excel exports
 * and the roster import need it.
 */
import type ExcelJS from 'exceljs'

let loading: Promise<typeof ExcelJS> | null = null

/** A new, empty workbook (loads exceljs the first time). */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  loading ??= import('exceljs').then((m) => m.default)
  const Excel = await loading
  return new Excel.Workbook()
}
