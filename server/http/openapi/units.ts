// OpenAPI for the unit tree over time (ORG-1, ORG-4): listing and reading units on a date,
// within the caller's scope.
import { authErrors, type OpenApiPart } from './common';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const dateParam = {
  name: 'date', in: 'query', required: false,
  description: 'Civil date YYYY-MM-DD (Vietnam). Default: today; for a single unit that no longer exists, its last day.',
  schema: { type: 'string', format: 'date' },
};
const badRequest = { $ref: '#/components/responses/BadRequest' };
const notFound = { $ref: '#/components/responses/NotFound' };
const nullableDate = { type: ['string', 'null'], format: 'date' };

const unitSummary = {
  type: 'object',
  required: ['id', 'code', 'name', 'level', 'unitType', 'validFrom', 'validTo'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    code: { type: 'string', description: 'GSO code (province 2 digits, district 3, commune 5); reused across periods' },
    name: { type: 'string' },
    level: { type: 'string', description: "country | province | district | commune | department | …" },
    unitType: { type: 'string', enum: ['territorial', 'agency'] },
    validFrom: { type: 'string', format: 'date', description: 'First day of validity (inclusive)' },
    validTo: { ...nullableDate, description: 'Last day of validity (inclusive); null = still valid' },
  },
};

export const unitsPart: OpenApiPart = {
  paths: {
    '/api/v1/units': {
      get: {
        summary: 'Units on a date within the caller scope',
        description:
          'Without parent, q and level: the roots of the caller scope. With parent: its children on the date ' +
          '(with q or level: its whole subtree, filtered). With q or level only: search the caller scope. ' +
          'q matches names without diacritics ("dak lak" finds "Đắk Lắk"). Sorted in Vietnamese order.',
        parameters: [
          dateParam,
          { name: 'parent', in: 'query', schema: { type: 'string', format: 'uuid' } },
          { name: 'level', in: 'query', schema: { type: 'string' } },
          { name: 'q', in: 'query', schema: { type: 'string', maxLength: 100 } },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        ],
        responses: {
          '200': { description: 'One page of units', content: { 'application/json': { schema: ref('UnitPage') } } },
          '400': badRequest, ...authErrors, '404': notFound,
        },
      },
    },
    '/api/v1/units/{id}': {
      get: {
        summary: 'One unit on a date, with breadcrumb and succession',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }, dateParam],
        responses: {
          '200': { description: 'The unit', content: { 'application/json': { schema: ref('UnitDetail') } } },
          '400': badRequest, ...authErrors, '404': notFound,
        },
      },
    },
  },
  schemas: {
    UnitListItem: {
      ...unitSummary,
      required: [...unitSummary.required, 'parentId', 'childCount'],
      properties: {
        ...unitSummary.properties,
        parentId: { type: ['string', 'null'], format: 'uuid', description: 'Parent on the requested date' },
        childCount: { type: 'integer', description: 'Children on the requested date' },
      },
    },
    UnitPage: {
      type: 'object',
      required: ['date', 'total', 'page', 'pageSize', 'items'],
      properties: {
        date: { type: 'string', format: 'date' },
        total: { type: 'integer' },
        page: { type: 'integer' },
        pageSize: { type: 'integer' },
        items: { type: 'array', items: ref('UnitListItem') },
      },
    },
    UnitSuccession: {
      ...unitSummary,
      required: [...unitSummary.required, 'effectiveDate', 'mapping'],
      properties: {
        ...unitSummary.properties,
        effectiveDate: { type: 'string', format: 'date' },
        mapping: { type: 'string', enum: ['full', 'partial'] },
        note: { type: ['string', 'null'] },
      },
    },
    UnitDetail: {
      allOf: [
        ref('UnitListItem'),
        {
          type: 'object',
          required: ['date', 'ancestors', 'successors', 'predecessors'],
          properties: {
            date: { type: 'string', format: 'date' },
            ancestors: {
              type: 'array', description: 'Breadcrumb on the date, root first',
              items: { type: 'object', properties: { id: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' } } },
            },
            successors: { type: 'array', items: ref('UnitSuccession') },
            predecessors: { type: 'array', items: ref('UnitSuccession') },
          },
        },
      ],
    },
  },
};
