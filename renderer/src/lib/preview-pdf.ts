import { invoke } from './ipc'

/**
 * Shows a stored PDF: in Electron the main process opens its preview window (Print, Save as);
 * in browser mode the bytes come over the bridge and open as a blob URL in a new tab.
 */
export async function previewPdf(target: { id: string } | { batchJobId: string }): Promise<void> {
  const { opened } = await invoke('documents:open', target)
  if (opened) return
  // Open the tab now, while the click still counts as a user gesture, and fill it when the bytes arrive.
  const tab = window.open('', '_blank')
  const file = await invoke('documents:read', target)
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }))
  if (tab) tab.location.href = url
  else window.open(url, '_blank')
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
