// Root layout: the interface language comes from the `lang` cookie (Vietnamese by default) and
// sets the html lang attribute, antd's locale and the translator for every page.
import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { serverLang } from '@/lib/i18n/server';
import { AppProviders } from '@/components/providers/app-providers';
import './globals.css';

export const metadata: Metadata = {
  title: 'Hệ thống thu thập dữ liệu',
  description: 'Biểu mẫu, phê duyệt và báo cáo cho cơ quan nhà nước',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await serverLang();
  return (
    <html lang={lang}>
      <body>
        <AppProviders lang={lang}>{children}</AppProviders>
      </body>
    </html>
  );
}
