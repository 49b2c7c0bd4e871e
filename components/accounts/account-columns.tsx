'use client';
// The columns of the account grid. Column ids equal the server's sort keys (username, fullName,
// status, lastLoginAt, createdAt); unit, roles and actions are not sortable on the server.
import { createColumnHelper } from '@tanstack/react-table';
import { Tag } from 'antd';
import type { MessageKey, Translate } from '@/lib/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import type { AccountRow, AccountStatus } from '@/components/api/dto';
import type { ServerGridFeatures } from '@/components/data-table/server-grid';
import { AccountActions, type AccountAction } from './account-actions';

const helper = createColumnHelper<ServerGridFeatures, AccountRow>();
const STATUS_COLOR: Record<AccountStatus, string> = { active: 'green', locked: 'orange', closed: 'default' };

export function accountColumns(t: Translate, onAction: (action: AccountAction, row: AccountRow) => void) {
  return helper.columns([
    helper.accessor('username', { header: t('accounts.username'), cell: (c) => <strong>{c.getValue()}</strong> }),
    helper.accessor('fullName', { header: t('accounts.fullName') }),
    helper.accessor((r) => r.unit.name, { id: 'unit', header: t('accounts.unit'), enableSorting: false }),
    helper.accessor((r) => r.roles, {
      id: 'roles',
      header: t('accounts.roles'),
      enableSorting: false,
      cell: (c) => (
        <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          {c.getValue().map((r) => (
            <Tag key={r.id} title={r.unitName}>{t(`role.${r.role}` as MessageKey)}</Tag>
          ))}
        </span>
      ),
    }),
    helper.accessor('status', {
      header: t('accounts.status'),
      cell: (c) => <Tag color={STATUS_COLOR[c.getValue()]}>{t(`status.${c.getValue()}` as MessageKey)}</Tag>,
    }),
    helper.accessor('lastLoginAt', { header: t('accounts.lastLoginAt'), cell: (c) => formatDateTime(c.getValue()) || t('accounts.never') }),
    helper.accessor('createdAt', { header: t('accounts.createdAt'), cell: (c) => formatDateTime(c.getValue()) }),
    helper.display({ id: 'actions', header: t('common.actions'), cell: (c) => <AccountActions row={c.row.original} onAction={onAction} /> }),
  ]);
}
