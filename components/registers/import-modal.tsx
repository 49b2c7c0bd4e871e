'use client';
// Excel import dialog: pick the file and the mode (all-or-nothing or valid rows only), upload,
// then poll the import job and show its progress bar and the rows with errors (row, column,
// rule, message) as the server reports them.
import { useEffect, useState } from 'react';
import { Alert, Button, Modal, Progress, Radio, Table, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { api, problemText } from '@/components/api/client-api';
import { useI18n } from '@/components/providers/i18n-context';
import type { MessageKey } from '@/lib/i18n';

interface RowError { row: number; column: string | null; columnTitle: string | null; rule: string; message: { vi: string; en: string } }
interface Job { id: string; status: string; total: number; processed: number; valid: number; invalid: number; written: number; errors: RowError[]; message: string | null }
interface Props { open: boolean; formCode: string; unitCode: string; unitName: string; onClose: (changed: boolean) => void }

const FINAL = new Set(['done', 'rejected', 'failed']);

export function ImportModal({ open, formCode, unitCode, unitName, onClose }: Props) {
  const { t, lang } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'all-or-nothing' | 'valid-rows-only'>('all-or-nothing');
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!job || FINAL.has(job.status)) return;
    const timer = setTimeout(() => {
      api<Job>(`/api/v1/imports/${job.id}`).then(setJob).catch((err) => setError(problemText(err, t('common.error'))));
    }, 400);
    return () => clearTimeout(timer);
  }, [job, t]);

  const start = async () => {
    if (!file) return;
    setSending(true);
    setError(null);
    const body = new FormData();
    body.set('file', file);
    body.set('unit', unitCode);
    body.set('mode', mode);
    try {
      const res = await fetch(`/api/v1/forms/${encodeURIComponent(formCode)}/records/import`, { method: 'POST', body, credentials: 'same-origin' });
      const json = await res.json();
      if (!res.ok) throw new Error(typeof json.detail === 'string' ? json.detail : `HTTP ${res.status}`);
      setJob({ id: json.id, status: 'queued', total: 0, processed: 0, valid: 0, invalid: 0, written: 0, errors: [], message: null });
    } catch (err) {
      setError(err instanceof Error ? err.message : t('common.error'));
    } finally {
      setSending(false);
    }
  };

  const close = () => {
    const changed = job?.status === 'done';
    setJob(null);
    setFile(null);
    setError(null);
    onClose(changed);
  };

  const percent = !job ? 0 : job.status === 'done' ? 100 : job.total === 0 ? 0 : Math.floor((job.processed / job.total) * (job.status === 'writing' ? 50 : 100) + (job.status === 'writing' ? (job.written / Math.max(1, job.valid)) * 50 : 0));
  const finished = job && FINAL.has(job.status);
  return (
    <Modal open={open} title={`${t('registers.importTitle')} — ${unitName}`} onCancel={close} width={820} destroyOnHidden
      footer={job ? <Button onClick={close}>{t('registers.close')}</Button> : (
        <Button type="primary" loading={sending} disabled={!file} onClick={() => void start()}>{t('registers.start')}</Button>)}>
      {!job && (
        <>
          <p>{t('registers.importHint')}</p>
          <Upload.Dragger accept=".xlsx" maxCount={1} beforeUpload={(f) => { setFile(f); return false; }} onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'f', name: file.name, status: 'done' }] : []}>
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p>{t('registers.pickFile')}</p>
          </Upload.Dragger>
          <fieldset style={{ border: 0, padding: 0, marginTop: 16 }}>
            <legend style={{ fontWeight: 600 }}>{t('registers.mode')}</legend>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} options={[
              { value: 'all-or-nothing', label: t('registers.modeAll') }, { value: 'valid-rows-only', label: t('registers.modeValid') }]} />
          </fieldset>
        </>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {job && (
        <div data-testid="import-job">
          <Progress percent={percent} status={job.status === 'failed' || job.status === 'rejected' ? 'exception' : finished ? 'success' : 'active'} />
          <Alert style={{ margin: '12px 0' }} showIcon type={job.status === 'done' ? (job.invalid ? 'warning' : 'success') : finished ? 'error' : 'info'}
            title={t(`registers.status.${job.status}` as MessageKey)} description={t('registers.counts', { processed: job.processed, total: job.total, valid: job.valid, invalid: job.invalid, written: job.written }) + (job.message ? ` — ${job.message}` : '')} />
          {job.errors.length > 0 && (
            <Table<RowError> size="small" rowKey={(e) => `${e.row}-${e.column}-${e.rule}`} dataSource={job.errors} pagination={{ pageSize: 10, hideOnSinglePage: true }}
              title={() => <strong>{t('registers.errorsTitle', { count: job.invalid })}</strong>}
              columns={[
                { title: t('registers.colRow'), dataIndex: 'row', width: 70 },
                { title: t('registers.colColumn'), key: 'column', width: 200, render: (_, e) => (e.column ? `${e.column} — ${e.columnTitle}` : '') },
                { title: t('registers.colRule'), dataIndex: 'rule', width: 170 },
                { title: t('registers.colMessage'), key: 'message', render: (_, e) => (lang === 'en' ? e.message.en : e.message.vi) },
              ]} />
          )}
        </div>
      )}
    </Modal>
  );
}
