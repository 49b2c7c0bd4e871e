// One report (RPT-1, RPT-2): the parameters come from the URL (period, unit, date, state,
// level) with the template's defaults; the client view asks the report API and renders it.
import { redirect } from 'next/navigation';
import { pageContext } from '@/server/http/page-context';
import { listReports } from '@/server/reports/list-reports';
import { ReportView } from '@/components/reports/report-view';
import { paramsFrom } from '@/components/reports/report-params';

export const dynamic = 'force-dynamic';

type Search = Record<string, string | string[] | undefined>;

export default async function ReportPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Search> }) {
  const ctx = await pageContext();
  if (!ctx) redirect('/dang-nhap');
  const { code } = await params;
  const template = (await listReports(ctx.em, ctx.actor)).find((r) => r.code === code);
  if (!template) redirect('/app/bao-cao');
  return <ReportView code={code} initial={paramsFrom(await searchParams, template.periodType)} />;
}
