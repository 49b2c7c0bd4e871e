// What the dashboard charts read, all from the report and completeness APIs: a metric's total
// over several years (one report per year), the rows of the selected period (by commune) and
// the completeness of the domain's form for the current period.
import { useEffect, useState } from 'react';
import { api, query } from '@/components/api/client-api';
import { apiParams, referenceDate, reportUrl } from './report-params';
import type { CompletenessJson, ModelColumn, ReportJson, ReportParams, TemplateItem } from './types';

/** The domain's chart template (poverty: the yearly summary of communes) and its metric column. */
export const PREFERRED: Record<string, { code: string; metric: string }> = {
  'giam-ngheo': { code: 'gn-bao-cao-nam-tong-hop', metric: 'hoNgheo' },
};

export function chartTemplate(templates: TemplateItem[], domain: string): TemplateItem | undefined {
  const own = templates.filter((t) => (t.domain ?? '') === domain);
  return own.find((t) => t.code === PREFERRED[domain]?.code) ?? own.find((t) => t.rows.by === 'unit-level') ?? own[0];
}

export function metricOf(columns: ModelColumn[], domain: string): ModelColumn | undefined {
  return columns.find((c) => c.key === PREFERRED[domain]?.metric) ?? columns.find((c) => c.format === 'integer') ?? columns[0];
}

export const totalOf = (r: ReportJson, key: string): number | null => {
  const total = r.rows.find((row) => row.kind === 'total');
  if (total) return total.values[key] ?? null;
  const rows = r.rows.filter((row) => row.kind === 'row').map((row) => row.values[key]).filter((v): v is number => typeof v === 'number');
  return rows.length ? rows.reduce((a, b) => a + b, 0) : null;
};

export interface DashboardData { years: { year: string; report: ReportJson | null }[]; current: ReportJson | null; completeness: CompletenessJson | null; error: string | null; busy: boolean }

export function useDashboardData(code: string | undefined, form: string | undefined, params: ReportParams, years: string[]): DashboardData {
  const [data, setData] = useState<DashboardData>({ years: [], current: null, completeness: null, error: null, busy: true });
  const yearKey = years.join(',');
  useEffect(() => {
    if (!code) return;
    let live = true;
    setData((d) => ({ ...d, busy: true }));
    const get = (p: ReportParams) => api<ReportJson>(reportUrl(code, p)).catch(() => null);
    const { period, unit, date } = apiParams(params);
    Promise.all([
      // Every year on the same tree (the selected one), so earlier years reach today's units through succession links.
      Promise.all(yearKey.split(',').filter(Boolean).map(async (year) => ({ year, report: await get({ ...params, period: year, date: params.date || referenceDate(params.period) || '' }) }))),
      get(params),
      form ? api<CompletenessJson>(`/api/v1/completeness${query({ form, period, unit, date })}`).catch(() => null) : Promise.resolve(null),
    ]).then(([ys, current, completeness]) => live && setData({ years: ys, current, completeness, error: null, busy: false }))
      .catch((err: unknown) => live && setData((d) => ({ ...d, error: String(err), busy: false })));
    return () => { live = false; };
  }, [code, form, params, yearKey]);
  return data;
}
