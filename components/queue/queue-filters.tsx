'use client';
// Filters of the approver's queue, all applied on the server: form, period key, unit code
// (with its subtree), normalised status and "changed since approval".
import { Checkbox, Input, Select, Space } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import type { MessageKey } from '@/lib/i18n';

export interface QueueFilters {
  form: string;
  period: string;
  unit: string;
  status: string;
  changedSinceApproval: boolean;
}

export const STATUSES = ['submitted', 'in-review', 'returned', 'approved', 'draft'];

export function QueueFiltersBar({ value, onChange, forms }: { value: QueueFilters; onChange: (f: QueueFilters) => void; forms: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const set = (patch: Partial<QueueFilters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select aria-label={t('approve.form')} style={{ width: 260 }} value={value.form} onChange={(form: string) => set({ form })}
        options={[{ value: '', label: t('approve.allForms') }, ...forms]} />
      <Input.Search aria-label={t('approve.period')} placeholder={t('approve.periodHint')} allowClear style={{ width: 170 }} defaultValue={value.period} onSearch={(period) => set({ period: period.trim() })} />
      <Input.Search aria-label={t('approve.unitCode')} placeholder={t('approve.unitCode')} allowClear style={{ width: 170 }} defaultValue={value.unit} onSearch={(unit) => set({ unit: unit.trim() })} />
      <Select aria-label={t('approve.state')} style={{ width: 200 }} value={value.status} onChange={(status: string) => set({ status })}
        options={[{ value: '', label: t('approve.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`approve.status.${s}` as MessageKey) }))]} />
      <Checkbox checked={value.changedSinceApproval} onChange={(e) => set({ changedSinceApproval: e.target.checked })}>{t('approve.changedOnly')}</Checkbox>
    </Space>
  );
}
