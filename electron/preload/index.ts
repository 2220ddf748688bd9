import { contextBridge, ipcRenderer } from 'electron'
import type { Api, Channel } from '../../shared/ipc/contract'

// The channel names, written in at build time from the contract (electron.vite.config.ts): the
// sandboxed preload carries the list, not zod and every schema.
declare const __LEGALAID_CHANNELS__: readonly Channel[]
const ALLOWED: ReadonlySet<string> = new Set(__LEGALAID_CHANNELS__)

// Exposes exactly the contract's channels and nothing else: no ipcRenderer, no Node.
const api = {
  invoke: (channel: Channel, input: unknown) => {
    if (!ALLOWED.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: `未知的操作：${String(channel)}` } })
    }
    return ipcRenderer.invoke(channel, input)
  },
} as Api

contextBridge.exposeInMainWorld('api', api)
