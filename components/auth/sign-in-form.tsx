'use client';
// Sign-in with next-auth credentials, without a page reload: each refusal code becomes a clear
// sentence, and a pending password change sends the user to /doi-mat-khau before anything else.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { Alert, Button, Form, Input } from 'antd';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/components/providers/i18n-context';
import type { MeDto } from '@/components/api/dto';

const KNOWN = ['invalid-credentials', 'account-locked', 'account-closed'] as const;

function errorKey(code: string): MessageKey {
  const known = KNOWN.find((k) => code === k || code.includes(k));
  return known ? (`signIn.error.${known}` as MessageKey) : 'signIn.error.other';
}

interface Values {
  username: string;
  password: string;
}

export function SignInForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ username, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const result = await signIn('credentials', { username: username.trim(), password, redirect: false });
      if (!result || result.error || !result.ok) {
        setError(t(errorKey(result?.error ?? '')));
        return;
      }
      const me = await fetch('/api/v1/me', { cache: 'no-store' });
      const body = me.ok ? ((await me.json()) as MeDto) : null;
      router.replace(body?.passwordChangeRequired ? '/doi-mat-khau' : '/app');
      router.refresh();
    } catch {
      setError(t('signIn.error.other'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> name="sign-in" layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
      {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        label={t('signIn.username')}
        name="username"
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('signIn.username').toLowerCase() }) }]}
      >
        <Input autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item
        label={t('signIn.password')}
        name="password"
        rules={[{ required: true, message: t('common.required', { field: t('signIn.password').toLowerCase() }) }]}
      >
        <Input.Password autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={busy}>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}
