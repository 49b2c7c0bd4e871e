'use client';
// One register record in a side drawer: its fields by type (text, number, choice, dd/MM/yyyy
// date, yes/no), saved through PUT /api/v1/records/{id} with the optimistic-lock version;
// the server's rule findings and refusals (locked state, conflict) are shown as they come.
import { useEffect, useState } from 'react';
import { Alert, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { api, problemText } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import type { RegisterColumnInfo, RegisterRow } from './register-columns';

interface SaveAnswer { version: number; issues: { field: string; severity: string; message: { vi: string; en: string } }[] }

function field(col: RegisterColumnInfo, t: (k: 'registers.yes') => string) {
  if (col.options) return <Select allowClear options={col.options.map((o) => ({ value: o.value, label: o.label }))} />;
  if (col.kind === 'integer' || col.kind === 'number') return <InputNumber style={{ width: '100%' }} precision={col.kind === 'integer' ? 0 : undefined} decimalSeparator="," />;
  if (col.kind === 'date') return <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />;
  if (col.kind === 'boolean') return <Switch aria-label={t('registers.yes')} />;
  return <Input />;
}

export function RecordDrawer({ record, columns, onClose }: { record: RegisterRow | null; columns: RegisterColumnInfo[]; onClose: (changed: boolean) => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<SaveAnswer['issues']>([]);
  const [saving, setSaving] = useState(false);
  const [changed, setChanged] = useState(false);
  const editable = record?.status === 'draft' || record?.status === 'returned';

  useEffect(() => {
    if (!record) return;
    setError(null);
    setIssues([]);
    setChanged(false);
    form.setFieldsValue(Object.fromEntries(columns.map((c) => {
      const v = record.data[c.code];
      return [c.code, c.kind === 'date' && typeof v === 'string' ? dayjs(v) : v];
    })));
  }, [record, columns, form]);

  const save = async () => {
    if (!record) return;
    const values = form.getFieldsValue() as Record<string, unknown>;
    const data = { ...record.data };
    for (const c of columns) {
      const v = values[c.code];
      if (v === undefined || v === null || v === '') delete data[c.code];
      else data[c.code] = dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v;
    }
    setSaving(true);
    setError(null);
    try {
      const res = await api<SaveAnswer>(`/api/v1/records/${record.id}`, { method: 'PUT', body: { data, version: record.version } });
      record.version = res.version;
      setIssues(res.issues);
      setChanged(true);
      if (res.issues.every((i) => i.severity !== 'error')) onClose(true);
    } catch (err) {
      setError(problemText(err, t('common.error')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer open={!!record} size={520} title={t('registers.record')} onClose={() => onClose(changed)}
      extra={editable ? <Button type="primary" loading={saving} onClick={() => void save()}>{t('registers.save')}</Button> : null}>
      {!editable && <Alert type="info" showIcon title={t('registers.readOnly')} style={{ marginBottom: 12 }} />}
      {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" disabled={!editable}>
        {columns.map((c) => {
          const found = issues.filter((i) => i.field === c.code);
          return (
            <Form.Item key={c.code} name={c.code} label={lang === 'en' ? c.titleEn : c.title} valuePropName={c.kind === 'boolean' ? 'checked' : 'value'}
              validateStatus={found.some((i) => i.severity === 'error') ? 'error' : found.length ? 'warning' : undefined}
              help={found.length ? found.map((i) => (lang === 'en' ? i.message.en : i.message.vi)).join(' ') : undefined}>
              {field(c, t)}
            </Form.Item>
          );
        })}
      </Form>
    </Drawer>
  );
}
