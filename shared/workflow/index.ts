/** Case workflow: state machine, deadlines derivation, roster codes, assignment ranking. Pure. */
export * from './roles'
export * from './transitions'
export * from './termination'
export * from './deadlines'
export * from './roster'
export * from './assignment'
export { normalizePartyName } from './names'
