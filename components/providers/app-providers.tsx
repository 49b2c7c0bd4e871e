'use client';
// Everything every page needs on the client: antd styles and locale (vi_VN or en_US, dayjs
// in the same language), antd's App context for messages and confirms, and the translator.
import type { ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import type { Lang } from '@/lib/i18n';
import { AntdRegistry } from './antd-registry';
import { I18nProvider } from './i18n-context';

const theme = {
  token: { colorPrimary: '#b71c1c', borderRadius: 6, fontFamily: "'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" },
};

export function AppProviders({ lang, children }: { lang: Lang; children: ReactNode }) {
  dayjs.locale(lang === 'en' ? 'en' : 'vi');
  return (
    <AntdRegistry>
      <ConfigProvider locale={lang === 'en' ? enUS : viVN} theme={theme}>
        <App>
          <I18nProvider lang={lang}>{children}</I18nProvider>
        </App>
      </ConfigProvider>
    </AntdRegistry>
  );
}
