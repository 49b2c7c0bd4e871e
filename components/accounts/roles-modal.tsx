'use client';
// Role grants of one account (ACC-8): the live grants with a revoke button each, and a form
// to grant another role on a unit subtree, optionally limited to one domain.
import { useState } from 'react';
import { Alert, App, Button, Form, Modal, Tag } from 'antd';
import type { MessageKey } from '@/lib/i18n';
import { api, problemText } from '@/components/api/client-api';
import type { AccountRow } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';
import { RoleFields } from './role-fields';

interface Grant {
  role: string;
  unitId: string;
  domain?: string;
}

export function RolesModal({ account, onClose, onChanged }: { account: AccountRow | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Grant>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (call: () => Promise<unknown>, done: MessageKey) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      void message.success(t(done));
      onChanged();
      return true;
    } catch (err) {
      setError(problemText(err, t('common.error')));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const assign = async (g: Grant) => {
    if (!account) return;
    const ok = await run(() => api(`/api/v1/accounts/${account.id}/roles`, { method: 'POST', body: { role: g.role, unitId: g.unitId, ...(g.domain ? { domain: g.domain } : {}) } }), 'accounts.assigned');
    if (ok) form.resetFields();
  };
  const revoke = (assignmentId: string) => {
    if (!account) return;
    void run(() => api(`/api/v1/accounts/${account.id}/roles/${assignmentId}`, { method: 'DELETE' }), 'accounts.revoked');
  };

  return (
    <Modal open={account !== null} title={account ? t('accounts.rolesTitle', { username: account.username }) : ''} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>} destroyOnHidden width={640}>
      {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 16px' }}>
        {account?.roles.length === 0 && <li>{t('common.none')}</li>}
        {account?.roles.map((r) => (
          <li key={r.id} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
            <Tag color="red">{t(`role.${r.role}` as MessageKey)}</Tag>
            <span style={{ flex: 1 }}>
              {r.unitName}
              {r.domain ? ` · ${t(`domain.${r.domain}` as MessageKey)}` : ''}
            </span>
            <Button size="small" danger disabled={busy} onClick={() => revoke(r.id)}>{t('accounts.revoke')}</Button>
          </li>
        ))}
      </ul>
      <Form<Grant> form={form} name="assign-role" layout="vertical" onFinish={assign} disabled={busy}>
        <RoleFields required />
        <Button type="primary" htmlType="submit" loading={busy}>{t('accounts.assign')}</Button>
      </Form>
    </Modal>
  );
}
