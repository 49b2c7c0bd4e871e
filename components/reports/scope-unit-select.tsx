'use client';
// Unit picker of the reports screens: searches the caller's units (GET /api/v1/units, today's
// tree) like the accounts picker, and keeps the unit a report is currently drawn for (possibly
// a unit of an earlier tree, reached by link or drill-down) as a named option.
import { useEffect, useRef, useState } from 'react';
import { Select } from 'antd';
import { api, query } from '@/components/api/client-api';
import type { UnitList } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';

interface Props { value: string; current?: { id: string; name: string } | null; onChange: (id: string) => void; label: string }

export function ScopeUnitSelect({ value, current, onChange, label }: Props) {
  const { t } = useI18n();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const search = (q: string) => {
    const mine = ++seq.current;
    setLoading(true);
    api<UnitList>(`/api/v1/units${query({ q: q.trim() || undefined, pageSize: 30 })}`)
      .then((list) => mine === seq.current && setOptions(list.items.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))))
      .catch(() => mine === seq.current && setOptions([]))
      .finally(() => mine === seq.current && setLoading(false));
  };
  useEffect(() => search(''), []);
  const known = current && value === current.id && !options.some((o) => o.value === value) ? [{ value: current.id, label: current.name }] : [];
  return (
    <Select
      aria-label={label}
      showSearch={{ filterOption: false, onSearch: search }}
      allowClear
      value={value || undefined}
      onChange={(v?: string) => onChange(v ?? '')}
      options={[...known, ...options]}
      loading={loading}
      placeholder={t('reports.unitDefault')}
      notFoundContent={loading ? t('common.loading') : t('units.empty')}
      style={{ width: '100%' }}
    />
  );
}
