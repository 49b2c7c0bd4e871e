'use client';
// Row actions of the account grid, as a keyboard-usable menu button: roles, password reset,
// unlock (only when locked) and close (not for closed accounts).
import { Button, Dropdown } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import type { AccountRow } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';

export type AccountAction = 'roles' | 'reset' | 'unlock' | 'close';

export function AccountActions({ row, onAction }: { row: AccountRow; onAction: (a: AccountAction, row: AccountRow) => void }) {
  const { t } = useI18n();
  const closed = row.status === 'closed';
  const items = [
    { key: 'roles', label: t('accounts.manageRoles'), disabled: closed },
    { key: 'reset', label: t('accounts.resetPassword'), disabled: closed },
    ...(row.status === 'locked' ? [{ key: 'unlock', label: t('accounts.unlock') }] : []),
    { key: 'close', label: t('accounts.close'), danger: true, disabled: closed },
  ];
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => onAction(key as AccountAction, row) }}>
      <Button size="small" icon={<MoreOutlined />} aria-label={`${t('common.actions')}: ${row.username}`}>
        {t('common.actions')}
      </Button>
    </Dropdown>
  );
}
