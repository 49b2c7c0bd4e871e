'use client';
// Confirmation of one workflow event with its comment: mandatory when the workflow requires
// it (a return always states its reason, WF-1), optional otherwise. Events that need a
// digital signature (WF-3) explain the step: the approver consents and the server signs with
// the unit's key (the consent value the API expects is 'server-key').
import { useEffect, useId, useState } from 'react';
import { Alert, Input, Modal } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import { textOf, type AllowedEvent } from './types';

export const SERVER_SIGNATURE_CONSENT = 'server-key';

interface Props {
  event: AllowedEvent | null;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: (comment: string, signature?: string) => void;
}

export function EventDialog({ event, busy, error, onCancel, onConfirm }: Props) {
  const { t, lang } = useI18n();
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  const id = useId();
  useEffect(() => {
    setComment('');
    setTouched(false);
  }, [event]);
  if (!event) return null;
  const label = textOf(event.label, lang);
  const missing = event.requiresComment && comment.trim() === '';
  const ok = () => {
    setTouched(true);
    if (missing) return;
    onConfirm(comment.trim(), event.requiresSignature ? SERVER_SIGNATURE_CONSENT : undefined);
  };
  return (
    <Modal open title={label} okText={label} cancelText={t('common.cancel')} onCancel={onCancel} onOk={ok} confirmLoading={busy}
      okButtonProps={{ danger: event.requiresComment }}>
      {event.requiresSignature ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('approve.signature.title')} description={t('approve.signature.explain')} /> : null}
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
        {event.requiresComment ? t('approve.reason') : t('approve.comment')}
        {event.requiresComment ? <span style={{ color: '#cf1322' }}> *</span> : null}
      </label>
      <Input.TextArea id={id} value={comment} autoSize={{ minRows: 3, maxRows: 8 }} onChange={(e) => setComment(e.target.value)}
        aria-required={event.requiresComment} aria-invalid={touched && missing} status={touched && missing ? 'error' : undefined} />
      {touched && missing ? <div role="alert" style={{ color: '#cf1322', marginTop: 4 }}>{t('approve.reasonRequired')}</div> : null}
      {error ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} /> : null}
    </Modal>
  );
}
