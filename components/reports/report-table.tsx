'use client';
// The report as an accessible HTML table drawn by TanStack Table v9: merged multi-row header
// from the column groups, the A, B, (1), (2)… numbering row (with printed formulas), sticky header and first columns,
// emphasised subtotal and total rows, and drillable unit rows (a button on the unit name).
import { useMemo, useRef } from 'react';
import { useTable } from '@tanstack/react-table';
import { useI18n } from '@/components/providers/i18n-context';
import { reportColumns, reportFeatures } from './report-columns';
import { titleOf, type ModelRow, type ReportJson } from './types';
import styles from './report-table.module.css';

interface Props {
  report: ReportJson;
  caption: string;
  /** The unit and level a row opens, or null when it cannot be drilled into. */
  drillOf: (row: ModelRow) => { unit: string; level: string } | null;
  onDrill: (row: ModelRow) => void;
}

const KIND_CLASS: Record<ModelRow['kind'], string> = { row: '', unallocated: styles.unallocated, subtotal: styles.subtotal, total: styles.total };

export function ReportTable({ report, caption, drillOf, onDrill }: Props) {
  const { t, lang } = useI18n();
  const labelOf = (col: number, fallback: string) => titleOf(report.header.cells.find((c) => c.row === 0 && c.col === col)?.text, lang) || fallback;
  // The handlers change every render; the columns read the latest through a ref and stay stable.
  const handlers = useRef({ drillOf, onDrill });
  handlers.current = { drillOf, onDrill };
  const columns = useMemo(() => reportColumns(report.columns, lang, labelOf(1, t('reports.table.label')), labelOf(0, t('reports.table.stt')), (row) => {
    const name = titleOf(row.label, lang);
    return handlers.current.drillOf(row) ? (
      <button type="button" className={styles.drill} onClick={() => handlers.current.onDrill(row)} title={t('reports.drill', { name })}>{name}</button>
    ) : name;
  }), [report, lang, t]);
  const table = useTable({ features: reportFeatures, columns, data: report.rows });
  const groups = table.getHeaderGroups();
  const sticky = (id: string) => (id === 'stt' ? styles.stickyStt : id === 'label' ? styles.stickyLabel : '');

  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          {groups.map((group) => (
            <tr key={group.id}>
              {group.headers.map((h) => (h.rowSpan === 0 ? null : (
                <th key={h.id} scope={h.colSpan > 1 ? 'colgroup' : 'col'} colSpan={h.colSpan} rowSpan={h.rowSpan} className={sticky(h.column.id)}>
                  <table.FlexRender header={h} />
                </th>
              )))}
            </tr>
          ))}
          <tr className={styles.numbering}>
            {report.header.numbering.map((n, i) => (
              <th key={i} scope="col" className={`${i === 0 ? styles.stickyStt : i === 1 ? styles.stickyLabel : ''} ${n.includes('=') ? styles.formula : ''}`}>{n}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={KIND_CLASS[row.original.kind]} data-kind={row.original.kind}>
              {row.getAllCells().map((cell) => {
                const id = cell.column.id;
                const Tag = id === 'label' ? 'th' : 'td';
                const numeric = id !== 'stt' && id !== 'label';
                return (
                  <Tag key={cell.id} scope={id === 'label' ? 'row' : undefined} className={`${sticky(id)} ${numeric ? styles.num : ''}`}>
                    <table.FlexRender cell={cell} />
                  </Tag>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
