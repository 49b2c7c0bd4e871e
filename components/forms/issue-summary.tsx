'use client';
// The rule findings at a glance above the form: how many errors and warnings still block the
// submission, each with its field title and a link that moves focus to the field.
import { Alert } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import type { RuleIssue } from '@/components/submission/types';
import { rjsfId } from './field-paths';

interface Props {
  issues: RuleIssue[];
  titles: Record<string, string>;
  /** Only the list (inside another alert). */
  plain?: boolean;
}

function focusField(path: string) {
  const el = document.getElementById(rjsfId(path));
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

export function IssueSummary({ issues, titles, plain }: Props) {
  const { t, lang } = useI18n();
  if (issues.length === 0) return null;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const open = issues.filter((i) => i.needsExplanation).length;
  const list = (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {issues.map((i) => (
        <li key={`${i.ruleId}@${i.field}`}>
          <a href={`#${rjsfId(i.field)}`} onClick={(e) => { e.preventDefault(); focusField(i.field); }}>{titles[i.field] ?? i.field}</a>
          {': '}{(lang === 'en' && i.message.en) || i.message.vi}
          {i.severity === 'warning' && !i.needsExplanation ? ` (${t('collect.explained')})` : null}
        </li>
      ))}
    </ul>
  );
  if (plain) return list;
  return (
    <Alert
      type={errors > 0 ? 'error' : open > 0 ? 'warning' : 'info'}
      showIcon
      title={t('collect.issues', { errors, warnings: issues.length - errors, open })}
      description={list}
    />
  );
}
