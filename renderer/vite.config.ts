import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type UserConfig } from 'vite'

/** The renderer's build, shared by electron-vite (desktop) and the browser-mode bridge. */
export const rendererConfig: UserConfig = {
  root: resolve(__dirname),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, '../out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { index: resolve(__dirname, 'index.html') } },
  },
}

export default defineConfig(rendererConfig)
