'use client';
// Creating an account (ACC-1): person or unit account, home unit, contacts, an initial
// password that must satisfy the policy (and is changed at first sign-in), optionally a role.
import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { api, problemText } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import { PasswordRules } from '@/components/auth/password-rules';
import { RoleFields } from './role-fields';
import { UnitSelect } from './unit-select';

interface Values {
  username: string;
  fullName: string;
  kind: 'person' | 'unit';
  unitId: string;
  email?: string;
  phone?: string;
  title?: string;
  password: string;
  grant?: { role?: string; unitId?: string; domain?: string };
}

export function CreateAccountModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const password = Form.useWatch('password', form) ?? '';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const req = (label: string) => [{ required: true, whitespace: true, message: t('common.required', { field: label.toLowerCase() }) }];

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const grant = v.grant?.role ? [{ role: v.grant.role, unitId: v.grant.unitId ?? v.unitId, ...(v.grant.domain ? { domain: v.grant.domain } : {}) }] : undefined;
    const opt = (s?: string) => (s?.trim() ? s.trim() : undefined);
    try {
      await api('/api/v1/accounts', {
        method: 'POST',
        body: { username: v.username.trim(), fullName: v.fullName.trim(), kind: v.kind, unitId: v.unitId, email: opt(v.email), phone: opt(v.phone), title: opt(v.title), password: v.password, roles: grant },
      });
      void message.success(t('accounts.created', { username: v.username.trim() }));
      form.resetFields();
      onCreated();
    } catch (err) {
      setError(problemText(err, t('common.error')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('accounts.create')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden width={640}>
      {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name="create-account" layout="vertical" onFinish={submit} initialValues={{ kind: 'person' }} disabled={busy}>
        <Form.Item label={t('accounts.kind')} name="kind">
          <Radio.Group options={[{ value: 'person', label: t('kind.person') }, { value: 'unit', label: t('kind.unit') }]} />
        </Form.Item>
        <Form.Item label={t('accounts.username')} name="username" rules={req(t('accounts.username'))}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('accounts.fullName')} name="fullName" rules={req(t('accounts.fullName'))}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('accounts.unit')} name="unitId" rules={[{ required: true, message: t('common.required', { field: t('accounts.unit').toLowerCase() }) }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item label={t('accounts.title2')} name="title"><Input /></Form.Item>
        <Form.Item label={t('accounts.email')} name="email" rules={[{ type: 'email' }]}><Input type="email" /></Form.Item>
        <Form.Item label={t('accounts.phone')} name="phone"><Input type="tel" /></Form.Item>
        <Form.Item label={t('accounts.password')} name="password" rules={req(t('accounts.password'))} extra={t('accounts.passwordHint')}>
          <Input.Password autoComplete="new-password" aria-describedby="create-password-rules" />
        </Form.Item>
        <PasswordRules value={password} id="create-password-rules" />
        <RoleFields prefix="grant" required={false} />
      </Form>
    </Modal>
  );
}
