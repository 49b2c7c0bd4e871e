'use client';
// One warning under its field with the explanation the officer must give before submitting
// (FRM-7). The text is kept locally while typing and handed up on every change.
import { useId, useState } from 'react';
import { Alert, Input } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import type { RuleIssue } from '@/components/submission/types';
import type { EntryContext } from './entry-context';
import { explanationKey } from './field-paths';

export function WarningNote({ issue, ctx }: { issue: RuleIssue; ctx: EntryContext }) {
  const { t } = useI18n();
  const key = explanationKey(issue);
  const [text, setText] = useState(ctx.explanations[key] ?? issue.explanation ?? '');
  const inputId = useId();
  const message = (ctx.lang === 'en' && issue.message.en) || issue.message.vi;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={message}
      description={
        <div>
          <label htmlFor={inputId} style={{ display: 'block', marginBottom: 4 }}>
            {t('collect.explanation')}
            {text.trim() === '' ? <span style={{ color: '#cf1322' }}> *</span> : null}
          </label>
          <Input.TextArea
            id={inputId}
            value={text}
            disabled={ctx.readOnly}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={t('collect.explanationHint')}
            status={text.trim() === '' ? 'warning' : undefined}
            onChange={(e) => {
              setText(e.target.value);
              ctx.onExplain(key, e.target.value);
            }}
          />
        </div>
      }
    />
  );
}
