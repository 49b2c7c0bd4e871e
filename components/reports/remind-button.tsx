'use client';
// "Nhắc nhở": asks the remind route to notify the data-entry accounts of the units still missing
// for this form and period, after a confirmation, and says how many people were notified.
import { useState } from 'react';
import { App, Button, Popconfirm } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { api, problemText } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import { apiParams } from './report-params';
import type { ReportParams } from './types';

interface RemindResult { units: number; accounts: number; notified: number }

export function RemindButton({ form, params, missing, onDone }: { form: string; params: ReportParams; missing: number; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const remind = async () => {
    setBusy(true);
    try {
      const { period, unit, date } = apiParams(params);
      const r = await api<RemindResult>('/api/v1/completeness/remind', { method: 'POST', body: { form, period, unit, date } });
      message.success(t('reports.remind.done', { units: r.units, accounts: r.accounts, notified: r.notified }));
      onDone();
    } catch (err) {
      message.error(problemText(err, t('common.error')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Popconfirm title={t('reports.remind.confirm', { count: missing })} onConfirm={remind} okText={t('reports.remind.ok')} cancelText={t('common.cancel')} disabled={missing === 0}>
        <Button icon={<BellOutlined />} loading={busy} disabled={missing === 0}>{t('reports.remind.button')}</Button>
      </Popconfirm>
    </div>
  );
}
