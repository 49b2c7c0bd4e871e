// FRM-1: the entry form validates with the engine's schema check, the code the server runs on
// save and submit; findings land on RJSF's property paths in the page's language.
import { describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { schemaValidator } from '@/components/forms/schema-validator';

const schema: RJSFSchema = {
  type: 'object', required: ['hoTen'],
  properties: { hoTen: { type: 'string' }, rows: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } } },
};

describe('schemaValidator', () => {
  it('puts each finding on its RJSF property, with the missing property of a required one', () => {
    const { errors, errorSchema } = schemaValidator.validateFormData({ rows: [{ id: 0 }, {}] }, schema);
    expect(errors.map((e) => `${e.name}${e.property}`)).toEqual(['required.hoTen', 'minimum.rows.0.id', 'required.rows.1.id']);
    expect(errors[0]).toMatchObject({ message: 'Bắt buộc nhập.', params: { missingProperty: 'hoTen' } });
    expect(errors[1].message).toBe('Không được nhỏ hơn 1.');
    expect(errorSchema.rows?.[0]?.id?.__errors).toEqual(['Không được nhỏ hơn 1.']);
  });

  it('answers isValid like the server would', () => {
    expect(schemaValidator.isValid(schema, { hoTen: 'Lan', rows: [{ id: 2 }] }, schema)).toBe(true);
    expect(schemaValidator.isValid(schema, { hoTen: 'Lan', rows: [{ id: 'hai' }] }, schema)).toBe(false);
  });
});
