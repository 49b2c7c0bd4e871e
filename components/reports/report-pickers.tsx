'use client';
// The shared parameter bar of the reports screens: period key, unit (within the caller's scope),
// tree date (dd/MM/yyyy, with the before/after 1 July 2025 presets; empty = the period's
// reference date) and, for reports, the data state (approved or submitted).
import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '@/components/providers/i18n-context';
import { formatDate } from '@/lib/i18n/format';
import { referenceDate, TREE_PRESETS } from './report-params';
import { ScopeUnitSelect } from './scope-unit-select';
import type { ReportParams } from './types';
import styles from './reports.module.css';

interface Props {
  value: ReportParams;
  onChange: (next: ReportParams) => void;
  showState?: boolean;
  /** The unit the figures on screen are for, to name it when it is not among the search results. */
  currentUnit?: { id: string; name: string } | null;
}

export function ReportPickers({ value, onChange, showState = true, currentUnit = null }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<ReportParams>) => onChange({ ...value, ...patch });
  const refDate = referenceDate(value.period);
  return (
    <div className={styles.pickers} role="group" aria-label={t('reports.params')}>
      <label className={styles.picker}>
        <span>{t('reports.period')}</span>
        <Input value={value.period} onChange={(e) => set({ period: e.target.value.trim() })} placeholder="2025, 2025Q3, 2025M03, 2021-2025" aria-label={t('reports.period')} />
      </label>
      <label className={styles.picker}>
        <span>{t('reports.unit')}</span>
        <ScopeUnitSelect value={value.unit} current={currentUnit} onChange={(unit) => set({ unit })} label={t('reports.unit')} />
      </label>
      <label className={styles.picker}>
        <span>{t('reports.treeDate')}</span>
        <DatePicker
          format="DD/MM/YYYY"
          value={value.date ? dayjs(value.date) : null}
          onChange={(d) => set({ date: d ? d.format('YYYY-MM-DD') : '' })}
          placeholder={refDate ? t('reports.treeDefault', { date: formatDate(refDate) }) : 'dd/mm/yyyy'}
          presets={TREE_PRESETS.map((p) => ({ label: t(p.key), value: dayjs(p.date) }))}
          aria-label={t('reports.treeDate')}
          style={{ width: '100%' }}
        />
      </label>
      {showState ? (
        <label className={styles.picker}>
          <span>{t('reports.state')}</span>
          <Select
            value={value.state}
            onChange={(state) => set({ state })}
            aria-label={t('reports.state')}
            options={[{ value: 'approved', label: t('reports.state.approved') }, { value: 'submitted', label: t('reports.state.submitted') }]}
          />
        </label>
      ) : null}
    </div>
  );
}
