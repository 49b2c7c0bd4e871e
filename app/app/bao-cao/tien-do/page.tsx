// Completeness (RPT-7): the report forms the caller can follow (source forms of the report
// templates it can read), handed to the client view that asks the completeness API.
import { redirect } from 'next/navigation';
import { pageContext } from '@/server/http/page-context';
import { CompletenessView } from '@/components/reports/completeness-view';
import { readableForms } from '@/components/reports/readable-forms';

export const dynamic = 'force-dynamic';

export default async function CompletenessPage() {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  const { forms } = await readableForms(ctx);
  return <CompletenessView forms={forms} />;
}
