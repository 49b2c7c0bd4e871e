// Fields every definition kind shares (kind, code, version, title, domain, description),
// kept in one place so each kind's schema, the JSON Schemas and the docs stay aligned.
// Other kinds spread `definitionHeaderShape` into their own z.strictObject.
import { z } from 'zod';

/** Lower-case kebab code: 'form-01', 'health', '2025-review'. */
export const codeSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single dashes (kebab-case)');

/** A rule id or other local identifier: letters, digits, '_' and '-'. */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be letters, digits, "_" or "-"');

/** A display text, Vietnamese required, English optional. */
export const titleSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1).optional() });

/** A message shown to users: both languages required. */
export const messageSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/** A field path in form data: 'a', 'a.b', or 'rows[].x' for a field of each repeated row. */
export const fieldPathSchema = z.string().regex(/^[A-Za-z_$][\w$]*(?:\[\])?(?:\.[A-Za-z_$][\w$]*(?:\[\])?)*$/, 'must be a field path like "a.b" or "rows[].x"');

/** json-logic: any JSON value (checked structurally by the loader against the operation registry). */
export const logicSchema = z.custom<unknown>((v) => v !== undefined, 'json-logic expression required');

export const definitionHeaderShape = {
  code: codeSchema,
  version: z.number().int().min(1),
  title: titleSchema,
  domain: codeSchema.optional(),
  description: z.string().optional(),
};

export const DEFINITION_KINDS = ['form', 'workflow', 'period', 'report', 'catalog'] as const;
export type DefinitionKind = (typeof DEFINITION_KINDS)[number];

export type Title = z.infer<typeof titleSchema>;
export type Message = z.infer<typeof messageSchema>;
