// A JSON-Schema validator for RJSF built on the engine's schema check (engine/rules/schema-check.ts),
// the very code the server runs on every save and submit: the officer sees exactly the findings
// the server would give. It interprets the schema instead of compiling it (the app's
// Content-Security-Policy forbids eval, so AJV cannot compile in the browser), speaks the page's
// language and honours the form's transformErrors.
import { toErrorSchema, type RJSFSchema, type RJSFValidationError, type ValidatorType } from '@rjsf/utils';
import { checkSchema } from '@/engine/rules/schema-check';

const lang = () => (typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'vi');

/** 'rows[2].x' → '.rows.2.x', the property path RJSF's error schema is built from. */
const property = (field: string) => (field ? `.${field.replace(/\[(\d+)\]/g, '.$1')}` : '.');

function findings(schema: unknown, data: unknown): RJSFValidationError[] {
  const say = lang();
  return checkSchema(schema, data ?? {}, { required: true }).map((i) => ({
    name: i.keyword, message: i.message[say], property: property(i.field), stack: i.message[say],
    params: i.keyword === 'required' ? { missingProperty: i.field.split(/[.[\]]/).filter(Boolean).at(-1) } : {},
  }));
}

export const schemaValidator: ValidatorType = {
  validateFormData(formData, schema, _customValidate, transformErrors, uiSchema) {
    const found = findings(schema, formData);
    const errors = transformErrors ? transformErrors(found, uiSchema) : found;
    return { errors, errorSchema: toErrorSchema(errors) };
  },
  isValid: (schema: RJSFSchema, formData) => findings(schema, formData).length === 0,
  rawValidation(schema: RJSFSchema, formData) {
    return { errors: findings(schema, formData) as never[] };
  },
};
