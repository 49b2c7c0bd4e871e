// OpenAPI part for register Excel import/export (issue #4 part B): the template to fill, the
// multipart upload answered 202 with a job to poll, the job's findings, and the filtered export.
// Restricted columns a caller may not see are left out of the template and the export (SEC-2).
import { authErrors, type OpenApiPart } from './common';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const xlsx = (description: string) => ({
  description: `${description} Content-Disposition carries the file name (RFC 5987, Vietnamese kept).`,
  content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
});
const code = { name: 'code', in: 'path', required: true, schema: { type: 'string' }, description: 'Register form code' };
const unit = { name: 'unit', in: 'query', required: true, schema: { type: 'string' }, description: 'Unit code (a unit that keeps the register)' };
const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, schema, description });
const modes = ['all-or-nothing', 'valid-rows-only'];
const statuses = ['queued', 'validating', 'writing', 'done', 'rejected', 'failed'];

export const registersPart: OpenApiPart = {
  paths: {
    '/api/v1/forms/{code}/records/import/template': {
      get: {
        summary: 'The .xlsx to fill for a register import', tags: ['registers'],
        description: 'Row 1: Vietnamese titles ("(*)" = required); row 2 (hidden): field codes, which the import reads; drop-down lists for choice fields. ' +
          'Computed fields and restricted fields the caller may not see are left out. Needs data entry on the unit.',
        parameters: [code, unit],
        responses: {
          '200': xlsx('The template.'), '400': response('BadRequest'), ...authErrors, '404': response('NotFound'),
          '422': problem('The unit does not keep this register'),
        },
      },
    },
    '/api/v1/forms/{code}/records/import': {
      post: {
        summary: 'Upload an .xlsx of register records (queued import job)', tags: ['registers'],
        description: 'Columns are matched by the hidden code row of the template (else by title). Every row is checked like a saved record; ' +
          'all-or-nothing writes nothing when any row is invalid, valid-rows-only writes the valid rows. All accepted rows commit in one transaction. ' +
          'Poll GET /api/v1/imports/{id}. A body that is not multipart/form-data with a `file`, or a file that is not an .xlsx, is 400 `bad-request` ' +
          '(the API has no 415 answer).',
        parameters: [code],
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: { type: 'object', required: ['file', 'unit', 'mode'], properties: {
            file: { type: 'string', format: 'binary', description: '.xlsx, at most 50 MB' },
            unit: { type: 'string', description: 'Unit code' },
            mode: { type: 'string', enum: modes },
          } } } },
        },
        responses: {
          '202': { description: 'Queued', content: { 'application/json': { schema: { type: 'object', required: ['id', 'status'], properties: {
            id: { type: 'string', format: 'uuid' }, status: { type: 'string', enum: ['queued'] } } } } } },
          '400': response('BadRequest'), ...authErrors, '404': response('NotFound'),
          '413': problem('The file is larger than 50 MB (`payload-too-large`)'),
          '422': problem('Unsafe file name (`upload-refused`), or the unit does not keep this register'),
        },
      },
    },
    '/api/v1/imports/{id}': {
      get: {
        summary: 'Progress and findings of an import job', tags: ['registers'],
        description: 'Visible to the uploader and to readers of the unit. At most 1,000 findings are kept.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'Import job id' }],
        responses: { '200': { description: 'The job', content: { 'application/json': { schema: ref('ImportJob') } } }, ...authErrors, '404': response('NotFound') },
      },
    },
    '/api/v1/forms/{code}/records/export': {
      get: {
        summary: "A unit's register as .xlsx, with the list's filters and order (streamed)", tags: ['registers'],
        description: 'Same header rows as the template, so an export imports back. Encrypted values are written in clear for a reader in scope; ' +
          'restricted columns the caller may not see are left out. A filter on such a column is 403, on an encrypted column 422; a sort on either is ignored.',
        parameters: [
          code, unit, q('q', "Accent-insensitive search ('dang thi hong' finds 'Đặng Thị Hồng')"), q('state', 'Workflow state code'),
          q('f.{field}', 'Field filter, one per field: f.gender=F (choices, dates, yes/no by value; numbers by value; text by accent-insensitive containment)'),
          q('sort', 'A field code, state or createdAt (default: last update)'), q('order', 'Sort direction', { type: 'string', enum: ['asc', 'desc'] }),
        ],
        responses: {
          '200': xlsx('The records.'), '400': response('BadRequest'), ...authErrors, '404': response('NotFound'),
          '422': problem('A filter on an encrypted field'),
        },
      },
    },
  },
  schemas: {
    ImportJob: {
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' }, form: { type: 'string' }, mode: { type: 'string', enum: modes }, status: { type: 'string', enum: statuses },
        fileName: { type: 'string' }, total: { type: 'integer' }, processed: { type: 'integer' }, valid: { type: 'integer' }, invalid: { type: 'integer' },
        written: { type: 'integer' }, message: { type: ['string', 'null'] }, createdAt: { type: 'string', format: 'date-time' }, finishedAt: { type: ['string', 'null'], format: 'date-time' },
        errors: { type: 'array', items: { type: 'object', properties: {
          row: { type: 'integer', description: 'Excel row number' }, column: { type: ['string', 'null'], description: 'Column letter' },
          columnTitle: { type: ['string', 'null'] }, field: { type: ['string', 'null'] }, rule: { type: 'string' },
          message: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } } },
        } } },
      },
    },
  },
};
