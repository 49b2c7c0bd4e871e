'use client';
// Switches the interface language: writes the `lang` cookie (read by pages and the API
// alike) and re-renders the server components in the new language.
import { useRouter } from 'next/navigation';
import { Segmented } from 'antd';
import { LANG_COOKIE, type Lang } from '@/lib/i18n';
import { useI18n } from '@/components/providers/i18n-context';

export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const router = useRouter();
  const change = (next: Lang) => {
    document.cookie = `${LANG_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  };
  return (
    <Segmented<Lang>
      aria-label={t('lang.label')}
      size="small"
      value={lang}
      onChange={change}
      options={[
        { label: <span lang="vi">VI</span>, value: 'vi', title: t('lang.vi') },
        { label: <span lang="en">EN</span>, value: 'en', title: t('lang.en') },
      ]}
    />
  );
}
