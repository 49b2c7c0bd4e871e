'use client';
// Two-factor enrolment in the browser: start (the server makes the secret and its QR code),
// confirm with a first code, then show the ten recovery codes once. Used on /app/bao-mat,
// and in place of any workspace page while a role requires enrolment.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import { api, ApiProblem, problemText } from '@/components/api/client-api';

export interface TwoFactorView {
  enrolled: boolean;
  enrolledAt: string | null;
  required: boolean;
  recoveryCodesLeft: number;
}

interface Started { secret: string; uri: string; qrDataUrl: string }

export function TwoFactorSetup({ status }: { status: TwoFactorView }) {
  const { t } = useI18n();
  const router = useRouter();
  const [started, setStarted] = useState<Started | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setStarted(await api<Started>('/api/v1/me/two-factor/enrol', { method: 'POST', body: {} }));
    } catch (err) {
      setError(problemText(err, t('common.error')));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api<{ recoveryCodes: string[] }>('/api/v1/me/two-factor/confirm', { method: 'POST', body: { code: code.trim() } });
      setCodes(r.recoveryCodes);
      setStarted(null);
    } catch (err) {
      setError(err instanceof ApiProblem && err.code === 'otp-invalid' ? t('security.codeInvalid') : problemText(err, t('common.error')));
    } finally {
      setBusy(false);
    }
  };

  const finish = () => {
    router.replace('/app');
    router.refresh();
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16, maxWidth: 560, width: '100%' }}>
      <Typography.Title level={3}>{t('security.twoFactor')}</Typography.Title>
      {status.required && !status.enrolled && !codes && <Alert type="warning" showIcon title={t('security.required')} />}
      {error && <Alert role="alert" type="error" showIcon title={error} />}
      {status.enrolled && !codes && (
        <Alert type="success" showIcon title={t('security.enrolled', { at: status.enrolledAt?.slice(0, 10) ?? '', n: String(status.recoveryCodesLeft) })} />
      )}
      {!status.enrolled && !started && !codes && (
        <>
          <Typography.Paragraph>{t('security.notEnrolled')}</Typography.Paragraph>
          <Button type="primary" onClick={start} loading={busy}>{t('security.start')}</Button>
        </>
      )}
      {started && (
        <>
          <Typography.Paragraph>{t('security.scan')}</Typography.Paragraph>
          <img src={started.qrDataUrl} alt="QR" width={220} height={220} />
          <Typography.Text>{t('security.manualKey')}: <Typography.Text code copyable>{started.secret}</Typography.Text></Typography.Text>
          <Form<{ code: string }> layout="vertical" onFinish={confirm} disabled={busy} requiredMark={false}>
            <Form.Item label={t('security.code')} name="code" rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('security.codeInvalid') }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={8} autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>{t('security.confirm')}</Button>
          </Form>
        </>
      )}
      {codes && (
        <>
          <Typography.Title level={4}>{t('security.recoveryTitle')}</Typography.Title>
          <Alert type="info" showIcon title={t('security.recoveryHelp')} />
          <Typography.Paragraph copyable={{ text: codes.join('\n') }}>
            <pre style={{ columns: 2, margin: 0 }}>{codes.join('\n')}</pre>
          </Typography.Paragraph>
          <Button type="primary" onClick={finish}>{t('security.recoveryDone')}</Button>
        </>
      )}
      {status.enrolled && !codes && <Typography.Text type="secondary">{t('security.resetHint')}</Typography.Text>}
    </div>
  );
}
