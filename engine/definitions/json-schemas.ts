// JSON Schemas generated from the zod schemas, one per kind plus the union, published in
// docs/schemas so editors can validate and autocomplete definition files.
import { z } from 'zod';
import { DEFINITION_KINDS } from './common';
import { definitionSchema, SCHEMA_BY_KIND } from './definition';

const BASE_ID = 'https://vn-gov-forms.local/schemas/';

function toJson(schema: z.ZodType, name: string, title: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${BASE_ID}${name}`, title, ...rest };
}

/** File name → JSON Schema, deterministic (same input, same output). */
export function generateJsonSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const kind of DEFINITION_KINDS) out[`${kind}.schema.json`] = toJson(SCHEMA_BY_KIND[kind], `${kind}.schema.json`, `${kind} definition`);
  out['definition.schema.json'] = toJson(definitionSchema, 'definition.schema.json', 'Any definition (discriminated by kind)');
  return out;
}
