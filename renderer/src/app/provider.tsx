import { QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { useState, type ReactNode } from 'react'
import { createQueryClient } from '../lib/query-client'

dayjs.locale('zh-cn')

const theme = {
  token: {
    fontFamily:
      "-apple-system, 'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
    fontSize: 14,
    colorPrimary: '#1f5fa8',
  },
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient)
  return (
    <ConfigProvider locale={zhCN} theme={theme} form={{ validateMessages: { required: '请填写${label}' } }}>
      <AntApp>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  )
}
