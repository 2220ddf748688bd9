import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, type Channel } from '../../shared/ipc/channels'
import type { Api } from '../../shared/ipc/contract'

// Exposes exactly the contract's channels and nothing else: no ipcRenderer, no Node.
const api = {
  invoke: (channel: Channel, input: unknown) => {
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: `未知的操作：${String(channel)}` } })
    }
    return ipcRenderer.invoke(channel, input)
  },
} as Api

contextBridge.exposeInMainWorld('api', api)
