// A new record of a register for the unit chosen on the register list (?unit=<unit code>), in
// the full entry form; the first save creates it, then the page continues on the stored record.
import { redirect } from 'next/navigation';
import { Alert } from 'antd';
import { pageContext } from '@/server/http/page-context';
import { EntryPage } from '@/components/forms/entry-page';
import { loadRecord } from '@/components/forms/load-record';

export const dynamic = 'force-dynamic';

type Search = Record<string, string | string[] | undefined>;

export default async function NewRecordRoute({ params, searchParams }: { params: Promise<{ form: string }>; searchParams: Promise<Search> }) {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  const code = decodeURIComponent((await params).form);
  const unit = (await searchParams).unit;
  const unitCode = Array.isArray(unit) ? unit[0] : unit;
  if (!unitCode) redirect(`/app/so/${encodeURIComponent(code)}`);
  const loaded = await loadRecord(ctx, code, { unitCode });
  if (!loaded.ok) return <Alert type="warning" showIcon title={ctx.lang === 'en' ? loaded.message.en : loaded.message.vi} />;
  return <EntryPage {...loaded.props} />;
}
