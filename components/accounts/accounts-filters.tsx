'use client';
// The account grid's filters, applied on the server: free text, status and role.
import { Button, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { MessageKey } from '@/lib/i18n';
import { ROLES, STATUSES } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';

export interface AccountFilters {
  q: string;
  status: string;
  role: string;
}

export function AccountsFilters({ value, onChange, onCreate }: { value: AccountFilters; onChange: (f: AccountFilters) => void; onCreate: () => void }) {
  const { t } = useI18n();
  const all = { value: '', label: t('common.all') };
  const field = { display: 'flex', flexDirection: 'column' as const, gap: 4 };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end', marginBottom: 16 }}>
      <div style={{ ...field, flex: '1 1 260px', maxWidth: 360 }}>
        <label htmlFor="accounts-q">{t('accounts.q')}</label>
        <Input.Search id="accounts-q" allowClear enterButton={t('common.search')} defaultValue={value.q} onSearch={(q) => onChange({ ...value, q: q.trim() })} />
      </div>
      <div style={field}>
        <label htmlFor="accounts-status">{t('accounts.status')}</label>
        <Select id="accounts-status" value={value.status} style={{ width: 180 }} onChange={(status: string) => onChange({ ...value, status })}
          options={[all, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as MessageKey) }))]} />
      </div>
      <div style={field}>
        <label htmlFor="accounts-role">{t('accounts.role')}</label>
        <Select id="accounts-role" value={value.role} style={{ width: 200 }} onChange={(role: string) => onChange({ ...value, role })}
          options={[all, ...ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))]} />
      </div>
      <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} style={{ marginLeft: 'auto' }}>{t('accounts.create')}</Button>
    </div>
  );
}
