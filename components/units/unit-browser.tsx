'use client';
// The administrative-unit browser: pick a date (the tree before and after the 1 July 2025
// reorganisation differs), browse or search, and read one unit's detail beside the tree.
import { useState } from 'react';
import { Card, Col, DatePicker, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatDate } from '@/lib/i18n/format';
import { useI18n } from '@/components/providers/i18n-context';
import { UnitTree } from './unit-tree';
import { UnitSearchResults } from './unit-search-results';
import { UnitDetail } from './unit-detail';

const ISO = 'YYYY-MM-DD';

export function UnitBrowser({ today }: { today: string }) {
  const { t } = useI18n();
  const [date, setDate] = useState(today);
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const presets = [
    { label: t('units.presetBefore'), value: dayjs('2025-06-30') },
    { label: t('units.presetAfter'), value: dayjs('2025-07-01') },
    { label: t('units.today'), value: dayjs(today) },
  ];
  const changeDate = (d: Dayjs | null) => {
    setDate(d ? d.format(ISO) : today);
    setSelected(null);
  };
  const selectAt = (id: string, at: string) => {
    setDate(at);
    setSelected(id);
  };
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <h1 style={{ margin: 0, fontSize: 24 }}>{t('units.title')}</h1>
      <Card size="small">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-end' }}>
          <div>
            <label htmlFor="unit-date" style={{ display: 'block', marginBottom: 4 }}>{t('units.date')}</label>
            <DatePicker id="unit-date" format="DD/MM/YYYY" value={dayjs(date)} onChange={changeDate} presets={presets} allowClear={false} />
          </div>
          <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
            <label htmlFor="unit-search" style={{ display: 'block', marginBottom: 4 }}>{t('units.searchLabel')}</label>
            <Input.Search id="unit-search" placeholder={t('units.searchPlaceholder')} allowClear enterButton={t('common.search')} onSearch={(v) => setQ(v.trim())} />
          </div>
        </div>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={<h2 style={{ margin: 0, fontSize: 15 }}>{t('units.tree', { date: formatDate(date) })}</h2>}>
            {q ? (
              <UnitSearchResults date={date} q={q} selectedId={selected} onSelect={setSelected} />
            ) : (
              <UnitTree key={date} date={date} selectedId={selected} onSelect={setSelected} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {selected ? <UnitDetail id={selected} date={date} onSelectAt={selectAt} /> : <Card size="small"><p style={{ margin: 0 }}>{t('units.selectHint')}</p></Card>}
        </Col>
      </Row>
    </div>
  );
}
