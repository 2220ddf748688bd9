/**
 * Staff roles (brief: 受理员, 审查员, 负责人, 财务, 管理员): the one list lives in
 * shared/domain/roles.ts (users and roles); the workflow table refers to it.
 */
export { ROLES, roleLabel, type Role } from '../domain/roles'
