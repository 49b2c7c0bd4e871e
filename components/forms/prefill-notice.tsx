'use client';
// Tells the officer which fields of a new report or record were filled in from data the system
// already holds (FRM-3) and where each came from, so nothing prefilled is sent unchecked.
import { useMemo } from 'react';
import { Alert } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import { schemaTitles } from '@/components/submission/flatten';
import type { FilledField } from '@/engine/rules/prefill';
import type { EntryFormDefinition } from './ui-schema';

export function PrefillNotice({ form, filled }: { form: EntryFormDefinition; filled: readonly FilledField[] | undefined }) {
  const { t } = useI18n();
  const titles = useMemo(() => schemaTitles(form.schema, {}), [form]);
  if (!filled?.length) return null;
  const label = (f: FilledField) => (f.source === 'previous-period' && f.periodKey ? t('collect.prefill.previousKey', { period: f.periodKey })
    : f.source === 'same-unit-form' && f.form ? t('collect.prefill.otherForm', { form: f.form })
      : t(`collect.prefill.${f.source}`));
  const sources = [...new Set(filled.map((f) => t(`collect.prefill.${f.source}`)))].join(', ');
  return (
    <Alert type="info" showIcon data-testid="prefill-notice" title={t('collect.prefill.notice', { n: filled.length, sources })}
      description={<ul style={{ margin: 0, paddingLeft: 20 }}>
        {filled.map((f) => <li key={f.field}>{t('collect.prefill.item', { field: titles[f.field] ?? f.field, source: label(f) })}</li>)}
      </ul>} />
  );
}
