// OpenAPI part for forms, report drafts, register records, submissions and their workflow
// events, the officer's inbox, the approver's queue and notifications (issue #4, INT-1).
import { authErrors, type OpenApiPart } from './common';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });
const body = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });
const path = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const query = (name: string, description: string, schema: unknown = { type: 'string' }) => ({ name, in: 'query', required: false, schema, description });
const text = { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } } };
const conflict = { $ref: '#/components/responses/Conflict' };
const unprocessable = { $ref: '#/components/responses/Unprocessable' };
const notFound = { $ref: '#/components/responses/NotFound' };
const badRequest = { $ref: '#/components/responses/BadRequest' };
const idParam = path('id', 'Submission id (uuid)');

export const submissionsPart: OpenApiPart = {
  paths: {
    '/api/v1/forms': { get: { summary: 'Published forms (latest version of each)', tags: ['forms'], responses: { '200': ok('Forms', { type: 'object', properties: { items: { type: 'array', items: ref('FormSummary') } } }), ...authErrors } } },
    '/api/v1/forms/{code}': {
      get: {
        summary: 'One form definition with its workflow states/events and period', tags: ['forms'],
        parameters: [path('code', 'Form code'), query('version', 'A specific version (default: latest published)', { type: 'integer' })],
        responses: { '200': ok('Form', { type: 'object', properties: { form: { type: 'object' }, status: { type: 'string' }, workflow: { type: 'object' }, period: { type: ['object', 'null'] } } }), '404': notFound, ...authErrors },
      },
    },
    '/api/v1/forms/{code}/prefill': {
      get: {
        summary: 'Starting data of a new report or register record, prefilled from what the database holds (FRM-3)', tags: ['forms'],
        description: "Runs the form's `prefill`: the previous period's report of the unit (its current data, whatever its state), another form's newest submission of the unit, the unit (valid on the period's reference date, with its parents) and the signed-in account. Only what the caller may read is used (403 `out-of-scope` outside scope; restricted fields the caller may not read and encrypted fields are never a source); a value already in the unit's draft for the period is never replaced; only values of the target field's type are copied.",
        parameters: [path('code', 'Form code'), { name: 'unit', in: 'query', required: true, schema: { type: 'string' }, description: 'Unit code' }, query('period', "Period key, required for a report form ('2025', '2025Q3', …)")],
        responses: {
          '200': ok('Prefilled data', { type: 'object', properties: { data: { type: 'object' }, filled: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, source: { enum: ['previous-period', 'same-unit-form', 'unit', 'actor'] }, from: { type: 'string', description: 'Path read in the source' }, form: { type: 'string' }, periodKey: { type: 'string' } } } } } }),
          '400': badRequest, '404': notFound, '422': unprocessable, ...authErrors,
        },
      },
    },
    '/api/v1/forms/{code}/reports/{unitCode}/{periodKey}': {
      put: {
        summary: 'Create or update the draft of a report (one per form, unit and period)', tags: ['submissions'],
        description: 'Without `version` only creates; with it, updates when it equals the stored version. A stale version is 409 `version-conflict` with `current` {version, data} and `yours` {data}. A state that is not editable is 422 `workflow-refused`.',
        parameters: [path('code', 'Form code'), path('unitCode', 'Unit code'), path('periodKey', "Period key ('2025', '2025Q3', '2025M03', …)")],
        requestBody: body({ type: 'object', required: ['data'], properties: { data: { type: 'object' }, version: { type: 'integer' }, explanations: { type: 'object', additionalProperties: { type: 'string' }, description: 'FRM-7: explanations of warnings by rule id or ruleId@field' } } }),
        responses: { '200': ok('Saved', ref('SaveResult')), '400': badRequest, '404': notFound, '409': conflict, '422': unprocessable, ...authErrors },
      },
    },
    '/api/v1/forms/{code}/records': {
      get: {
        summary: "A unit's register records, paged, with accent-insensitive search over every value", tags: ['submissions'],
        parameters: [path('code', 'Register form code'), { name: 'unit', in: 'query', required: true, schema: { type: 'string' }, description: 'Unit code' },
          query('q', "Search text ('dang thi hong' finds 'Đặng Thị Hồng')"), query('state', 'Workflow state'), query('page', 'From 1', { type: 'integer' }), query('pageSize', '1..200', { type: 'integer' })],
        responses: { '200': ok('Page', { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } }), '400': badRequest, '404': notFound, ...authErrors },
      },
      post: {
        summary: 'Add a record to a unit register; with `event` (e.g. SUBMIT) also move it by that workflow event, atomically: when the workflow refuses, nothing is written (422 with the findings)',
        tags: ['submissions'], parameters: [path('code', 'Register form code')],
        requestBody: body({ type: 'object', required: ['unitCode', 'data'], properties: {
          unitCode: { type: 'string' }, data: { type: 'object' }, subjectKey: { type: 'string' }, explanations: { type: 'object' },
          event: { type: 'object', required: ['type'], properties: { type: { type: 'string', example: 'SUBMIT' }, comment: { type: 'string' } } },
        } }),
        responses: { '201': ok('Created', ref('SaveResult')), '400': badRequest, '404': notFound, '422': unprocessable, ...authErrors },
      },
    },
    '/api/v1/records/{id}': {
      put: {
        summary: 'Update a record (or any editable submission) by id', tags: ['submissions'], parameters: [idParam],
        requestBody: body({ type: 'object', required: ['data', 'version'], properties: { data: { type: 'object' }, version: { type: 'integer' }, explanations: { type: 'object' } } }),
        responses: { '200': ok('Saved', ref('SaveResult')), '400': badRequest, '404': notFound, '409': conflict, '422': unprocessable, ...authErrors },
      },
    },
    '/api/v1/submissions/{id}': {
      get: {
        summary: 'A submission: data (restricted fields redacted), rule findings, allowed events, diff since the last approval', tags: ['submissions'],
        parameters: [idParam], responses: { '200': ok('Submission', ref('Submission')), '404': notFound, ...authErrors },
      },
    },
    '/api/v1/submissions/{id}/history': {
      get: {
        summary: 'History timeline (append-only): who, what, when, why', tags: ['submissions'], parameters: [idParam],
        responses: { '200': ok('History', { type: 'object', properties: { items: { type: 'array', items: ref('HistoryEntry') } } }), '404': notFound, ...authErrors },
      },
    },
    '/api/v1/submissions/{id}/events': {
      post: {
        summary: 'Send a workflow event (SUBMIT, RETURN, APPROVE, UNAPPROVE, …)', tags: ['workflow'],
        description: 'A repeated request with the same `Idempotency-Key` header returns the first answer with no second effect. 409 on a stale `expectedVersion`, 403 outside scope, 422 `workflow-refused` with the reason (`refusal`: guard-failed, comment-required, event-not-allowed, …).',
        parameters: [idParam, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } }],
        requestBody: body({ type: 'object', required: ['type', 'expectedVersion'], properties: { type: { type: 'string' }, comment: { type: 'string' }, signature: { type: 'string' }, expectedVersion: { type: 'integer' } } }),
        responses: { '200': ok('New state', ref('EventResult')), '400': badRequest, '404': notFound, '409': conflict, '422': unprocessable, ...authErrors },
      },
    },
    '/api/v1/submissions/{id}/attachments': {
      get: { summary: 'Attachments of a submission', tags: ['submissions'], parameters: [idParam], responses: { '200': ok('Attachments', { type: 'object', properties: { items: { type: 'array', items: ref('Attachment') } } }), '404': notFound, ...authErrors } },
      post: {
        summary: 'Attach a document to a field (FRM-4); stored by SHA-256, type and size limited', tags: ['submissions'], parameters: [idParam],
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['field', 'file'], properties: { field: { type: 'string' }, file: { type: 'string', format: 'binary' } } } } } },
        responses: { '201': ok('Stored', ref('Attachment')), '400': badRequest, '404': notFound, '413': { $ref: '#/components/responses/Unprocessable' }, '422': unprocessable, ...authErrors },
      },
    },
    '/api/v1/submissions/{id}/attachments/{attachmentId}': {
      get: { summary: 'Download an attachment', tags: ['submissions'], parameters: [idParam, path('attachmentId', 'Attachment id')], responses: { '200': { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, '404': notFound, ...authErrors } },
    },
    '/api/v1/inbox': {
      get: {
        summary: "The officer's open, due, overdue and returned work (PER-1..5)", tags: ['inbox'],
        responses: { '200': ok('Inbox', { type: 'object', properties: { items: { type: 'array', items: ref('InboxItem') } } }), ...authErrors },
      },
    },
    '/api/v1/queue': {
      get: {
        summary: "The approver's queue, paged and filtered on the server, with the allowed events per row", tags: ['queue'],
        parameters: [
          query('form', 'Form code'), query('state', 'Workflow state name'), query('status', 'Normalised status'), query('unit', 'Unit code (its subtree)'),
          query('period', 'Period key'), query('changedSinceApproval', 'true | false'), query('includeDrafts', 'true | false'),
          query('sort', 'updatedAt | submittedAt | period | form | unit | state'), query('order', 'asc | desc'),
          query('page', 'From 1', { type: 'integer' }), query('pageSize', '1..200 (default 50)', { type: 'integer' }),
        ],
        responses: { '200': ok('Page', { type: 'object', properties: { items: { type: 'array', items: ref('QueueItem') }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } }), '400': badRequest, ...authErrors },
      },
    },
    '/api/v1/queue/bulk': {
      post: {
        summary: 'One event on many submissions (bulk approve); each row in its own transaction', tags: ['queue'],
        requestBody: body({ type: 'object', required: ['ids', 'type', 'expectedVersions'], properties: { ids: { type: 'array', items: { type: 'string', format: 'uuid' } }, type: { type: 'string' }, comment: { type: 'string' }, expectedVersions: { type: 'object', additionalProperties: { type: 'integer' } } } }),
        responses: { '200': ok('Per-row results', { type: 'object', properties: { results: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, ok: { type: 'boolean' }, result: ref('EventResult'), code: { type: 'string' }, status: { type: 'integer' }, message: text } } } } }), '400': badRequest, ...authErrors },
      },
    },
    '/api/v1/notifications': {
      get: {
        summary: "The caller's notifications, newest first", tags: ['notifications'],
        parameters: [query('unread', 'true: unread only'), query('page', 'From 1', { type: 'integer' }), query('pageSize', '1..100', { type: 'integer' })],
        responses: { '200': ok('Notifications', { type: 'object', properties: { items: { type: 'array', items: ref('Notification') }, unread: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } }), ...authErrors },
      },
    },
    '/api/v1/notifications/read': {
      post: {
        summary: "Mark the caller's notifications read", tags: ['notifications'],
        requestBody: body({ type: 'object', required: ['ids'], properties: { ids: { oneOf: [{ type: 'array', items: { type: 'string', format: 'uuid' } }, { const: 'all' }] } } }),
        responses: { '200': ok('Marked', { type: 'object', properties: { marked: { type: 'integer' }, unread: { type: 'integer' } } }), '400': badRequest, ...authErrors },
      },
    },
  },
  schemas: {
    FormSummary: { type: 'object', properties: { code: { type: 'string' }, version: { type: 'integer' }, title: text, kind: { enum: ['report', 'register'] }, domain: { type: ['string', 'null'] }, period: { type: ['string', 'null'] }, workflow: { type: 'string' }, enteredAt: { type: 'array', items: { type: 'string' } } } },
    RuleIssue: { type: 'object', properties: { ruleId: { type: 'string' }, severity: { enum: ['error', 'warning'] }, field: { type: 'string' }, message: text, needsExplanation: { type: 'boolean' }, explanation: { type: 'string' } } },
    SaveResult: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'integer' }, state: { type: 'string' }, status: { type: 'string' }, issues: { type: 'array', items: ref('RuleIssue') }, hidden: { type: 'array', items: { type: 'string' } }, blocking: { type: 'boolean' }, data: { type: 'object', description: 'The stored data with computed fields' } } },
    AllowedEvent: { type: 'object', properties: { type: { type: 'string' }, label: text, target: { type: 'string' }, requiresComment: { type: 'boolean' }, requiresSignature: { type: 'boolean' } } },
    DiffEntry: { type: 'object', properties: { path: { type: 'string' }, from: {}, to: {} } },
    Submission: {
      type: 'object',
      properties: {
        id: { type: 'string' }, form: { type: 'object' }, kind: { enum: ['report', 'register'] }, unit: { type: 'object' }, periodKey: { type: ['string', 'null'] },
        subjectKey: { type: ['string', 'null'] }, data: { type: 'object' }, explanations: { type: 'object' }, state: { type: 'string' }, status: { type: 'string' },
        stateLabel: text, final: { type: 'boolean' }, editable: { type: 'boolean' }, locked: { type: 'boolean' }, version: { type: 'integer' },
        createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' }, submittedAt: { type: ['string', 'null'] }, approvedAt: { type: ['string', 'null'] },
        lastApprovedVersion: { type: ['integer', 'null'] }, changedSinceApproval: { type: 'boolean' }, diffSinceApproval: { type: 'array', items: ref('DiffEntry') },
        issues: { type: 'array', items: ref('RuleIssue') }, hidden: { type: 'array', items: { type: 'string' } }, allowedEvents: { type: 'array', items: ref('AllowedEvent') },
        attachments: { type: 'array', items: ref('Attachment') },
      },
    },
    HistoryEntry: { type: 'object', properties: { seq: { type: 'integer' }, at: { type: 'string', format: 'date-time' }, actor: { type: 'object' }, type: { type: 'string', description: "'created', 'edited', 'signature-required' or the event name" }, fromState: { type: ['string', 'null'] }, toState: { type: 'string' }, fromLabel: text, toLabel: text, comment: { type: ['string', 'null'] }, diff: { type: 'array', items: ref('DiffEntry') }, dataVersion: { type: 'integer' } } },
    EventResult: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'integer' }, state: { type: 'string' }, status: { type: 'string' }, label: text, editable: { type: 'boolean' }, locked: { type: 'boolean' } } },
    InboxItem: {
      type: 'object',
      description: 'One form × unit × period the officer is asked for: units valid on the period\'s reference date in the officer\'s data-entry subtree on that date (the tree the save path checks)',
      properties: {
        form: { type: 'object', properties: { code: { type: 'string' }, version: { type: 'integer' }, title: text } }, unit: ref('UnitRef'),
        periodKey: { type: 'string' }, periodLabel: text,
        status: { enum: ['not-started', 'draft', 'submitted', 'returned', 'approved'] }, state: { type: ['string', 'null'] }, stateLabel: text,
        submissionId: { type: ['string', 'null'] }, version: { type: ['integer', 'null'] }, due: { type: 'string', format: 'date' }, daysLeft: { type: 'integer' },
        overdue: { type: 'boolean' }, changedSinceApproval: { type: 'boolean' },
        returnReason: { oneOf: [ref('ReturnReason'), { type: 'null' }], description: 'For returned reports: the history entry that moved it into its current state (WF-1)' },
      },
    },
    UnitRef: { type: 'object', properties: { id: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' } } },
    ReturnReason: { type: 'object', properties: { comment: { type: ['string', 'null'] }, by: { type: ['string', 'null'] }, at: { type: 'string', format: 'date-time' } } },
    QueueItem: {
      type: 'object',
      properties: {
        id: { type: 'string' }, form: { type: 'object', properties: { code: { type: 'string' }, version: { type: 'integer' }, title: text } }, kind: { type: 'string' },
        unit: ref('UnitRef'), periodKey: { type: ['string', 'null'] }, periodLabel: { oneOf: [text, { type: 'null' }] }, state: { type: 'string' }, status: { type: 'string' },
        stateLabel: text, version: { type: 'integer' }, updatedAt: { type: 'string' }, submittedAt: { type: ['string', 'null'] }, approvedAt: { type: ['string', 'null'] },
        changedSinceApproval: { type: 'boolean' }, allowedEvents: { type: 'array', items: ref('AllowedEvent') },
      },
    },
    Attachment: { type: 'object', properties: { id: { type: 'string' }, field: { type: 'string' }, fileName: { type: 'string' }, mime: { type: 'string' }, size: { type: 'integer' }, sha256: { type: 'string' }, at: { type: 'string', format: 'date-time' } } },
    Notification: { type: 'object', properties: { id: { type: 'string' }, kind: { type: 'string' }, title: text, body: text, link: { type: ['string', 'null'], description: 'Path of the page to open: /app/nhap-lieu/{form}/{unit}/{period}, /app/phe-duyet/{id} or /app/so/{form}/{id} (older rows: /app/forms/… and /app/submissions/{id})' }, submissionId: { type: ['string', 'null'] }, readAt: { type: ['string', 'null'] }, createdAt: { type: 'string' } } },
  },
};
