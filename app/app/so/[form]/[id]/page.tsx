// One stored record of a register in the full entry form: edit while its state allows, save,
// attach files and send it through the workflow; otherwise read-only.
import { redirect } from 'next/navigation';
import { Alert } from 'antd';
import { pageContext } from '@/server/http/page-context';
import { EntryPage } from '@/components/forms/entry-page';
import { loadRecord } from '@/components/forms/load-record';

export const dynamic = 'force-dynamic';

export default async function RecordRoute({ params }: { params: Promise<{ form: string; id: string }> }) {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  const p = await params;
  const loaded = await loadRecord(ctx, decodeURIComponent(p.form), { id: decodeURIComponent(p.id) });
  if (!loaded.ok) return <Alert type="warning" showIcon title={ctx.lang === 'en' ? loaded.message.en : loaded.message.vi} />;
  return <EntryPage {...loaded.props} />;
}
