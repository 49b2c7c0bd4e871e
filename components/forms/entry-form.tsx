'use client';
// The data-entry form itself: @rjsf/antd over the definition's JSON Schema with Vietnamese
// titles, the definition's uiSchema, engine errors as `extraErrors` and warnings/hiding via
// the field template. No live JSON-Schema validation (slow on big forms): the engine runs
// debounced outside, and JSON-Schema checks only on submit (interpreted: the CSP forbids the
// eval that AJV compiles with); errors on fields the rules hide are dropped, since nobody can
// see or fix them (e.g. a computed value left empty). Memoised so page state does not re-render it.
import { memo, useCallback, useMemo, type Ref } from 'react';
import Form from '@rjsf/antd';
import type { IChangeEvent } from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, RJSFValidationError, RegistryWidgetsType, TemplatesType } from '@rjsf/utils';
import { AttachmentWidget } from './attachment-widget';
import type { EntryContext } from './entry-context';
import { DeferredInputTemplate } from './deferred-input';
import { EntryFieldTemplate } from './field-template';
import { rjsfId } from './field-paths';
import { EntryObjectTemplate } from './object-template';
import { schemaValidator } from './schema-validator';
import { buildUiSchema, type EntryFormDefinition } from './ui-schema';

const TEMPLATES: Partial<TemplatesType> = { FieldTemplate: EntryFieldTemplate, ObjectFieldTemplate: EntryObjectTemplate, BaseInputTemplate: DeferredInputTemplate };
const WIDGETS: RegistryWidgetsType = { attachment: AttachmentWidget };

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
      extraErrors={extraErrors}
      noHtml5Validate
      showErrorList={false}
      readonly={ctx.readOnly}
      onChange={(e: IChangeEvent) => onChange((e.formData ?? {}) as Record<string, unknown>)}
      onBlur={() => onBlur?.()}
    />
  );
}

export const EntryForm = memo(EntryFormInner);
