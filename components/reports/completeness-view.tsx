'use client';
// Completeness and timeliness of a report form for a period (RPT-7): summary figures, rates per
// child unit and per level (bars never above 100%), the units still missing and a "Nhắc nhở"
// action that notifies their data-entry accounts.
import { useEffect, useState } from 'react';
import { Alert, Select, Spin } from 'antd';
import { api, problemText, query } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDate } from '@/lib/i18n/format';
import { ByLevelTable, ByUnitTable, MissingTable } from './completeness-tables';
import { formatNumber } from './number-format';
import { RemindButton } from './remind-button';
import { ReportPickers } from './report-pickers';
import { apiParams, defaultPeriod } from './report-params';
import type { FormOption } from './readable-forms';
import { titleOf, type CompletenessJson, type ReportParams } from './types';
import styles from './reports.module.css';

export function CompletenessView({ forms }: { forms: FormOption[] }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState(forms[0]?.code ?? '');
  const [params, setParams] = useState<ReportParams>({ period: defaultPeriod(forms[0]?.periodType ?? null), unit: '', date: '', state: 'approved' });
  const [state, setState] = useState<{ data: CompletenessJson | null; error: string | null; busy: boolean }>({ data: null, error: null, busy: false });
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!form) return;
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    const { period, unit, date } = apiParams(params);
    api<CompletenessJson>(`/api/v1/completeness${query({ form, period, unit, date })}`)
      .then((data) => live && setState({ data, error: null, busy: false }))
      .catch((err) => live && setState({ data: null, error: problemText(err, t('common.error')), busy: false }));
    return () => { live = false; };
  }, [form, params, t, tick]);

  const pick = (code: string) => {
    setForm(code);
    setParams({ ...params, period: defaultPeriod(forms.find((f) => f.code === code)?.periodType ?? null) });
  };
  const data = state.data;
  const groups = new Map((data?.byUnit ?? []).flatMap((g) => (g.unit ? [[g.unit.id, g.unit.name] as const] : [])));
  const stats: [string, number][] = data ? [
    [t('reports.c.expected'), data.summary.expected], [t('reports.c.received'), data.summary.received], [t('reports.c.approved'), data.summary.approved],
    [t('reports.c.onTime'), data.summary.onTime], [t('reports.c.late'), data.summary.late], [t('reports.c.missing'), data.summary.missing],
  ] : [];

  return (
    <div className={styles.page}>
      <h1 className={styles.h1}>{t('reports.completeness.title')}</h1>
      <label className={styles.picker}>
        <span>{t('reports.c.form')}</span>
        <Select value={form || undefined} onChange={pick} aria-label={t('reports.c.form')} options={forms.map((f) => ({ value: f.code, label: titleOf(f.title, lang) }))} />
      </label>
      <ReportPickers value={params} onChange={setParams} showState={false} />
      {state.error ? <Alert type="error" showIcon title={state.error} /> : null}
      {data ? (
        <Spin spinning={state.busy}>
          <div className={styles.page}>
            <p className={styles.treeLine}>
              {t('reports.c.line', { unit: data.unit.name, period: data.period.key ?? '', due: formatDate(data.period.dueDate) || '–', date: formatDate(data.date) })}
              {data.summary.notCounted > 0 ? ` ${t('reports.c.notCounted', { count: data.summary.notCounted })}` : ''}
            </p>
            <div className={styles.summary}>
              {stats.map(([label, n]) => <div key={label} className={styles.stat}>{label}<strong>{formatNumber(n)}</strong></div>)}
            </div>
            <ByUnitTable data={data} />
            <ByLevelTable data={data} />
            <RemindButton form={form} params={params} missing={data.missing.length} onDone={() => setTick(tick + 1)} />
            <MissingTable units={data.missing} groups={groups} />
          </div>
        </Spin>
      ) : state.busy ? <Spin /> : null}
    </div>
  );
}
