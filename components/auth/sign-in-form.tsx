'use client';
// Sign-in with next-auth credentials, without a page reload: each refusal code becomes a clear
// sentence, and a pending password change sends the user to /doi-mat-khau before anything else.
// With two-factor sign-in on, a right password answers 'otp-required' and the code step opens;
// an account whose role requires two-factor sign-in but has not enrolled goes to /app/bao-mat.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { Alert, Button, Form, Input } from 'antd';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/components/providers/i18n-context';
import type { MeDto } from '@/components/api/dto';

const KNOWN = ['invalid-credentials', 'account-locked', 'account-closed', 'otp-required', 'otp-invalid', 'rate-limited'] as const;

function errorKey(code: string): MessageKey {
  const known = KNOWN.find((k) => code === k || code.includes(k));
  return known ? (`signIn.error.${known}` as MessageKey) : 'signIn.error.other';
}

interface Values {
  username: string;
  password: string;
  otp?: string;
}

async function nextPage(): Promise<string> {
  const me = await fetch('/api/v1/me', { cache: 'no-store' });
  const body = me.ok ? ((await me.json()) as MeDto) : null;
  if (body?.passwordChangeRequired) return '/doi-mat-khau';
  const tf = await fetch('/api/v1/me/two-factor', { cache: 'no-store' });
  const state = tf.ok ? ((await tf.json()) as { required: boolean; enrolled: boolean }) : null;
  return state?.required && !state.enrolled ? '/app/bao-mat' : '/app';
}

export function SignInForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [needOtp, setNeedOtp] = useState(false);

  const submit = async ({ username, password, otp }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const result = await signIn('credentials', { username: username.trim(), password, otp: otp?.trim() ?? '', redirect: false });
      if (!result || result.error || !result.ok) {
        const code = result?.error ?? '';
        if (code.includes('otp-required')) {
          setNeedOtp(true);
          if (!otp) return;
        }
        setError(t(errorKey(code)));
        return;
      }
      router.replace(await nextPage());
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
      {needOtp && (
        <Form.Item
          label={t('signIn.otp')}
          name="otp"
          extra={t('signIn.otpHelp')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('signIn.otp').toLowerCase() }) }]}
        >
          <Input autoComplete="one-time-code" inputMode="text" autoFocus size="large" maxLength={12} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" size="large" block loading={busy}>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}
