'use client';
// The data-entry form itself: @rjsf/antd over the definition's JSON Schema with Vietnamese
// titles, the definition's uiSchema, engine errors as `extraErrors` and warnings/hiding via
// the field template. No live JSON-Schema validation (slow on big forms): the engine runs
// debounced outside, and JSON-Schema checks only on submit (interpreted: the CSP forbids the
// eval that AJV compiles with); errors on fields the rules hide are dropped, since nobody can
// see or fix them (e.g. a computed value left empty). Memoised so page state does not re-render it.
// Scalar fields use light templates (field-template, deferred-input, field-styles): antd's
// Form.Item and InputNumber per field made a 300-field form take over a second to appear.
import { memo, useCallback, useMemo, type Ref } from 'react';
import Form from '@rjsf/antd';
import { getDefaultRegistry, type IChangeEvent } from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, RJSFValidationError, RegistryFieldsType, RegistryWidgetsType, TemplatesType } from '@rjsf/utils';
import { AttachmentWidget } from './attachment-widget';
import type { EntryContext } from './entry-context';
import { DeferredInputTemplate } from './deferred-input';
import { EntryFieldTemplate } from './field-template';
import { FieldStyles } from './field-styles';
import { rjsfId } from './field-paths';
import { EntryObjectTemplate } from './object-template';
import { schemaValidator } from './schema-validator';
import { buildUiSchema, type EntryFormDefinition } from './ui-schema';

const TEMPLATES: Partial<TemplatesType> = { FieldTemplate: EntryFieldTemplate, ObjectFieldTemplate: EntryObjectTemplate, BaseInputTemplate: DeferredInputTemplate };
const WIDGETS: RegistryWidgetsType = { attachment: AttachmentWidget };
// Numbers render as strings do: the number input (deferred-input) already hands RJSF numbers,
// and RJSF's NumberField built an Intl.NumberFormat per field per render to re-parse text
// with the browser's decimal separator (a sixth of the first render of 300 fields).
const FIELDS: RegistryFieldsType = { NumberField: getDefaultRegistry().fields.StringField };

export interface EntryFormProps {
  form: EntryFormDefinition;
  formData: Record<string, unknown>;
  ctx: EntryContext;
  extraErrors: ErrorSchema;
  onChange: (data: Record<string, unknown>) => void;
  onBlur?: () => void;
  formRef?: Ref<unknown>;
}

function EntryFormInner({ form, formData, ctx, extraErrors, onChange, onBlur, formRef }: EntryFormProps) {
  const uiSchema = useMemo(() => buildUiSchema(form), [form]);
  const { hidden } = ctx;
  const transformErrors = useCallback((errors: RJSFValidationError[]) => errors.filter((e) => {
    const id = rjsfId((e.property ?? '').replace(/^\./, ''));
    return ![...hidden].some((h) => id === h || id.startsWith(`${h}_`));
  }), [hidden]);
  return (
    <>
      <FieldStyles />
      <Form
        ref={formRef as never}
        schema={form.schema as RJSFSchema}
        uiSchema={uiSchema}
        formData={formData}
        formContext={ctx}
        validator={schemaValidator}
        transformErrors={transformErrors}
        templates={TEMPLATES}
        widgets={WIDGETS}
        fields={FIELDS}
        extraErrors={extraErrors}
        noHtml5Validate
        showErrorList={false}
        readonly={ctx.readOnly}
        onChange={(e: IChangeEvent) => onChange((e.formData ?? {}) as Record<string, unknown>)}
        onBlur={() => onBlur?.()}
      />
    </>
  );
}

export const EntryForm = memo(EntryFormInner);
