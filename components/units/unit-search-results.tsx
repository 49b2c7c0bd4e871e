'use client';
// Search results for the unit tree's search box: a flat, keyboard-usable list of matching units
// valid on the chosen date (the server folds accents, so "Bac Kan" finds "Bắc Kạn").
import { useEffect, useState } from 'react';
import { App, Button, Spin } from 'antd';
import type { MessageKey } from '@/lib/i18n';
import { api, problemText, query } from '@/components/api/client-api';
import type { UnitList } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';
import { unitLabel } from './unit-tree';

export function UnitSearchResults({ date, q, selectedId, onSelect }: { date: string; q: string; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [list, setList] = useState<UnitList | null>(null);

  useEffect(() => {
    let live = true;
    setList(null);
    api<UnitList>(`/api/v1/units${query({ date, q, pageSize: 50 })}`)
      .then((l) => live && setList(l))
      .catch((err) => {
        if (!live) return;
        setList({ date, total: 0, items: [] });
        void message.error(problemText(err, t('common.error')));
      });
    return () => {
      live = false;
    };
  }, [date, q, message, t]);

  if (!list) return <Spin aria-label={t('common.loading')} />;
  return (
    <div>
      <h3 style={{ fontSize: 14, margin: '0 0 8px' }}>{t('units.results', { total: list.total })}</h3>
      {list.items.length === 0 && <p>{t('units.empty')}</p>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {list.items.map((u) => (
          <li key={u.id}>
            <Button type={u.id === selectedId ? 'primary' : 'text'} block style={{ textAlign: 'left', justifyContent: 'flex-start' }} onClick={() => onSelect(u.id)}>
              {unitLabel(u)} · {t(`level.${u.level}` as MessageKey)}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
