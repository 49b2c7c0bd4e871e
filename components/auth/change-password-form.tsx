'use client';
// The forced (or voluntary) password change: explains why, checks the policy live, shows the
// server's own refusal (weak, reused, wrong current password), then signs in again with the
// new password because the change bumps the session epoch, and opens the workspace.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { Alert, Button, Form, Input } from 'antd';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/components/providers/i18n-context';
import { api, ApiProblem, problemText } from '@/components/api/client-api';
import type { PasswordChangeReason } from '@/components/api/dto';
import { PasswordRules } from './password-rules';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm({ username, reason }: { username: string; reason: PasswordChangeReason | null }) {
  const { t, lang } = useI18n();
  const router = useRouter();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const [problem, setProblem] = useState<{ text: string; list: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      await api('/api/v1/me/password', { method: 'POST', body: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
      const again = await signIn('credentials', { username, password: v.newPassword, redirect: false });
      if (!again?.ok || again.error) {
        router.replace('/dang-nhap');
        return;
      }
      router.replace('/app');
      router.refresh();
    } catch (err) {
      const list = err instanceof ApiProblem ? err.violations.map((x) => x.message[lang]) : [];
      const text = problemText(err, t('common.error'));
      // With a rule list below, the headline is the detail's lead-in ("Mật khẩu chưa đủ mạnh").
      setProblem({ text: list.length > 0 && text.includes(':') ? text.slice(0, text.indexOf(':')) + '.' : text, list });
      setBusy(false);
    }
  };

  const reasonKey = `password.reason.${reason ?? 'voluntary'}` as MessageKey;
  return (
    <Form<Values> form={form} name="change-password" layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
      <Alert type="info" showIcon title={t(reasonKey)} style={{ marginBottom: 16 }} />
      {problem && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={problem.text}
          description={problem.list.length > 0 ? <ul style={{ margin: 0, paddingLeft: 18 }}>{problem.list.map((m) => <li key={m}>{m}</li>)}</ul> : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true, message: t('common.required', { field: t('password.current').toLowerCase() }) }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item label={t('password.new')} name="newPassword" rules={[{ required: true, message: t('common.required', { field: t('password.new').toLowerCase() }) }]}>
        <Input.Password autoComplete="new-password" aria-describedby="password-rules" />
      </Form.Item>
      <PasswordRules value={newPassword} id="password-rules" />
      <Form.Item
        label={t('password.confirm')}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required', { field: t('password.confirm').toLowerCase() }) },
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
