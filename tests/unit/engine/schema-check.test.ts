// The server's JSON Schema check (FRM-1, INT-1): one case per keyword form definitions use,
// with the concrete field path each finding names and required only when asked for.
import { describe, expect, it } from 'vitest';
import { checkSchema } from '@/engine/rules/schema-check';

const schema = {
  type: 'object', required: ['name'],
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 5 },
    n: { type: 'integer', minimum: 0, maximum: 10 },
    x: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    code: { type: 'string', pattern: '^[0-9]{5}$' },
    born: { type: 'string', format: 'date' },
    mail: { type: 'string', format: 'email' },
    sex: { type: 'string', enum: ['M', 'F'] },
    kind: { const: 'hộ' },
    rows: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } } },
    either: { anyOf: [{ type: 'integer' }, { type: 'string', maxLength: 1 }] },
    one: { oneOf: [{ type: 'integer', minimum: 0 }, { type: 'integer', maximum: 5 }] },
  },
  if: { properties: { sex: { const: 'F' } } }, then: { properties: { n: { maximum: 3 } } },
};
const found = (data: unknown, required = false) => checkSchema(schema, data, { required }).map((i) => `${i.keyword}@${i.field}`);

describe('checkSchema', () => {
  it.each([
    [{ name: 'Lan' }, []],
    [{ n: 'năm' }, ['type@n']],
    [{ n: 1.5 }, ['type@n']],
    [{ n: 11 }, ['maximum@n']],
    [{ n: -1 }, ['minimum@n']],
    [{ x: 0 }, ['exclusiveMinimum@x']],
    [{ x: 1 }, ['exclusiveMaximum@x']],
    [{ name: 'A' }, ['minLength@name']],
    [{ name: 'Nguyễn' }, ['maxLength@name']],
    [{ code: '1234' }, ['pattern@code']],
    [{ born: '2025-02-30' }, ['format@born']],
    [{ born: '2024-02-29' }, []],
    [{ mail: 'không-phải-thư' }, ['format@mail']],
    [{ sex: 'X' }, ['enum@sex']],
    [{ kind: 'người' }, ['const@kind']],
    [{ rows: [] }, ['minItems@rows']],
    [{ rows: [{ id: 1 }, { id: 2 }, { id: 3 }] }, ['maxItems@rows']],
    [{ rows: [{ id: 'a' }] }, ['type@rows[0].id']],
    [{ either: 'ab' }, ['anyOf@either']],
    [{ one: 3 }, ['oneOf@one']],
    [{ sex: 'F', n: 4 }, ['maximum@n']],
  ])('%j → %j', (data, expected) => {
    expect(found(data)).toEqual(expected);
  });

  it('reports missing required fields (nested rows too) only when asked', () => {
    expect(found({ rows: [{}] })).toEqual([]);
    expect(found({ rows: [{}] }, true)).toEqual(['required@name', 'required@rows[0].id']);
    expect(found({ name: '' }, true)).toEqual(['required@name']);
  });

  it('gives Vietnamese and English messages', () => {
    expect(checkSchema(schema, { n: 11 }, { required: false })[0].message).toEqual({ vi: 'Không được lớn hơn 10.', en: 'Must be at most 10.' });
  });
});
