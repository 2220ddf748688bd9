// Zero-dependency list of channel names, importable by the sandboxed preload.
export const CHANNELS = [
  'auth:status',
  'auth:setup-admin',
  'auth:login',
  'auth:logout',
  'auth:change-password',
  'user:list',
  'user:save',
  'user:reset-password',
  'app:info',
  'settings:get',
  'settings:save',
  'policy:matters',
  'consultation:create',
  'consultation:list',
  'application:create',
  'case:search',
  'case:get',
  'case:open-window',
] as const

export type Channel = (typeof CHANNELS)[number]

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)
