'use client';
// One unit on the chosen date: code, name, level, validity, where it sits, what it came from
// and what replaced it (the 1 July 2025 reform), and its officer in charge.
import { useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Spin, Tag } from 'antd';
import type { MessageKey } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format';
import { api, problemText, query } from '@/components/api/client-api';
import type { SuccessionEntry, UnitDetail as UnitDetailDto } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';
import { OfficerPanel } from './officer-panel';
import { unitLabel } from './unit-tree';

/** Opens a linked unit on a day it exists: its last day for a predecessor, its first for a successor. */
export type SelectAt = (id: string, date: string) => void;

export function UnitDetail({ id, date, onSelectAt }: { id: string; date: string; onSelectAt: SelectAt }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [unit, setUnit] = useState<UnitDetailDto | null>(null);

  useEffect(() => {
    let live = true;
    setUnit(null);
    api<UnitDetailDto>(`/api/v1/units/${encodeURIComponent(id)}${query({ date })}`)
      .then((u) => live && setUnit(u))
      .catch((err) => live && void message.error(problemText(err, t('common.error'))));
    return () => {
      live = false;
    };
  }, [id, date, message, t]);

  if (!unit) return <Spin aria-label={t('common.loading')} />;
  const links = (list: SuccessionEntry[], pick: (e: SuccessionEntry) => string) =>
    list.length === 0 ? t('common.none') : (
      <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
        {list.map((u) => (
          <Button key={u.id} size="small" onClick={() => onSelectAt(u.id, pick(u))}>
            {unitLabel(u)} · {formatDate(u.effectiveDate)}
          </Button>
        ))}
      </span>
    );
  const validity = unit.validTo
    ? t('units.validFromTo', { from: formatDate(unit.validFrom), to: formatDate(unit.validTo) })
    : t('units.validFrom', { from: formatDate(unit.validFrom) || '…' });
  const items = [
    { key: 'code', label: t('units.code'), children: unit.code },
    { key: 'name', label: t('units.name'), children: unit.name },
    { key: 'level', label: t('units.level'), children: <Tag>{t(`level.${unit.level}` as MessageKey)}</Tag> },
    { key: 'validity', label: t('units.validity'), children: validity },
    { key: 'ancestors', label: t('units.ancestors'), children: unit.ancestors.length ? unit.ancestors.map((a) => a.name).join(' › ') : t('common.none') },
    { key: 'predecessors', label: t('units.predecessors'), children: links(unit.predecessors, (e) => e.validTo ?? e.validFrom) },
    { key: 'successors', label: t('units.successors'), children: links(unit.successors, (e) => e.validFrom) },
  ];
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{unitLabel(unit)}</h2>}>
        <Descriptions column={1} size="small" items={items} />
      </Card>
      <OfficerPanel unitId={unit.id} />
    </div>
  );
}
