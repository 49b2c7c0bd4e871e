// OpenAPI for live reports (RPT-1, RPT-2, INT-1) and completeness (RPT-7): the report model
// in JSON is the integrator contract; the same model renders to .xlsx and PDF.
import { authErrors, type OpenApiPart } from './common';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const errors = { '400': { $ref: '#/components/responses/BadRequest' }, ...authErrors, '404': { $ref: '#/components/responses/NotFound' } };
const title = { type: 'object', required: ['vi'], properties: { vi: { type: 'string' }, en: { type: 'string' } } };
const unit = { type: 'object', properties: { id: { type: 'string', format: 'uuid' }, code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' } } };
const counts = {
  expected: { type: 'integer' }, received: { type: 'integer' }, approved: { type: 'integer' }, onTime: { type: 'integer' }, late: { type: 'integer' },
  missing: { type: 'integer' }, receivedRate: { type: ['number', 'null'] }, approvedRate: { type: ['number', 'null'] }, onTimeRate: { type: ['number', 'null'] },
};
const commonParams = [
  q('period', 'Period key of the source form (2025, 2025Q3, 2025M03, 2021-2025, C:<id>), or for a report a longer calendar period covering whole form periods (2025 of a monthly form); required unless the form is a register'),
  q('unit', 'Scope unit (uuid); default: the caller top scope unit. Must be within the caller scope.', { type: 'string', format: 'uuid' }),
  q('date', 'Date of the unit tree to report on (YYYY-MM-DD); default today (or the unit last valid day)', { type: 'string', format: 'date' }),
];

export const reportsPart: OpenApiPart = {
  paths: {
    '/api/v1/reports': {
      get: { summary: 'Report templates the caller can read', responses: { '200': { description: 'Templates', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: ref('ReportTemplateItem') } } } } } }, ...authErrors } },
    },
    '/api/v1/reports/{code}': {
      get: {
        summary: 'One live report (aggregated on each request over the unit tree of the chosen date)',
        description: 'Data entered under another tree (e.g. before 1 July 2025) is carried through province succession links; ' +
          'tree.mappedFacts says how many facts came that way. format=xlsx|pdf downloads the same model with a RFC 5987 filename.',
        parameters: [
          { name: 'code', in: 'path', required: true, schema: { type: 'string' } }, ...commonParams,
          q('state', 'approved (default): approved data only; submitted: everything not in draft', { type: 'string', enum: ['approved', 'submitted'] }),
          q('level', 'Row level override for drill-down (e.g. district, commune)'),
          q('format', 'Output', { type: 'string', enum: ['json', 'xlsx', 'pdf'], default: 'json' }),
        ],
        responses: {
          '200': { description: 'The report', content: {
            'application/json': { schema: ref('Report') },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
            'application/pdf': { schema: { type: 'string', format: 'binary' } },
          } },
          ...errors,
        },
      },
    },
    '/api/v1/completeness': {
      get: {
        summary: 'Completeness and timeliness of a form for a period',
        description: 'Expected = units at the form levels valid on the period reference date within the scope; merged or closed units are never expected, so rates stay ≤ 100%.',
        parameters: [{ name: 'form', in: 'query', required: true, schema: { type: 'string' } }, ...commonParams],
        responses: { '200': { description: 'Completeness', content: { 'application/json': { schema: ref('Completeness') } } }, ...errors },
      },
    },
    '/api/v1/completeness/remind': {
      post: {
        summary: 'Remind the units still missing (RPT-7)',
        description: 'Sends an in-app notification (and its e-mail copy) to the active data-entry accounts of each unit still missing for the form and period; approvers and administrators of the scope only; at most once a day per unit; audited.',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['form', 'period'], properties: {
          form: { type: 'string' }, period: { type: 'string' }, unit: { type: 'string', description: 'Scope unit id (default: the caller top scope unit)' }, date: { type: 'string', format: 'date' },
        } } } } },
        responses: { '200': { description: 'Who was reminded', content: { 'application/json': { schema: { type: 'object' } } } }, ...errors },
      },
    },
  },
  schemas: {
    ReportTemplateItem: { type: 'object', properties: { code: { type: 'string' }, version: { type: 'integer' }, title, domain: { type: ['string', 'null'] }, forms: { type: 'array', items: { type: 'string' } }, periodType: { type: ['string', 'null'] }, rows: { type: 'object' }, columns: { type: 'integer' } } },
    Report: {
      type: 'object',
      required: ['code', 'version', 'title', 'columns', 'header', 'rows', 'period', 'unit', 'state', 'tree'],
      properties: {
        code: { type: 'string' }, version: { type: 'integer' }, title,
        columns: { type: 'array', items: { type: 'object', properties: {
          key: { type: 'string' }, number: { type: 'integer', description: 'Printed as (1), (2), …' }, title, group: { type: 'array', items: title },
          format: { type: 'string', enum: ['integer', 'decimal', 'percent', 'vnd', 'text'] },
          source: { type: ['object', 'null'], properties: { form: { type: 'string' }, field: { type: 'string' }, fn: { type: 'string' }, category: { type: ['string', 'null'] } } },
          formula: { type: ['string', 'null'], description: 'e.g. "(3) = (2)/(1)×100"' },
        } } },
        header: { type: 'object', description: 'Header grid: label columns A (STT) and B, then the numbered columns; merges as spans', properties: {
          rows: { type: 'integer' }, numbering: { type: 'array', items: { type: 'string' } },
          cells: { type: 'array', items: { type: 'object', properties: { text: title, row: { type: 'integer' }, col: { type: 'integer' }, rowSpan: { type: 'integer' }, colSpan: { type: 'integer' } } } },
        } },
        rows: { type: 'array', items: { type: 'object', properties: {
          kind: { type: 'string', enum: ['row', 'unallocated', 'subtotal', 'total'] }, stt: { type: 'string' }, label: title,
          code: { type: ['string', 'null'] }, level: { type: ['string', 'null'] }, unitId: { type: ['string', 'null'] },
          drillDown: { type: ['object', 'null'], properties: { unit: { type: 'string' }, level: { type: 'string' } } },
          values: { type: 'object', additionalProperties: { type: ['number', 'null'] }, description: 'Column key → value (null: no data)' },
        } } },
        notes: { type: 'array', items: title }, signatures: { type: 'array', items: title },
        period: { type: 'object', properties: { key: { type: ['string', 'null'] }, start: { type: ['string', 'null'] }, end: { type: ['string', 'null'] }, referenceDate: { type: 'string' }, dueDate: { type: ['string', 'null'] }, type: { type: ['string', 'null'] },
          keys: { type: 'array', items: { type: 'string' }, description: 'Form periods covered (several when a longer period of a shorter-period form is asked for)' },
          referenceDates: { type: 'array', items: { type: 'string', format: 'date' } } } },
        unit, state: { type: 'string', enum: ['approved', 'submitted'] },
        tree: { type: 'object', description: 'The tree used and how facts reached it', properties: {
          date: { type: 'string', format: 'date' }, facts: { type: 'integer' },
          mappedFacts: { type: 'integer', description: 'Facts of units of another tree, carried through succession links' },
          unallocatedFacts: { type: 'integer', description: 'Facts that reached the scope only above the row level' },
        } },
      },
    },
    Completeness: {
      type: 'object',
      properties: {
        form: { type: 'object' }, period: { type: 'object' }, date: { type: 'string', format: 'date' }, unit,
        summary: { type: 'object', properties: { ...counts, notCounted: { type: 'integer', description: 'Submissions of units not expected (not in any denominator)' } } },
        byLevel: { type: 'array', items: { type: 'object', properties: { level: { type: 'string' }, ...counts } } },
        byUnit: { type: 'array', items: { type: 'object', properties: { unit: { ...unit, type: ['object', 'null'] }, ...counts } } },
        units: { type: 'array', items: ref('CompletenessUnit') }, missing: { type: 'array', items: ref('CompletenessUnit') },
      },
    },
    CompletenessUnit: { type: 'object', properties: {
      id: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' }, groupId: { type: ['string', 'null'] },
      status: { type: 'string', description: 'Submission status, or missing' }, submittedAt: { type: ['string', 'null'] }, approvedAt: { type: ['string', 'null'] },
      timeliness: { type: ['string', 'null'], enum: ['on-time', 'late', null] }, viaSuccessor: { type: 'boolean' },
    } },
  },
};
