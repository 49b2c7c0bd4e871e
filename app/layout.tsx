// Root layout: Vietnamese by default (lang attribute, fonts with Vietnamese glyphs).
import type { ReactNode } from 'react';
import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Hệ thống thu thập dữ liệu',
  description: 'Biểu mẫu, phê duyệt và báo cáo cho cơ quan nhà nước',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  );
}
