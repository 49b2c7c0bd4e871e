'use client';
// One live report: parameter bar, breadcrumb of drill-downs, the table, the tree it was drawn
// on, downloads (.xlsx, PDF: the same API with format=) and notes and signatures. Drilling
// into a row reloads the report for that unit one level down; the breadcrumb goes back.
import { useEffect, useState } from 'react';
import { Alert, Breadcrumb, Button, Space, Spin } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { api, problemText } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import { ReportPickers } from './report-pickers';
import { reportPage, reportUrl } from './report-params';
import { ReportTable } from './report-table';
import { ReportFooter, TreeLine } from './report-footer';
import { titleOf, type ModelRow, type ReportJson, type ReportParams } from './types';
import styles from './reports.module.css';

interface Crumb { unit: string; level?: string; name: string }

export function ReportView({ code, initial }: { code: string; initial: ReportParams }) {
  const { t, lang } = useI18n();
  const [params, setParams] = useState(initial);
  const [trail, setTrail] = useState<Crumb[]>([]);
  const [state, setState] = useState<{ report: ReportJson | null; error: string | null; busy: boolean }>({ report: null, error: null, busy: true });

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    api<ReportJson>(reportUrl(code, params))
      .then((report) => live && setState({ report, error: null, busy: false }))
      .catch((err) => live && setState({ report: null, error: problemText(err, t('common.error')), busy: false }));
    window.history.replaceState(null, '', reportPage(code, params));
    return () => { live = false; };
  }, [code, params, t]);

  const report = state.report;
  const rowLevel = report?.rows.find((r) => r.kind === 'row')?.level ?? undefined;
  const drillOf = (row: ModelRow) => row.drillDown ?? (row.kind === 'subtotal' && row.unitId && row.unitId !== report?.unit.id && rowLevel ? { unit: row.unitId, level: rowLevel } : null);
  const drill = (row: ModelRow) => {
    const to = drillOf(row);
    if (!to || !report) return;
    setTrail([...trail, { unit: params.unit, level: params.level, name: report.unit.name }]);
    setParams({ ...params, unit: to.unit, level: to.level });
  };
  const back = (i: number) => {
    setParams({ ...params, unit: trail[i].unit, level: trail[i].level });
    setTrail(trail.slice(0, i));
  };
  const change = (next: ReportParams) => { setTrail([]); setParams({ ...next, level: trail[0]?.level ?? next.level }); };
  const title = report ? titleOf(report.title, lang) : code;

  return (
    <div className={styles.page}>
      <Breadcrumb items={[{ title: <a href="/app/bao-cao">{t('reports.title')}</a> }, { title }]} />
      <h1 className={styles.h1}>{title}</h1>
      <ReportPickers
        value={trail.length > 0 ? { ...params, unit: trail[0].unit, level: trail[0].level } : params} onChange={change}
        currentUnit={trail.length === 0 && report ? report.unit : null}
      />
      {trail.length > 0 && report ? (
        <nav aria-label={t('reports.drillTrail')} className={styles.trail}>
          <Breadcrumb items={[...trail.map((c, i) => ({ title: <button type="button" className={styles.linkButton} onClick={() => back(i)}>{c.name}</button> })), { title: report.unit.name }]} />
        </nav>
      ) : null}
      {state.error ? <Alert type="error" showIcon title={state.error} /> : null}
      {report ? (
        <Spin spinning={state.busy}>
          <Space wrap className={styles.toolbar}>
            <Button icon={<DownloadOutlined />} href={reportUrl(code, params, 'xlsx')} download>{t('reports.download.xlsx')}</Button>
            <Button icon={<DownloadOutlined />} href={reportUrl(code, params, 'pdf')} download>{t('reports.download.pdf')}</Button>
          </Space>
          <TreeLine report={report} />
          <ReportTable
            report={report} drillOf={drillOf} onDrill={drill}
            caption={t('reports.caption', { title, unit: report.unit.name, period: report.period.key ?? '', state: t(`reports.state.${report.state}`).toLowerCase() })}
          />
          <ReportFooter report={report} />
        </Spin>
      ) : state.busy ? <Spin /> : null}
    </div>
  );
}
