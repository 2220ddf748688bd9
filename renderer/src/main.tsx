import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { AppProvider } from './app/provider'

const root = document.getElementById('root')
if (!root) throw new Error('index.html 缺少 #root 元素')
createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <App />
    </AppProvider>
  </StrictMode>,
)
