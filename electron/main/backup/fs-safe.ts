import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, fsyncSync, openSync, closeSync, renameSync, rmSync, writeSync, existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Flushes a file's content to the disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Flushes a folder's entries (so a rename survives a power cut). Windows cannot open a folder
 * for fsync; there NTFS journals the rename itself, so the error is ignored.
 */
export function fsyncDir(path: string): void {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return
  }
  try {
    fsyncSync(fd)
  } catch {
    // EISDIR/EPERM/EINVAL on some platforms and file systems (FAT on USB drives).
  } finally {
    closeSync(fd)
  }
}

/** A temp name in the same folder as `target` (so that the final rename is atomic). */
export function tempNameFor(target: string, tag = 'tmp'): string {
  return join(dirname(target), `.${basename(target)}.${tag}-${randomBytes(6).toString('hex')}`)
}

/** Writes a file completely or not at all: temp name in the same folder, fsync, rename, fsync folder. */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const tmp = tempNameFor(target)
  try {
    const fd = openSync(tmp, 'wx')
    try {
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      let off = 0
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, target)
  } catch (err) {
    rmSync(tmp, { force: true })
    throw err
  }
  fsyncDir(dirname(target))
}

/** Moves an already complete temp file over `target` atomically and makes it durable. */
export function commitTempFile(tmp: string, target: string): void {
  fsyncFile(tmp)
  renameSync(tmp, target)
  fsyncDir(dirname(target))
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export function removeIfExists(...paths: string[]): void {
  for (const p of paths) if (existsSync(p)) rmSync(p, { force: true })
}
