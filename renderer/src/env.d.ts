/// <reference types="vite/client" />
import type { Api } from '../../shared/ipc/contract'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode, where the HTTP bridge is used. */
    api?: Api
  }
}

export {}
