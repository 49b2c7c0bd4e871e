'use client';
// The antd field template with the engine's results around it: fields the rules hide are not
// rendered, computed fields say so, and warnings appear under their field with the place to
// type the explanation they require (FRM-7).
import type { FieldTemplateProps } from '@rjsf/utils';
import { Templates } from '@rjsf/antd';
import { Tag } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import type { EntryContext } from './entry-context';
import { fieldKey } from './field-paths';
import { WarningNote } from './warning-note';

const BaseFieldTemplate = Templates.FieldTemplate!;

export function EntryFieldTemplate(props: FieldTemplateProps) {
  const { t } = useI18n();
  const ctx = props.registry.formContext as EntryContext;
  if (ctx.hidden.has(props.id)) return null;
  const warnings = ctx.warnings.get(props.id);
  const computed = ctx.computed.has(fieldKey(props.id));
  return (
    <div data-field={props.id}>
      <BaseFieldTemplate {...props} />
      {computed ? <Tag color="blue" style={{ marginTop: -8, marginBottom: 12 }}>{t('collect.computed')}</Tag> : null}
      {warnings?.map((w) => (
        <WarningNote key={`${w.ruleId}@${w.field}`} issue={w} ctx={ctx} />
      ))}
    </div>
  );
}
