'use client';
// The approver's queue: the shared TanStack v9 grid with paging, filters and sorting done on
// the server (GET /api/v1/queue), row selection and bulk events with per-row results.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { App, Typography } from 'antd';
import { useTable, type PaginationState, type SortingState } from '@tanstack/react-table';
import { api, problemText, query } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import { DataTable } from '@/components/data-table/data-table';
import { GridPager } from '@/components/data-table/grid-pager';
import { serverGridFeatures } from '@/components/data-table/server-grid';
import { textOf, type BulkResult, type QueueItem, type QueuePage as Page, type Text } from '@/components/submission/types';
import { BulkBar, bulkChoices, type BulkChoice } from './bulk-bar';
import { BulkResults } from './bulk-results';
import { queueColumns } from './queue-columns';
import { QueueFiltersBar, type QueueFilters } from './queue-filters';

const NO_ROWS: QueueItem[] = [];

export function QueuePage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<QueueFilters>({ form: '', period: '', unit: '', status: '', changedSinceApproval: false });
  const [sorting, setSorting] = useState<SortingState>([{ id: 'submittedAt', desc: true }]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 20 });
  const [page, setPage] = useState<Page | null>(null);
  const [busy, setBusy] = useState(true);
  const [tick, setTick] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [forms, setForms] = useState<{ code: string; title: Text }[]>([]);
  const [results, setResults] = useState<{ list: BulkResult[]; rows: QueueItem[] } | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    api<{ items: { code: string; title: Text }[] }>('/api/v1/forms').then((r) => setForms(r.items)).catch(() => undefined);
  }, []);
  useEffect(() => {
    let live = true;
    setBusy(true);
    const sort = sorting[0];
    const qs = query({
      form: filters.form, period: filters.period, unit: filters.unit, status: filters.status,
      includeDrafts: filters.status === 'draft' ? 'true' : undefined, changedSinceApproval: filters.changedSinceApproval ? 'true' : undefined,
      sort: sort?.id, order: sort ? (sort.desc ? 'desc' : 'asc') : undefined, page: pagination.pageIndex + 1, pageSize: pagination.pageSize,
    });
    api<Page>(`/api/v1/queue${qs}`)
      .then((p) => live && setPage(p))
      .catch((err) => live && void message.error(problemText(err, t('common.error'))))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [filters, sorting, pagination, tick, message, t]);

  const rows = page?.items ?? NO_ROWS;
  const toggle = useCallback((id: string, on: boolean) => setSelected((s) => {
    const n = new Set(s);
    if (on) n.add(id);
    else n.delete(id);
    return n;
  }), []);
  const toggleAll = useCallback((on: boolean) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set()), [rows]);
  const columns = useMemo(() => queueColumns({ t, lang, selected, toggle, toggleAll, pageIds: rows.map((r) => r.id) }), [t, lang, selected, toggle, toggleAll, rows]);
  const table = useTable({
    features: serverGridFeatures, columns, data: rows, rowCount: page?.total ?? 0, state: { sorting, pagination },
    onSortingChange: (u) => {
      setSorting(u);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onPaginationChange: setPagination, manualSorting: true, manualPagination: true, enableSortingRemoval: false, getRowId: (r) => r.id,
  });

  const selectedRows = rows.filter((r) => selected.has(r.id));
  const run = async (c: BulkChoice) => {
    setRunning(true);
    try {
      const body = { ids: c.rows.map((r) => r.id), type: c.event.type, expectedVersions: Object.fromEntries(c.rows.map((r) => [r.id, r.version])) };
      const res = await api<{ results: BulkResult[] }>('/api/v1/queue/bulk', { method: 'POST', body });
      setResults({ list: res.results, rows: c.rows });
      setSelected(new Set());
      setTick((n) => n + 1);
    } catch (err) {
      void message.error(problemText(err, t('common.error')));
    } finally {
      setRunning(false);
    }
  };

  return (
    <div>
      <Typography.Title level={1} style={{ margin: '0 0 16px', fontSize: 24 }}>{t('approve.title')}</Typography.Title>
      <QueueFiltersBar value={filters} forms={forms.map((f) => ({ value: f.code, label: textOf(f.title, lang) }))} onChange={(f) => {
        setFilters(f);
        setSelected(new Set());
        setPagination((p) => ({ ...p, pageIndex: 0 }));
      }} />
      <BulkBar selected={selectedRows.length} choices={bulkChoices(selectedRows)} busy={running} onRun={(c) => void run(c)} onClear={() => setSelected(new Set())} />
      <DataTable table={table} caption={t('approve.title')} empty={busy ? t('common.loading') : t('approve.empty')} busy={busy} sortLabel={(c) => t('approve.sortBy', { column: c })} />
      <GridPager table={table} total={page?.total ?? 0} />
      <BulkResults results={results?.list ?? null} rows={results?.rows ?? []} onClose={() => setResults(null)} />
    </div>
  );
}
