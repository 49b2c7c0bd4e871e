'use client';
// The grid columns of a register: its first fields (choices shown by label, dates as
// dd/MM/yyyy, yes/no), then state and last update. Column ids equal the server's sort keys.
import { createColumnHelper } from '@tanstack/react-table';
import { Tag } from 'antd';
import type { Lang, Translate } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { ServerGridFeatures } from '@/components/data-table/server-grid';
import type { RegisterPage } from '@/server/services/registers/list-register';

export type RegisterRow = RegisterPage['items'][number];
export type RegisterColumnInfo = RegisterPage['columns'][number];

const helper = createColumnHelper<ServerGridFeatures, RegisterRow>();
const MAX_FIELDS = 7;

export function displayValue(col: RegisterColumnInfo, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '';
  if (col.options) return col.options.find((o) => String(o.value) === String(value))?.label ?? String(value);
  if (col.kind === 'date' && typeof value === 'string') return formatDate(value);
  if (col.kind === 'boolean') return value ? t('registers.yes') : t('registers.no');
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function registerColumns(page: RegisterPage, t: Translate, lang: Lang, onOpen: (row: RegisterRow) => void) {
  const stateLabel = new Map(page.states.map((s) => [s.code, lang === 'en' ? s.label.en ?? s.label.vi : s.label.vi]));
  const fields = page.columns.slice(0, MAX_FIELDS).map((col, i) =>
    helper.accessor((r) => r.data[col.code], {
      id: col.code,
      header: lang === 'en' ? col.titleEn : col.title,
      cell: (c) => {
        const text = displayValue(col, c.getValue(), t);
        return i === 0 ? <a href={`#${c.row.original.id}`} onClick={(e) => { e.preventDefault(); onOpen(c.row.original); }}>{text || t('registers.record')}</a> : text;
      },
    }));
  return helper.columns([
    ...fields,
    helper.accessor('state', { header: t('registers.state'), cell: (c) => <Tag>{stateLabel.get(c.getValue()) ?? c.getValue()}</Tag> }),
    helper.accessor('updatedAt', { id: 'updatedAt', header: t('registers.updatedAt'), cell: (c) => formatDateTime(c.getValue()) }),
  ]);
}
