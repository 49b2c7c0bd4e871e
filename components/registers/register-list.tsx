'use client';
// A register's list: unit picker, accent-insensitive search, state and choice-field filters,
// a server-sorted, server-paged grid (the URL holds the query, the server page renders it),
// Excel template / import / export, a drawer to read or edit one record quickly, and links to
// the full entry form (a new record of the chosen unit, or an existing one).
import { useMemo, useState, useTransition } from 'react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { Button, Input, Select, Space } from 'antd';
import { DownloadOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { createColumnHelper, useTable, type PaginationState, type SortingState, type Updater } from '@tanstack/react-table';
import { query as qs } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import { DataTable } from '@/components/data-table/data-table';
import { GridPager } from '@/components/data-table/grid-pager';
import { serverGridFeatures, type ServerGridFeatures } from '@/components/data-table/server-grid';
import { newRecordHref, recordHref } from '@/components/forms/save-target';
import type { RegisterPage } from '@/server/services/registers/list-register';
import type { RegisterUnit } from '@/server/services/registers/register-forms';
import { registerColumns, type RegisterRow } from './register-columns';
import { ImportModal } from './import-modal';
import { RecordDrawer } from './record-drawer';

export interface RegisterQuery {
  unitCode: string; q?: string; state?: string; fields: Record<string, string>; sort?: string; order: 'asc' | 'desc'; page: number; pageSize: number;
}

const helper = createColumnHelper<ServerGridFeatures, RegisterRow>();
const apply = <T,>(u: Updater<T>, old: T): T => (typeof u === 'function' ? (u as (o: T) => T)(old) : u);

export function RegisterList({ page, units, query }: { page: RegisterPage; units: RegisterUnit[]; query: RegisterQuery }) {
  const { t, lang } = useI18n();
  const router = useRouter();
  const path = usePathname();
  const [busy, startTransition] = useTransition();
  const [search, setSearch] = useState(query.q ?? '');
  const [importing, setImporting] = useState(false);
  const [open, setOpen] = useState<RegisterRow | null>(null);

  const params = (next: Partial<RegisterQuery>) => {
    const m = { ...query, ...next };
    return { unit: m.unitCode, q: m.q, state: m.state, sort: m.sort, order: m.sort ? m.order : undefined, ...Object.fromEntries(Object.entries(m.fields).map(([k, v]) => [`f.${k}`, v])) };
  };
  const go = (next: Partial<RegisterQuery>) => startTransition(() => router.push(`${path}${qs({ ...params({ page: 1, ...next }), page: next.page ?? 1, pageSize: next.pageSize ?? query.pageSize })}`));
  const refresh = () => startTransition(() => router.refresh());

  const sorting: SortingState = query.sort ? [{ id: query.sort, desc: query.order === 'desc' }] : [];
  const pagination: PaginationState = { pageIndex: page.page - 1, pageSize: page.pageSize };
  const columns = useMemo(() => {
    const open = helper.display({
      id: 'open', header: t('registers.record'),
      cell: (c) => <Link href={recordHref(page.form.code, c.row.original.id)}>{t('registers.openRecord')}</Link>,
    });
    return [...registerColumns(page, t, lang, setOpen), open];
  }, [page, t, lang]);
  const table = useTable({
    features: serverGridFeatures, columns, data: page.items, rowCount: page.total, state: { sorting, pagination },
    onSortingChange: (u) => { const s = apply(u, sorting)[0]; go({ sort: s?.id, order: s?.desc ? 'desc' : 'asc' }); },
    onPaginationChange: (u) => { const p = apply(u, pagination); go({ page: p.pageIndex + 1, pageSize: p.pageSize }); },
    manualSorting: true, manualPagination: true, enableSortingRemoval: false, getRowId: (r) => r.id,
  });

  const choiceFilters = page.columns.filter((c) => c.options).slice(0, 3);
  const base = `/api/v1/forms/${encodeURIComponent(page.form.code)}/records`;
  const title = lang === 'en' ? page.form.title.en ?? page.form.title.vi : page.form.title.vi;
  return (
    <div>
      <h1 style={{ margin: '0 0 16px', fontSize: 24 }}>{title}</h1>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label={t('registers.unit')} showSearch optionFilterProp="label" style={{ minWidth: 220 }} value={query.unitCode}
          options={units.map((u) => ({ value: u.code, label: u.name }))} onChange={(unitCode: string) => go({ unitCode })} />
        <Input.Search aria-label={t('registers.search')} placeholder={t('registers.search')} allowClear value={search} style={{ width: 260 }}
          onChange={(e) => setSearch(e.target.value)} onSearch={(q) => go({ q: q || undefined })} />
        <Select aria-label={t('registers.state')} allowClear placeholder={t('registers.allStates')} style={{ minWidth: 180 }} value={query.state}
          options={page.states.map((s) => ({ value: s.code, label: lang === 'en' ? s.label.en ?? s.label.vi : s.label.vi }))} onChange={(state?: string) => go({ state })} />
        {choiceFilters.map((c) => (
          <Select key={c.code} aria-label={c.title} allowClear placeholder={`${c.title}: ${t('registers.any')}`} style={{ minWidth: 160 }} value={query.fields[c.code]}
            options={(c.options ?? []).map((o) => ({ value: String(o.value), label: o.label }))}
            onChange={(v?: string) => { const fields = { ...query.fields }; if (v) fields[c.code] = v; else delete fields[c.code]; go({ fields }); }} />
        ))}
      </Space>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => router.push(newRecordHref(page.form.code, query.unitCode))}>{t('registers.add')}</Button>
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>{t('registers.import')}</Button>
        <Button icon={<FileExcelOutlined />} href={`${base}/import/template${qs({ unit: query.unitCode })}`}>{t('registers.template')}</Button>
        <Button icon={<DownloadOutlined />} href={`${base}/export${qs(params({}))}`}>{t('registers.export')}</Button>
      </Space>
      <DataTable table={table} caption={title} empty={busy ? t('common.loading') : t('registers.empty')} busy={busy} sortLabel={(c) => t('registers.sortBy', { column: c })} />
      <GridPager table={table} total={page.total} />
      <ImportModal open={importing} formCode={page.form.code} unitCode={query.unitCode} unitName={page.unit.name} onClose={(changed) => { setImporting(false); if (changed) refresh(); }} />
      <RecordDrawer record={open} columns={page.columns} onClose={(changed) => { setOpen(null); if (changed) refresh(); }} />
    </div>
  );
}
