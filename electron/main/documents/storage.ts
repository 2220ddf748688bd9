/**
 * Where issued documents live on disk, and how they get there without half-written files.
 *
 * Layout: `<documentsDir>/<year>/<type>/<number>.pdf`, e.g.
 * `documents/2026/assignment-notice/呼法援指〔2026〕12号.pdf`. The number is unique, so the
 * path is too. The database stores the path relative to the data folder with '/' separators,
 * so the data folder can be moved or restored elsewhere.
 */
import { createHash, randomUUID } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Characters Windows, macOS and Linux all accept in a file name; anything else becomes '_'. */
export function safeFileName(name: string): string {
  const cleaned = [...name.normalize('NFC')]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' || '<>:"/\\|?*'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120)
  const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i
  return cleaned === '' || reserved.test(cleaned) ? `_${cleaned}` : cleaned
}

/** Relative path (from the data folder, '/'-separated) of an issued document's file. */
export function documentRelativePath(documentsDir: string, dataDir: string, year: number, docType: string, docNumber: string): string {
  const abs = join(documentsDir, String(year), safeFileName(docType), `${safeFileName(docNumber)}.pdf`)
  return toRelative(dataDir, abs)
}

export function toRelative(dataDir: string, abs: string): string {
  return relative(dataDir, abs).split(sep).join('/')
}

/** Absolute path of a stored relative path; refuses paths that would leave the data folder. */
export function resolveStored(dataDir: string, relPath: string): string {
  const abs = resolve(dataDir, ...relPath.split('/'))
  const rel = relative(resolve(dataDir), abs)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`文件路径不在数据文件夹内：${relPath}`)
  return abs
}

function fsyncDir(dir: string): void {
  // Makes the rename durable. Windows cannot open a folder for fsync; NTFS journals the rename.
  if (process.platform === 'win32') return
  let fd: number | null = null
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Some file systems refuse fsync on folders; the file itself is already synced.
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/**
 * Writes `bytes` to `target` so that the target is either absent/unchanged or complete:
 * a temporary file in the same folder, fsync, rename over the target, fsync of the folder.
 */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const dir = dirname(target)
  mkdirSync(dir, { recursive: true })
  const tmp = join(dir, `.tmp-${randomUUID()}.part`)
  const fd = openSync(tmp, 'wx')
  try {
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    fsyncSync(fd)
  } catch (err) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw err
  }
  closeSync(fd)
  try {
    renameSync(tmp, target)
  } catch (err) {
    rmSync(tmp, { force: true })
    throw err
  }
  fsyncDir(dir)
}

export function removeFileQuietly(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // nothing more to do; the caller reports the original failure
  }
}

export function readStoredFile(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null
}

export function fileSize(path: string): number | null {
  try {
    return statSync(path).size
  } catch {
    return null
  }
}
