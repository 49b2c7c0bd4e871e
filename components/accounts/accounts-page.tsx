'use client';
// Account administration: a TanStack Table v9 grid whose paging, filters and sort all run on
// the server (GET /api/v1/accounts), plus create, reset password, close, unlock and roles.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { App } from 'antd';
import { useTable, type PaginationState, type SortingState } from '@tanstack/react-table';
import { api, problemText, query } from '@/components/api/client-api';
import type { AccountPage, AccountRow } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';
import { DataTable } from '@/components/data-table/data-table';
import { GridPager } from '@/components/data-table/grid-pager';
import { serverGridFeatures } from '@/components/data-table/server-grid';
import { accountColumns } from './account-columns';
import type { AccountAction } from './account-actions';
import { AccountsFilters, type AccountFilters } from './accounts-filters';
import { CreateAccountModal } from './create-account-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { RolesModal } from './roles-modal';

const NO_ROWS: AccountRow[] = [];

export function AccountsPage() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [filters, setFilters] = useState<AccountFilters>({ q: '', status: '', role: '' });
  const [sorting, setSorting] = useState<SortingState>([{ id: 'username', desc: false }]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 20 });
  const [page, setPage] = useState<AccountPage | null>(null);
  const [busy, setBusy] = useState(true);
  const [tick, setTick] = useState(0);
  const [creating, setCreating] = useState(false);
  const [resetFor, setResetFor] = useState<AccountRow | null>(null);
  const [rolesFor, setRolesFor] = useState<string | null>(null);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    setBusy(true);
    const sort = sorting[0];
    const qs = query({ ...filters, sort: sort?.id, order: sort ? (sort.desc ? 'desc' : 'asc') : undefined, page: pagination.pageIndex + 1, pageSize: pagination.pageSize });
    api<AccountPage>(`/api/v1/accounts${qs}`)
      .then((p) => live && setPage(p))
      .catch((err) => live && void message.error(problemText(err, t('common.error'))))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [filters, sorting, pagination, tick, message, t]);

  const onAction = useCallback(
    (action: AccountAction, row: AccountRow) => {
      const post = (path: string, done: string) =>
        api(`/api/v1/accounts/${row.id}/${path}`, { method: 'POST' })
          .then(() => {
            void message.success(done);
            reload();
          })
          .catch((err) => void message.error(problemText(err, t('common.error'))));
      if (action === 'reset') setResetFor(row);
      else if (action === 'roles') setRolesFor(row.id);
      else if (action === 'unlock') void post('unlock', t('accounts.unlocked'));
      else
        void modal.confirm({
          title: t('accounts.close'),
          content: t('accounts.closeConfirm', { username: row.username }),
          okText: t('accounts.close'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: () => post('close', t('accounts.closed')),
        });
    },
    [message, modal, reload, t],
  );

  const columns = useMemo(() => accountColumns(t, onAction), [t, onAction]);
  const table = useTable({
    features: serverGridFeatures,
    columns,
    data: page?.items ?? NO_ROWS,
    rowCount: page?.total ?? 0,
    state: { sorting, pagination },
    onSortingChange: (u) => {
      setSorting(u);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onPaginationChange: setPagination,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    getRowId: (r) => r.id,
  });

  const changeFilters = (f: AccountFilters) => {
    setFilters(f);
    setPagination((p) => ({ ...p, pageIndex: 0 }));
  };

  return (
    <div>
      <h1 style={{ margin: '0 0 16px', fontSize: 24 }}>{t('accounts.title')}</h1>
      <AccountsFilters value={filters} onChange={changeFilters} onCreate={() => setCreating(true)} />
      <DataTable table={table} caption={t('accounts.title')} empty={busy ? t('common.loading') : t('accounts.empty')} busy={busy} sortLabel={(c) => t('accounts.sortBy', { column: c })} />
      <GridPager table={table} total={page?.total ?? 0} totalKey="accounts.total" />
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} onCreated={() => { setCreating(false); reload(); }} />
      <ResetPasswordModal account={resetFor} onClose={() => setResetFor(null)} />
      <RolesModal account={page?.items.find((a) => a.id === rolesFor) ?? null} onClose={() => setRolesFor(null)} onChanged={reload} />
    </div>
  );
}
