import type { Role } from '../../../shared/domain/roles'
import type { AuthStatus, UserDto } from '../../../shared/auth/dto'
import { AppError } from '../../../shared/ipc/result'
import type { LoginInputOut, SetupAdminInputOut, UserSaveInputOut } from '../../../shared/auth/schema'
import { appendAudit } from '../db/audit-repo'
import type { AppUserTable } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { hashPassword, verifyPassword } from './password'

export interface AuthOptions {
  /** Lock a session after this long without a call (idle lock). */
  idleMs?: number
  /** Failed logins in a row before the account is locked. */
  maxFailures?: number
  lockoutMs?: number
}

export interface Session {
  userId: string
  username: string
  displayName: string
  roles: Role[]
  lastActiveMs: number
}

export type Resolved = { ok: true; session: Session } | { ok: false; reason: 'login-required' | 'idle-locked' }

const DEFAULTS = { idleMs: 15 * 60_000, maxFailures: 5, lockoutMs: 15 * 60_000 }

function toUserDto(row: AppUserTable, nowMs: number): UserDto {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: JSON.parse(row.roles_json) as Role[],
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
    locked: row.locked_until_ms !== null && row.locked_until_ms > nowMs,
  }
}

/**
 * Users, passwords and sessions. Sessions live in memory in the main process, keyed by the
 * transport: one key for the desktop app, one per browser for browser mode. Nothing the
 * renderer sends can name a session; the transport supplies the key.
 */
export class AuthService {
  private readonly sessions = new Map<string, Session>()
  private readonly idle = new Set<string>()
  private readonly opts: typeof DEFAULTS

  constructor(
    private readonly ctx: ServiceContext,
    options: AuthOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...options }
  }

  private now(): number {
    return this.ctx.clock.now()
  }

  async userCount(): Promise<number> {
    const r = await this.ctx.db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    return Number(r.n)
  }

  resolve(key: string | undefined): Resolved {
    if (!key) return { ok: false, reason: 'login-required' }
    const s = this.sessions.get(key)
    if (!s) return { ok: false, reason: this.idle.has(key) ? 'idle-locked' : 'login-required' }
    if (this.now() - s.lastActiveMs > this.opts.idleMs) {
      this.sessions.delete(key)
      this.idle.add(key)
      return { ok: false, reason: 'idle-locked' }
    }
    return { ok: true, session: s }
  }

  touch(key: string): void {
    const s = this.sessions.get(key)
    if (s) s.lastActiveMs = this.now()
  }

  async status(key: string | undefined): Promise<AuthStatus> {
    const needsSetup = (await this.userCount()) === 0
    const r = this.resolve(key)
    if (!r.ok) return { needsSetup, user: null, reason: r.reason }
    const row = await this.ctx.db.selectFrom('app_user').selectAll().where('id', '=', r.session.userId).executeTakeFirst()
    return { needsSetup, user: row ? toUserDto(row, this.now()) : null, reason: null }
  }

  private startSession(key: string, row: AppUserTable): void {
    this.idle.delete(key)
    this.sessions.set(key, {
      userId: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: JSON.parse(row.roles_json) as Role[],
      lastActiveMs: this.now(),
    })
  }

  /** First run: creates the administrator. Refused once any user exists. */
  async setupAdmin(key: string, input: SetupAdminInputOut): Promise<UserDto> {
    const hash = await hashPassword(input.password)
    const atMs = this.now()
    const row = await writeTx(this.ctx.db, async (trx) => {
      const n = await trx.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      if (Number(n.n) > 0) throw new AppError('CONFLICT', '系统已有用户，不能再次初始化管理员。请用已有账号登录。')
      const user: AppUserTable = {
        id: this.ctx.newId(),
        username: input.username,
        display_name: input.displayName,
        roles_json: JSON.stringify(['admin']),
        password_hash: hash,
        failed_attempts: 0,
        locked_until_ms: null,
        active: 1,
        must_change_password: 0,
        created_at_ms: atMs,
        updated_at_ms: atMs,
      }
      await trx.insertInto('app_user').values(user).execute()
      await appendAudit(trx, { atMs, actor: input.displayName, action: 'user.setup-admin', entity: 'app_user', entityId: user.id, after: { username: user.username, roles: ['admin'] } })
      return user
    })
    this.startSession(key, row)
    return toUserDto(row, atMs)
  }

  async login(key: string, input: LoginInputOut): Promise<UserDto> {
    const atMs = this.now()
    const row = await this.ctx.db.selectFrom('app_user').selectAll().where('username', '=', input.username).executeTakeFirst()
    const refuse = () => new AppError('PERMISSION', '用户名或密码错误', { reason: 'bad-credentials' })
    if (!row || row.active !== 1) {
      await verifyPassword(input.password, 'scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=') // same time either way
      throw refuse()
    }
    if (row.locked_until_ms !== null && row.locked_until_ms > atMs) {
      const minutes = Math.ceil((row.locked_until_ms - atMs) / 60_000)
      throw new AppError('PERMISSION', `密码连续错误次数过多，账号已锁定，请 ${minutes} 分钟后再试，或请管理员重置密码`, { reason: 'account-locked' })
    }
    if (!(await verifyPassword(input.password, row.password_hash))) {
      const failures = row.failed_attempts + 1
      const lock = failures >= this.opts.maxFailures
      await writeTx(this.ctx.db, async (trx) => {
        await trx
          .updateTable('app_user')
          .set({ failed_attempts: lock ? 0 : failures, locked_until_ms: lock ? atMs + this.opts.lockoutMs : row.locked_until_ms, updated_at_ms: atMs })
          .where('id', '=', row.id)
          .execute()
        await appendAudit(trx, { atMs, actor: row.display_name, action: lock ? 'user.locked' : 'user.login-failed', entity: 'app_user', entityId: row.id })
      })
      if (lock) throw new AppError('PERMISSION', `密码连续错误 ${this.opts.maxFailures} 次，账号已锁定 ${Math.round(this.opts.lockoutMs / 60_000)} 分钟`, { reason: 'account-locked' })
      throw refuse()
    }
    await writeTx(this.ctx.db, async (trx) => {
      await trx.updateTable('app_user').set({ failed_attempts: 0, locked_until_ms: null, updated_at_ms: atMs }).where('id', '=', row.id).execute()
      await appendAudit(trx, { atMs, actor: row.display_name, action: 'user.login', entity: 'app_user', entityId: row.id })
    })
    this.startSession(key, row)
    return toUserDto({ ...row, failed_attempts: 0, locked_until_ms: null }, atMs)
  }

  logout(key: string): void {
    this.sessions.delete(key)
    this.idle.delete(key)
  }

  async changePassword(key: string, currentPassword: string, newPassword: string): Promise<void> {
    const r = this.resolve(key)
    if (!r.ok) throw new AppError('PERMISSION', '请先登录', { reason: r.reason })
    const row = await this.ctx.db.selectFrom('app_user').selectAll().where('id', '=', r.session.userId).executeTakeFirstOrThrow()
    if (!(await verifyPassword(currentPassword, row.password_hash))) {
      throw new AppError('VALIDATION', '当前密码不正确', { issues: [{ path: ['currentPassword'], message: '当前密码不正确' }] })
    }
    const hash = await hashPassword(newPassword)
    const atMs = this.now()
    await writeTx(this.ctx.db, async (trx) => {
      await trx.updateTable('app_user').set({ password_hash: hash, must_change_password: 0, updated_at_ms: atMs }).where('id', '=', row.id).execute()
      await appendAudit(trx, { atMs, actor: row.display_name, action: 'user.change-password', entity: 'app_user', entityId: row.id })
    })
  }

  async listUsers(): Promise<UserDto[]> {
    const rows = await this.ctx.db.selectFrom('app_user').selectAll().orderBy('username').execute()
    return rows.map((r) => toUserDto(r, this.now()))
  }

  async saveUser(input: UserSaveInputOut, actor: string): Promise<UserDto> {
    const atMs = this.now()
    const hash = input.initialPassword ? await hashPassword(input.initialPassword) : null
    const saved = await writeTx(this.ctx.db, async (trx) => {
      const clash = await trx.selectFrom('app_user').select('id').where('username', '=', input.username).executeTakeFirst()
      if (clash && clash.id !== input.id) {
        throw new AppError('CONFLICT', `用户名「${input.username}」已被使用`, { issues: [{ path: ['username'], message: '用户名已被使用' }] })
      }
      if (input.id) {
        const before = await trx.selectFrom('app_user').selectAll().where('id', '=', input.id).executeTakeFirst()
        if (!before) throw new AppError('NOT_FOUND', '找不到该用户')
        const wasAdmin = (JSON.parse(before.roles_json) as string[]).includes('admin') && before.active === 1
        const staysAdmin = input.roles.includes('admin') && input.active
        if (wasAdmin && !staysAdmin) {
          const admins = await trx.selectFrom('app_user').select(['id', 'roles_json']).where('active', '=', 1).execute()
          if (admins.filter((a) => (JSON.parse(a.roles_json) as string[]).includes('admin')).length <= 1) {
            throw new AppError('POLICY_VIOLATION', '不能停用或撤销最后一位管理员')
          }
        }
        await trx
          .updateTable('app_user')
          .set({ username: input.username, display_name: input.displayName, roles_json: JSON.stringify(input.roles), active: input.active ? 1 : 0, updated_at_ms: atMs })
          .where('id', '=', input.id)
          .execute()
        const after = await trx.selectFrom('app_user').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow()
        await appendAudit(trx, {
          atMs,
          actor,
          action: 'user.update',
          entity: 'app_user',
          entityId: input.id,
          before: { username: before.username, displayName: before.display_name, roles: JSON.parse(before.roles_json), active: before.active === 1 },
          after: { username: input.username, displayName: input.displayName, roles: input.roles, active: input.active },
        })
        return after
      }
      if (!hash) throw new AppError('VALIDATION', '新用户须设置初始密码', { issues: [{ path: ['initialPassword'], message: '请设置初始密码' }] })
      const row: AppUserTable = {
        id: this.ctx.newId(),
        username: input.username,
        display_name: input.displayName,
        roles_json: JSON.stringify(input.roles),
        password_hash: hash,
        failed_attempts: 0,
        locked_until_ms: null,
        active: input.active ? 1 : 0,
        must_change_password: 1,
        created_at_ms: atMs,
        updated_at_ms: atMs,
      }
      await trx.insertInto('app_user').values(row).execute()
      await appendAudit(trx, { atMs, actor, action: 'user.create', entity: 'app_user', entityId: row.id, after: { username: row.username, roles: input.roles } })
      return row
    })
    // A changed role set takes effect at the user's next call.
    for (const s of this.sessions.values()) {
      if (s.userId === saved.id) {
        s.roles = JSON.parse(saved.roles_json) as Role[]
        s.displayName = saved.display_name
      }
    }
    if (saved.active !== 1) for (const [k, s] of this.sessions) if (s.userId === saved.id) this.sessions.delete(k)
    return toUserDto(saved, atMs)
  }

  async resetPassword(id: string, newPassword: string, actor: string): Promise<void> {
    const hash = await hashPassword(newPassword)
    const atMs = this.now()
    await writeTx(this.ctx.db, async (trx) => {
      const r = await trx
        .updateTable('app_user')
        .set({ password_hash: hash, must_change_password: 1, failed_attempts: 0, locked_until_ms: null, updated_at_ms: atMs })
        .where('id', '=', id)
        .executeTakeFirst()
      if (Number(r.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', '找不到该用户')
      await appendAudit(trx, { atMs, actor, action: 'user.reset-password', entity: 'app_user', entityId: id })
    })
  }
}
