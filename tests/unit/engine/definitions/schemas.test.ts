// The committed JSON Schemas in docs/schemas must equal freshly generated ones
// (regenerate with `npm run cli -- definitions schemas docs/schemas`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from '@/engine/definitions/json-schemas';
import { definitionSchema } from '@/engine/definitions/definition';

const dir = path.resolve(__dirname, '../../../../docs/schemas');

describe('docs/schemas', () => {
  it.each(Object.entries(generateJsonSchemas()))('%s is up to date', (name, schema) => {
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe(JSON.stringify(schema, null, 2) + '\n');
  });

  it('the union dispatches on kind', () => {
    const r = definitionSchema.safeParse({ kind: 'catalog', code: 'x', version: 1, title: { vi: 'X' }, items: [{ code: 'a', name: { vi: 'A' } }] });
    expect(r.success).toBe(true);
    expect(definitionSchema.safeParse({ kind: 'nope' }).success).toBe(false);
  });
});
