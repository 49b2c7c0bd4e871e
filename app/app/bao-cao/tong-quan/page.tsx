// Dashboard per domain: trend, bar chart by commune and completeness gauges, all read from the
// same report and completeness APIs in the browser (no separate figures).
import { redirect } from 'next/navigation';
import { pageContext } from '@/server/http/page-context';
import { DashboardView } from '@/components/reports/dashboard-view';
import { readableForms } from '@/components/reports/readable-forms';

export const dynamic = 'force-dynamic';

export default async function DashboardPage() {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  const { templates, forms } = await readableForms(ctx);
  return <DashboardView templates={templates} forms={forms} />;
}
