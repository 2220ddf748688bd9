/**
 * Hash routing: the app is one page loaded from a file:// URL in Electron or from the loopback
 * bridge in the browser, so routes live after the '#'.
 */
import { useEffect, useState } from 'react'

export type Route =
  | { name: 'cases' }
  | { name: 'intake' }
  | { name: 'consultations' }
  | { name: 'settings' }
  | { name: 'users' }
  | { name: 'lawyers' }
  | { name: 'policy-settings'; focusKey?: string }
  | { name: 'documents-batch' }
  | { name: 'statistics' }
  | { name: 'backup' }
  | { name: 'outreach' }
  | { name: 'subsidy' }
  | { name: 'duty' }
  | { name: 'finance' }
  | { name: 'case-file'; id: string }
  | { name: 'not-found'; path: string }

export const paths = {
  cases: '#/',
  intake: '#/intake/new',
  consultations: '#/consultations',
  settings: '#/settings',
  users: '#/users',
  lawyers: '#/lawyers',
  policySettings: (key?: string) => (key ? `#/policy-settings?key=${encodeURIComponent(key)}` : '#/policy-settings'),
  documentsBatch: '#/documents/batch',
  statistics: '#/statistics',
  backup: '#/backup',
  outreach: '#/outreach',
  caseFile: (id: string) => `#/case/${encodeURIComponent(id)}`,
  subsidy: '#/subsidy',
  duty: '#/duty',
  finance: '#/finance',
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] || '/'
  if (path === '/' || path === '') return { name: 'cases' }
  if (path === '/intake/new') return { name: 'intake' }
  if (path === '/consultations') return { name: 'consultations' }
  if (path === '/settings') return { name: 'settings' }
  if (path === '/users') return { name: 'users' }
  if (path === '/lawyers') return { name: 'lawyers' }
  if (path === '/subsidy') return { name: 'subsidy' }
  if (path === '/duty') return { name: 'duty' }
  if (path === '/finance') return { name: 'finance' }
  if (path === '/documents/batch') return { name: 'documents-batch' }
  if (path === '/statistics') return { name: 'statistics' }
  if (path === '/backup') return { name: 'backup' }
  if (path === '/outreach') return { name: 'outreach' }
  if (path === '/policy-settings') {
    const key = new URLSearchParams(hash.split('?')[1] ?? '').get('key')
    return key ? { name: 'policy-settings', focusKey: key } : { name: 'policy-settings' }
  }
  const m = /^\/case\/([^/]+)$/.exec(path)
  if (m?.[1]) {
    try {
      return { name: 'case-file', id: decodeURIComponent(m[1]) }
    } catch {
      return { name: 'not-found', path }
    }
  }
  return { name: 'not-found', path }
}

export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
