// The uiSchema the entry form renders with: the definition's own uiSchema, computed fields
// made read-only, attachment fields given the upload widget, and no RJSF submit button
// (saving and submitting are the page's job). Built once per form.
import type { UiSchema } from '@rjsf/utils';
import { uiSegments } from './field-paths';

export interface EntryFormDefinition {
  code: string;
  title: { vi: string; en?: string };
  schema: { type: 'object'; properties: Record<string, Record<string, unknown>>; required?: string[] };
  uiSchema?: Record<string, unknown>;
  rules?: { computed?: { field: string }[]; validations?: unknown[]; visibility?: unknown[] };
}

function at(root: Record<string, unknown>, segments: string[]): Record<string, unknown> {
  let node = root;
  for (const seg of segments) node = (node[seg] ??= {}) as Record<string, unknown>;
  return node;
}

export function attachmentFields(form: EntryFormDefinition): string[] {
  return Object.entries(form.schema.properties).filter(([, node]) => node['x-attachment'] !== undefined).map(([name]) => name);
}

export function buildUiSchema(form: EntryFormDefinition): UiSchema {
  const ui = structuredClone(form.uiSchema ?? {}) as Record<string, unknown>;
  for (const rule of form.rules?.computed ?? []) {
    const node = at(ui, uiSegments(rule.field));
    node['ui:readonly'] = true;
  }
  for (const name of attachmentFields(form)) at(ui, [name])['ui:widget'] = 'attachment';
  ui['ui:submitButtonOptions'] = { norender: true };
  return ui as UiSchema;
}
