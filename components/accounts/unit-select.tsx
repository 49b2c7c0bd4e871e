'use client';
// Picks a unit by typing part of its name or code: asks the server (accent-insensitive) and
// starts with the roots of the caller's scope, so it works for thousands of units.
import { useEffect, useRef, useState } from 'react';
import { Select } from 'antd';
import { api, query } from '@/components/api/client-api';
import type { UnitList } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  'aria-label'?: string;
}

export function UnitSelect({ id, value, onChange, ...rest }: Props) {
  const { t } = useI18n();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);

  const search = (q: string) => {
    const mine = ++seq.current;
    setLoading(true);
    api<UnitList>(`/api/v1/units${query({ q: q.trim() || undefined, pageSize: 30 })}`)
      .then((list) => {
        if (mine === seq.current) setOptions(list.items.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` })));
      })
      .catch(() => mine === seq.current && setOptions([]))
      .finally(() => mine === seq.current && setLoading(false));
  };
  useEffect(() => search(''), []);

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: search }}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      placeholder={t('unitSelect.placeholder')}
      notFoundContent={loading ? t('common.loading') : t('units.empty')}
      style={{ width: '100%' }}
    />
  );
}
