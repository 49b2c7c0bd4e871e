// Reports home (RPT-1): the report templates the signed-in user can read, grouped by domain,
// with the period, unit, tree date and state pickers; read on the server through the service.
import { redirect } from 'next/navigation';
import { pageContext } from '@/server/http/page-context';
import { listReports } from '@/server/reports/list-reports';
import { ReportIndex } from '@/components/reports/report-index';
import type { TemplateItem } from '@/components/reports/types';

export const dynamic = 'force-dynamic';

export default async function ReportsPage() {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  const items = (await listReports(ctx.em, ctx.actor)) as TemplateItem[];
  return <ReportIndex items={items} />;
}
