import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type UserConfig } from 'vite'

/**
 * index.html carries the production CSP in a meta tag. Under the dev server that policy would
 * block Vite's HMR websocket, so it is dropped there; the browser-mode bridge sends its own
 * dev CSP header instead (electron/main/web-bridge.ts).
 */
function devWithoutMetaCsp(): Plugin {
  return {
    name: 'legalaid:dev-without-meta-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>\s*/i, ''),
  }
}

/** The renderer's build, shared by electron-vite (desktop) and the browser-mode bridge. */
export const rendererConfig: UserConfig = {
  root: resolve(__dirname),
  base: './',
  plugins: [react(), devWithoutMetaCsp()],
  build: {
    outDir: resolve(__dirname, '../out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { index: resolve(__dirname, 'index.html') } },
  },
}

export default defineConfig(rendererConfig)
