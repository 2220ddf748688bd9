import { Card, Typography } from 'antd'
import type { ReactNode } from 'react'

/**
 * The frame of the login, first-run, lock and change-password screens: a card in the middle
 * of the window. As an overlay (lock screen, or login after the session ended) it covers the
 * app completely, so nothing of the page underneath can be read while it is up.
 */
export function AuthScreen({ title, children, overlay = false, testId }: { title: string; children: ReactNode; overlay?: boolean; testId?: string }) {
  return (
    <div
      role={overlay ? 'dialog' : 'main'}
      aria-modal={overlay ? true : undefined}
      aria-label={title}
      data-testid={testId}
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: overlay ? 2000 : undefined,
        overflow: 'auto',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
        boxSizing: 'border-box',
        background: 'linear-gradient(180deg, #e8eef6 0%, #f5f7fa 100%)',
      }}
    >
      <Card style={{ width: 420, maxWidth: '100%', boxShadow: '0 6px 24px rgba(31, 95, 168, 0.10)' }} styles={{ body: { padding: '28px 32px 24px' } }}>
        <div style={{ fontSize: 20, fontWeight: 600, color: '#1f5fa8', marginBottom: 4 }}>法援工作台</div>
        <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 20, fontWeight: 500 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </div>
  )
}
