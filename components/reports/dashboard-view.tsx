'use client';
// Dashboard per domain: the trend of the domain's headline figure over five years (poverty:
// poor households from the yearly summary), the same figure by commune for the selected unit and
// period, and completeness gauges of the domain's form. Every number comes from the report APIs.
import { useMemo, useState } from 'react';
import { Alert, Select, Spin } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import type { MessageKey } from '@/lib/i18n';
import { RateGauge, RowsBarChart, TrendChart } from './dashboard-charts';
import { chartTemplate, metricOf, totalOf, useDashboardData } from './dashboard-data';
import type { FormOption } from './readable-forms';
import { ReportPickers } from './report-pickers';
import { defaultPeriod } from './report-params';
import { titleOf, type ReportParams, type TemplateItem } from './types';
import styles from './reports.module.css';

export function DashboardView({ templates, forms }: { templates: TemplateItem[]; forms: FormOption[] }) {
  const { t, lang } = useI18n();
  const domains = [...new Set(templates.map((x) => x.domain ?? ''))];
  const [domain, setDomain] = useState(domains.includes('giam-ngheo') ? 'giam-ngheo' : domains[0] ?? '');
  const template = chartTemplate(templates, domain);
  const form = forms.find((f) => f.code === template?.forms[0]) ?? forms.find((f) => f.domain === domain);
  const [params, setParams] = useState<ReportParams>({ period: defaultPeriod(template?.periodType ?? null), unit: '', date: '', state: 'approved' });
  const year = Number(/^\d{4}/.exec(params.period)?.[0] ?? new Date().getFullYear());
  const years = useMemo(() => [4, 3, 2, 1, 0].map((d) => String(year - d)), [year]);
  const data = useDashboardData(template?.code, form?.code, params, template?.periodType === 'Yearly' ? years : []);
  const metric = data.current ? metricOf(data.current.columns, domain) : undefined;
  const metricLabel = metric ? titleOf(metric.title, lang) : '';
  const trend = data.years.map((y) => ({ year: y.year, value: y.report && metric ? totalOf(y.report, metric.key) : null }));
  const bars = (data.current?.rows ?? []).filter((r) => r.kind === 'row' && metric && typeof r.values[metric.key] === 'number')
    .map((r) => ({ name: titleOf(r.label, lang), value: r.values[metric!.key] as number }));
  const c = data.completeness?.summary;
  const pickDomain = (d: string) => {
    setDomain(d);
    setParams({ ...params, period: defaultPeriod(chartTemplate(templates, d)?.periodType ?? null) });
  };

  return (
    <div className={styles.page}>
      <h1 className={styles.h1}>{t('reports.dashboard.title')}</h1>
      <label className={styles.picker}>
        <span>{t('reports.d.domain')}</span>
        <Select value={domain} onChange={pickDomain} aria-label={t('reports.d.domain')}
          options={domains.map((d) => ({ value: d, label: ['giam-ngheo', 'dan-toc', 'noi-vu'].includes(d) ? t(`reports.domain.${d}` as MessageKey) : d }))} />
      </label>
      <ReportPickers value={params} onChange={setParams} />
      {template ? <p className={styles.hint}>{t('reports.d.source', { title: titleOf(template.title, lang), code: template.code })}</p> : <p>{t('reports.none')}</p>}
      {data.error ? <Alert type="error" showIcon title={data.error} /> : null}
      {data.busy ? <Spin /> : null}
      <div className={styles.grid}>
        {trend.length > 0 ? (
          <section className={styles.panel} aria-label={t('reports.d.trend', { metric: metricLabel })}>
            <h2 className={styles.h3}>{t('reports.d.trend', { metric: metricLabel })}</h2>
            <TrendChart data={trend} label={metricLabel} />
          </section>
        ) : null}
        <section className={styles.panel} aria-label={t('reports.d.completeness')}>
          <h2 className={styles.h3}>{t('reports.d.completeness')}{form ? ` – ${titleOf(form.title, lang)} (${data.completeness?.period.key ?? params.period})` : ''}</h2>
          {c ? (
            <div className={styles.gauges}>
              <RateGauge rate={c.receivedRate} label={t('reports.c.receivedRate')} />
              <RateGauge rate={c.approvedRate} label={t('reports.c.approvedRate')} />
              <RateGauge rate={c.onTimeRate} label={t('reports.d.onTimeRate')} />
            </div>
          ) : <p>{t('reports.d.noCompleteness')}</p>}
        </section>
        <section className={styles.panel} aria-label={t('reports.d.byRow', { metric: metricLabel })} style={{ gridColumn: '1 / -1' }}>
          <h2 className={styles.h3}>{t('reports.d.byRow', { metric: metricLabel })}{data.current ? ` – ${data.current.unit.name}, ${data.current.period.key ?? ''}` : ''}</h2>
          {bars.length > 0 ? <RowsBarChart data={bars} label={metricLabel} /> : <p>{t('reports.d.noRows')}</p>}
        </section>
      </div>
    </div>
  );
}
