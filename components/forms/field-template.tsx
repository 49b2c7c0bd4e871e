'use client';
// The field template with the engine's results around it: fields the rules hide are not
// rendered, computed fields say so, and warnings appear under their field with the place to
// type the explanation they require (FRM-7). Scalar fields get a light label/input/errors
// layout (styled like antd's vertical form, see field-styles) instead of antd's Form.Item:
// Form.Item (Row, Cols, breakpoint listener, motion error list, style hooks) was about half
// of the first render of a 300-field form. Objects and arrays keep the antd template.
import { getUiOptions, type FieldTemplateProps } from '@rjsf/utils';
import { Templates } from '@rjsf/antd';
import { Tag } from 'antd';
import { useI18n } from '@/components/providers/i18n-context';
import type { EntryContext } from './entry-context';
import { fieldKey } from './field-paths';
import { WarningNote } from './warning-note';

const BaseFieldTemplate = Templates.FieldTemplate!;
const COMPUTED_TAG = { marginTop: -8, marginBottom: 12 } as const;

function LightField(props: FieldTemplateProps) {
  const { id, label, displayLabel, required, children, errors, rawErrors, help, rawHelp, description, rawDescription, uiSchema } = props;
  const isCheckbox = getUiOptions(uiSchema).widget === 'checkbox';
  const hasErrors = !!rawErrors?.length;
  return (
    <div className={hasErrors ? 'ef-item ef-has-error' : 'ef-item'}>
      {displayLabel && !isCheckbox && label ? (
        <div className="ef-label">
          <label htmlFor={id} className={required ? 'ef-required' : undefined} title={label}>{label}</label>
        </div>
      ) : null}
      {children}
      {hasErrors ? <div className="ef-explain" role="alert">{errors}</div> : null}
      {rawHelp ? <div className="ef-help">{help}</div> : null}
      {rawDescription ? <div className="ef-extra">{description}</div> : null}
    </div>
  );
}

export function EntryFieldTemplate(props: FieldTemplateProps) {
  const { t } = useI18n();
  const ctx = props.registry.formContext as EntryContext;
  if (ctx.hidden.has(props.id)) return null;
  if (props.hidden) return <div className="rjsf-field-hidden">{props.children}</div>;
  const warnings = ctx.warnings.get(props.id);
  const computed = ctx.computed.has(fieldKey(props.id));
  const types = ([] as unknown[]).concat(props.schema.type ?? []);
  const scalar = !types.includes('object') && !types.includes('array');
  return (
    <div data-field={props.id} className="ef-field">
      {scalar ? <LightField {...props} /> : <BaseFieldTemplate {...props} />}
      {computed ? <Tag color="blue" style={COMPUTED_TAG}>{t('collect.computed')}</Tag> : null}
      {warnings?.map((w) => (
        <WarningNote key={`${w.ruleId}@${w.field}`} issue={w} ctx={ctx} />
      ))}
    </div>
  );
}
