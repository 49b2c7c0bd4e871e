'use client';
// The three fields of a role grant (role, unit subtree, optional domain), shared by the
// create-account form and the roles dialog.
import { Form, Select } from 'antd';
import type { MessageKey } from '@/lib/i18n';
import { DOMAINS, ROLES } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';
import { UnitSelect } from './unit-select';

export function RoleFields({ prefix, required }: { prefix?: string; required: boolean }) {
  const { t } = useI18n();
  const name = (n: string) => (prefix ? [prefix, n] : n);
  const need = (label: string) => (required ? [{ required: true, message: t('common.required', { field: label.toLowerCase() }) }] : []);
  return (
    <>
      <Form.Item label={required ? t('accounts.role') : t('accounts.initialRole')} name={name('role')} rules={need(t('accounts.role'))}>
        <Select allowClear={!required} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))} />
      </Form.Item>
      <Form.Item label={t('accounts.roleUnit')} name={name('unitId')} rules={need(t('accounts.roleUnit'))}>
        <UnitSelect />
      </Form.Item>
      <Form.Item label={t('accounts.domain')} name={name('domain')}>
        <Select allowClear options={DOMAINS.map((d) => ({ value: d, label: t(`domain.${d}` as MessageKey) }))} />
      </Form.Item>
    </>
  );
}
