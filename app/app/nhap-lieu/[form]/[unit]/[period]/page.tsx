// Entry page of one report: form × unit × period (officers; approvers reading it see it read-only).
import { redirect } from 'next/navigation';
import { Alert } from 'antd';
import { pageContext } from '@/server/http/page-context';
import { EntryPage } from '@/components/forms/entry-page';
import { loadEntry } from '@/components/forms/load-entry';

export const dynamic = 'force-dynamic';

type Params = { form: string; unit: string; period: string };

export default async function EntryRoute({ params }: { params: Promise<Params> }) {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  const p = await params;
  const loaded = await loadEntry(ctx, decodeURIComponent(p.form), decodeURIComponent(p.unit), decodeURIComponent(p.period));
  if (!loaded.ok) return <Alert type="warning" showIcon title={ctx.lang === 'en' ? loaded.message.en : loaded.message.vi} />;
  return <EntryPage {...loaded.props} />;
}
