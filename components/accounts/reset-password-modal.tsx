'use client';
// An administrator sets a temporary password (ACC-2): the user must replace it at sign-in.
import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { api, problemText } from '@/components/api/client-api';
import type { AccountRow } from '@/components/api/dto';
import { useI18n } from '@/components/providers/i18n-context';
import { PasswordRules } from '@/components/auth/password-rules';

export function ResetPasswordModal({ account, onClose }: { account: AccountRow | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const value = Form.useWatch('newPassword', form) ?? '';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ newPassword }: { newPassword: string }) => {
    if (!account) return;
    setBusy(true);
    setError(null);
    try {
      await api(`/api/v1/accounts/${account.id}/reset-password`, { method: 'POST', body: { newPassword } });
      void message.success(t('accounts.resetDone'));
      form.resetFields();
      onClose();
    } catch (err) {
      setError(problemText(err, t('common.error')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={account !== null} title={account ? t('accounts.resetTitle', { username: account.username }) : ''} onCancel={onClose} onOk={() => form.submit()} okText={t('accounts.resetPassword')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
      {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="reset-password" layout="vertical" onFinish={submit} disabled={busy}>
        <Form.Item label={t('password.new')} name="newPassword" rules={[{ required: true, message: t('common.required', { field: t('password.new').toLowerCase() }) }]} extra={t('accounts.passwordHint')}>
          <Input.Password autoComplete="new-password" aria-describedby="reset-password-rules" />
        </Form.Item>
        <PasswordRules value={value} id="reset-password-rules" />
      </Form>
    </Modal>
  );
}
