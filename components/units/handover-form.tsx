'use client';
// The handover form: who takes over the unit's work (name required; position, department,
// contacts and a note optional). The previous officer's period closes on the server.
import { Button, Form, Input, Space } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';

export interface HandoverValues {
  fullName: string;
  title?: string;
  department?: string;
  phone?: string;
  email?: string;
  note?: string;
}

export function HandoverForm({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (v: HandoverValues) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const clean = (v: HandoverValues) => {
    const out: HandoverValues = { fullName: v.fullName.trim() };
    for (const k of ['title', 'department', 'phone', 'email', 'note'] as const) if (v[k]?.trim()) out[k] = v[k]!.trim();
    onSubmit(out);
  };
  return (
    <Form<HandoverValues> name="handover" layout="vertical" onFinish={clean} disabled={busy} requiredMark="optional">
      <Form.Item label={t('officer.fullName')} name="fullName" rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('officer.fullName').toLowerCase() }) }]}>
        <Input autoComplete="name" autoFocus />
      </Form.Item>
      <Form.Item label={t('officer.title')} name="title">
        <Input />
      </Form.Item>
      <Form.Item label={t('officer.department')} name="department">
        <Input />
      </Form.Item>
      <Form.Item label={t('officer.phone')} name="phone">
        <Input type="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item label={t('officer.email')} name="email" rules={[{ type: 'email' }]}>
        <Input type="email" autoComplete="email" />
      </Form.Item>
      <Form.Item label={t('officer.note')} name="note">
        <Input.TextArea rows={3} />
      </Form.Item>
      <Space>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy}>{t('units.handover')}</Button>
      </Space>
    </Form>
  );
}
