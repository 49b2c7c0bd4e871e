'use client';
// The officer in charge of a unit and the handover (ACC-6): the current officer, the
// "Bàn giao cán bộ" form that records a successor, and the history, newest first.
import { useCallback, useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Modal, Timeline } from 'antd';
import { formatDateTime } from '@/lib/i18n/format';
import { api, problemText } from '@/components/api/client-api';
import type { OfficerDto } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';
import { HandoverForm, type HandoverValues } from './handover-form';

export function OfficerPanel({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [officers, setOfficers] = useState<OfficerDto[] | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    api<OfficerDto[] | { items: OfficerDto[] }>(`/api/v1/units/${encodeURIComponent(unitId)}/officers`)
      .then((r) => setOfficers(Array.isArray(r) ? r : r.items))
      .catch((err) => {
        setOfficers([]);
        void message.error(problemText(err, t('common.error')));
      });
  }, [unitId, message, t]);
  useEffect(load, [load]);

  const handover = async (v: HandoverValues) => {
    setBusy(true);
    try {
      await api(`/api/v1/units/${encodeURIComponent(unitId)}/officers`, { method: 'POST', body: v });
      void message.success(t('units.handoverDone'));
      setOpen(false);
      load();
    } catch (err) {
      void message.error(problemText(err, t('common.error')));
    } finally {
      setBusy(false);
    }
  };

  const current = officers?.find((o) => !o.toAt) ?? null;
  const history = officers?.filter((o) => o !== current) ?? [];
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('units.officer')}</h2>}
      extra={<Button type="primary" onClick={() => setOpen(true)}>{t('units.handover')}</Button>}
      loading={officers === null}
    >
      {current ? (
        <Descriptions column={1} size="small" items={[
          { key: 'name', label: t('officer.fullName'), children: current.fullName },
          { key: 'title', label: t('officer.title'), children: current.title },
          { key: 'dept', label: t('officer.department'), children: current.department },
          { key: 'phone', label: t('officer.phone'), children: current.phone },
          { key: 'email', label: t('officer.email'), children: current.email },
          { key: 'since', label: t('units.inChargeSince'), children: formatDateTime(current.fromAt) },
        ].filter((item) => item.children)} />
      ) : (
        <Empty description={t('units.noOfficer')} />
      )}
      {history.length > 0 && (
        <>
          <h3 style={{ fontSize: 14, margin: '16px 0 8px' }}>{t('units.history')}</h3>
          <Timeline items={history.map((o) => ({
            key: o.id,
            content: `${o.fullName}${o.title ? `, ${o.title}` : ''} · ${t('units.period', { from: formatDateTime(o.fromAt), to: formatDateTime(o.toAt) })}${o.note ? ` · ${o.note}` : ''}`,
          }))} />
        </>
      )}
      <Modal open={open} title={t('units.handover')} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <HandoverForm busy={busy} onSubmit={handover} onCancel={() => setOpen(false)} />
      </Modal>
    </Card>
  );
}
