'use client';
// Page controls for a server-paged TanStack table: total, previous/next, page size. The total
// reads "N records" unless the page names its rows (`totalKey`, a whole sentence so that each
// language keeps its own word order: the accounts page passes 'accounts.total').
import { Button, Select } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { ReactTable, RowData } from '@tanstack/react-table';
import { useI18n } from '@/components/providers/i18n-context';
import type { MessageKey } from '@/lib/i18n';
import type { ServerGridFeatures } from './server-grid';

const SIZES = [10, 20, 50, 100];

interface GridPagerProps<TData extends RowData> {
  table: ReactTable<ServerGridFeatures, TData>;
  total: number;
  /** The total's sentence, with a `{total}` slot; default 'grid.total' ("Tổng số: N bản ghi"). */
  totalKey?: MessageKey;
}

export function GridPager<TData extends RowData>({ table, total, totalKey = 'grid.total' }: GridPagerProps<TData>) {
  const { t } = useI18n();
  const { pageIndex, pageSize } = table.state.pagination;
  const pages = Math.max(1, table.getPageCount());
  return (
    <nav aria-label={t('accounts.page', { page: pageIndex + 1, pages })} style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'flex-end', marginTop: 12 }}>
      <span>{t(totalKey, { total })}</span>
      <Button icon={<LeftOutlined />} aria-label={t('accounts.prev')} disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()} />
      <span aria-live="polite" data-testid="grid-page">{t('accounts.page', { page: pageIndex + 1, pages })}</span>
      <Button icon={<RightOutlined />} aria-label={t('accounts.next')} disabled={!table.getCanNextPage()} onClick={() => table.nextPage()} />
      <label htmlFor="grid-page-size" className="sr-only">{t('accounts.pageSize')}</label>
      <Select id="grid-page-size" value={pageSize} onChange={(n: number) => table.setPageSize(n)} options={SIZES.map((n) => ({ value: n, label: `${n} / ${t('accounts.pageSize').toLowerCase()}` }))} style={{ width: 190 }} />
    </nav>
  );
}
