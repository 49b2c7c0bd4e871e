'use client';
// Renders a TanStack Table as plain, accessible table markup in antd's look: a caption,
// column headers whose sort is a real button with aria-sort, and an empty-state row.
import type { ReactNode } from 'react';
import type { ReactTable, RowData } from '@tanstack/react-table';
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import type { ServerGridFeatures } from './server-grid';
import styles from './data-table.module.css';

interface Props<TData extends RowData> {
  table: ReactTable<ServerGridFeatures, TData>;
  caption: string;
  empty: ReactNode;
  busy?: boolean;
  sortLabel: (column: string) => string;
}

export function DataTable<TData extends RowData>({ table, caption, empty, busy, sortLabel }: Props<TData>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-busy={busy || undefined}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const title = header.isPlaceholder ? null : <table.FlexRender header={header} />;
                const label = typeof header.column.columnDef.header === 'string' ? header.column.columnDef.header : header.id;
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}>
                    {header.column.getCanSort() ? (
                      <button type="button" className={styles.sort} onClick={header.column.getToggleSortingHandler()} title={sortLabel(label)}>
                        {title}
                        <span className={styles.carets} aria-hidden>
                          <CaretUpOutlined className={sorted === 'asc' ? styles.on : undefined} />
                          <CaretDownOutlined className={sorted === 'desc' ? styles.on : undefined} />
                        </span>
                      </button>
                    ) : (
                      title
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount} className={styles.empty}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
