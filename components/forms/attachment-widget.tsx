'use client';
// RJSF widget for a field with `x-attachment` (FRM-4): checks type and size from the form
// before sending, uploads with a progress bar, stores the file name in the field and lists
// the field's files with download links.
import { useState } from 'react';
import type { WidgetProps } from '@rjsf/utils';
import { Button, Progress, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useI18n } from '@/components/providers/i18n-context';
import type { EntryContext } from './entry-context';
import { uploadAttachment } from './upload-file';

const DEFAULT_MAX = 20 * 1024 * 1024;

export function AttachmentWidget({ id, name, schema, disabled, readonly, value, onChange, registry }: WidgetProps) {
  const { t } = useI18n();
  const ctx = registry.formContext as EntryContext;
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const spec = (schema as Record<string, unknown>)['x-attachment'] as { maxBytes?: number; mime?: string[] } | undefined;
  const maxBytes = spec?.maxBytes ?? DEFAULT_MAX;
  const field = name;
  const files = ctx.attachments?.list.filter((a) => a.field === field) ?? [];
  const locked = disabled || readonly || ctx.readOnly || !ctx.attachments;

  const send = async (file: File) => {
    setError(null);
    if (spec?.mime && !spec.mime.includes(file.type)) return setError(t('collect.fileType'));
    if (file.size > maxBytes) return setError(t('collect.fileSize', { mb: Math.round(maxBytes / 1048576) }));
    const sid = await ctx.attachments!.ensureSaved();
    if (!sid) return setError(t('collect.saveFirst'));
    setPercent(0);
    try {
      const stored = await uploadAttachment(sid, field, file, setPercent);
      ctx.attachments!.onUploaded(stored);
      onChange(stored.fileName);
    } catch (err) {
      setError(err instanceof Error && err.message !== 'network' ? err.message : t('collect.uploadFailed'));
    } finally {
      setPercent(null);
    }
  };

  if (ctx.readOnly && files.length === 0) return <div id={id}>{typeof value === 'string' && value ? <><PaperClipOutlined aria-hidden /> {value}</> : '—'}</div>;
  return (
    <div id={id}>
      {locked ? null : (
      <Upload accept={spec?.mime?.join(',')} showUploadList={false} disabled={locked} customRequest={({ file }) => void send(file as File)}>
        <Button icon={<UploadOutlined />}>{t('collect.upload')}</Button>
      </Upload>
      )}
      {percent !== null ? <Progress percent={percent} size="small" aria-label={t('collect.uploading')} /> : null}
      {error ? <div role="alert" style={{ color: '#cf1322' }}>{error}</div> : null}
      <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
        {files.map((f) => (
          <li key={f.id}>
            <PaperClipOutlined aria-hidden />{' '}
            <a href={`/api/v1/submissions/${ctx.attachments?.submissionId ?? ''}/attachments/${f.id}`} download={f.fileName}>{f.fileName}</a>
            <span style={{ color: '#8c8c8c' }}> · {Math.ceil(f.size / 1024)} KB</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

