import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import { AppError } from '../../../shared/ipc/result'
import { OutreachPackagePayload } from '../../../shared/outreach/schema'

/**
 * The outreach package file (.ladpkg), format version 1:
 *
 *   offset  size  field
 *   0       8     magic "LADOUTPK"
 *   8       1     format version (1)
 *   9       1     key derivation: 1 = scrypt
 *   10      1     scrypt log2(N)
 *   11      1     scrypt r
 *   12      1     scrypt p
 *   13      3     reserved (0)
 *   16      16    salt (random per file)
 *   32      12    AES-GCM IV (random per file)
 *   44      4     reserved (0)
 *   48      n     AES-256-GCM ciphertext of gzip(JSON payload)
 *   48+n    16    GCM authentication tag
 *
 * The key is scrypt(passphrase NFC, salt, 32 bytes). The 48-byte header is the GCM additional
 * authenticated data, so a changed header fails authentication like a changed ciphertext.
 * Nothing of the content is readable without the passphrase; the plaintext never touches disk.
 */
export const MAGIC = Buffer.from('LADOUTPK', 'ascii')
export const FORMAT_VERSION = 1
export const HEADER_BYTES = 48
const TAG_BYTES = 16
const KDF_SCRYPT = 1
const DEFAULT_KDF = { log2N: 15, r: 8, p: 1 } as const
/** Caps a decompressed payload (a crafted file must not make us allocate without end). */
const MAX_PLAINTEXT_BYTES = 512 * 1024 * 1024

export const WRONG_PASSPHRASE_MESSAGE = '口令错误或文件已损坏：请核对口令（注意大小写和全角/半角）后重试；口令无误时，请在巡回受案电脑上重新导出数据包。数据库未作任何改动。'

function deriveKey(passphrase: string, salt: Buffer, kdf: { log2N: number; r: number; p: number }): Promise<Buffer> {
  const N = 2 ** kdf.log2N
  const options: ScryptOptions = { N, r: kdf.r, p: kdf.p, maxmem: 256 * N * kdf.r + 16 * 1024 * 1024 }
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key)))
  })
}

export async function encryptPackage(payload: OutreachPackagePayload, passphrase: string): Promise<Buffer> {
  const header = Buffer.alloc(HEADER_BYTES)
  MAGIC.copy(header, 0)
  header[8] = FORMAT_VERSION
  header[9] = KDF_SCRYPT
  header[10] = DEFAULT_KDF.log2N
  header[11] = DEFAULT_KDF.r
  header[12] = DEFAULT_KDF.p
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  salt.copy(header, 16)
  iv.copy(header, 32)
  const key = await deriveKey(passphrase, salt, DEFAULT_KDF)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(header)
  const plain = gzipSync(Buffer.from(JSON.stringify(payload), 'utf8'))
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return Buffer.concat([header, body, cipher.getAuthTag()])
}

const NOT_A_PACKAGE = '这不是巡回受案数据包（文件格式不符）：请选择在巡回受案电脑上导出的 .ladpkg 文件。'

/** Decrypts and checks a package. Every failure is an AppError with a Chinese message; nothing is written. */
export async function decryptPackage(data: Buffer, passphrase: string): Promise<OutreachPackagePayload> {
  if (data.length < HEADER_BYTES + TAG_BYTES || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new AppError('VALIDATION', NOT_A_PACKAGE)
  }
  const header = data.subarray(0, HEADER_BYTES)
  const version = header[8]!
  if (version > FORMAT_VERSION) {
    throw new AppError('VALIDATION', `数据包格式版本为 ${version}，高于本程序支持的版本 ${FORMAT_VERSION}：请先把中心的法援工作台升级到最新版本再导入。`)
  }
  const kdf = { log2N: header[10]!, r: header[11]!, p: header[12]! }
  if (version < 1 || header[9] !== KDF_SCRYPT || kdf.log2N < 10 || kdf.log2N > 20 || kdf.r < 1 || kdf.r > 16 || kdf.p < 1 || kdf.p > 4) {
    throw new AppError('VALIDATION', WRONG_PASSPHRASE_MESSAGE)
  }
  const key = await deriveKey(passphrase, Buffer.from(header.subarray(16, 32)), kdf)
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(32, 44))
  decipher.setAAD(header)
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES))
  let plain: Buffer
  try {
    plain = Buffer.concat([decipher.update(data.subarray(HEADER_BYTES, data.length - TAG_BYTES)), decipher.final()])
  } catch {
    throw new AppError('VALIDATION', WRONG_PASSPHRASE_MESSAGE)
  }
  // Authenticated: from here on a failure means the exporting program wrote something we do not understand.
  let json: unknown
  try {
    json = JSON.parse(gunzipSync(plain, { maxOutputLength: MAX_PLAINTEXT_BYTES }).toString('utf8'))
  } catch {
    throw new AppError('VALIDATION', '数据包内容无法解读（解压或解析失败）：请在巡回受案电脑上用相同版本的法援工作台重新导出。')
  }
  const parsed = OutreachPackagePayload.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new AppError('VALIDATION', `数据包内容不符合格式（${first ? `${first.path.join('.')}：${first.message}` : '未知字段'}）：请用相同版本的法援工作台重新导出。`)
  }
  return parsed.data
}
