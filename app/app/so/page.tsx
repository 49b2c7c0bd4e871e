// Register index: the register forms the signed-in user can reach, with how many of their
// units keep each one; a register opens on its list page.
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { pageContext } from '@/server/http/page-context';
import { registerForms } from '@/server/services/registers/register-forms';
import { serverLang } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export default async function RegistersIndex() {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  const lang = await serverLang();
  const t = translator(lang);
  const forms = await registerForms(ctx.em, ctx.actor, ctx.today);
  return (
    <div>
      <h1 style={{ margin: '0 0 8px', fontSize: 24 }}>{t('registers.title')}</h1>
      <p style={{ marginTop: 0 }}>{t('registers.intro')}</p>
      {forms.length === 0 ? <p>{t('registers.none')}</p> : (
        <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 12 }}>
          {forms.map((f) => (
            <li key={f.code} style={{ border: '1px solid #e5e7eb', borderRadius: 8, padding: 16, background: '#fff' }}>
              <Link href={`/app/so/${encodeURIComponent(f.code)}`} style={{ fontSize: 18, fontWeight: 600 }}>{lang === 'en' ? f.title.en ?? f.title.vi : f.title.vi}</Link>
              <div style={{ color: '#555', marginTop: 4 }}>{f.code} · {t('registers.units', { count: f.units.length })}</div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
