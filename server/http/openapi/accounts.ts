// OpenAPI documentation of the account routes: /me, /accounts, roles and officer handover
// (ACC-1..8). Errors are problem+json; 'weak-password' adds `violations`.
import { authErrors, type OpenApiPart } from './common';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });
const ok = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });
const id = (name = 'id') => ({ name, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } });
const nullable = (type: string) => ({ type: [type, 'null'] });
const e = { ...authErrors, '404': { $ref: '#/components/responses/NotFound' }, '409': { $ref: '#/components/responses/Conflict' }, '422': { $ref: '#/components/responses/Unprocessable' } };
const noContent = { '204': { description: 'Done' } };

const unitBrief = { type: 'object', properties: { id: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' } } };
const role = { type: 'object', properties: { id: { type: 'string' }, role: ref('RoleName'), unit: unitBrief, domain: nullable('string') } };
const roleInput = { type: 'object', required: ['role', 'unitId'], properties: { role: ref('RoleName'), unitId: { type: 'string', format: 'uuid' }, domain: nullable('string') } };
const contact = { fullName: { type: 'string' }, email: nullable('string'), phone: nullable('string'), title: nullable('string') };

export const accountsPart: OpenApiPart = {
  schemas: {
    RoleName: { type: 'string', enum: ['system_admin', 'unit_admin', 'data_entry', 'approver', 'viewer'] },
    WeakPassword: {
      description: "Problem 'weak-password' carries every violated rule",
      type: 'object',
      properties: { violations: { type: 'array', items: { type: 'object', properties: { rule: { enum: ['min-length', 'uppercase', 'lowercase', 'digit', 'special'] }, message: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } } } } } } },
    },
    Me: {
      type: 'object',
      properties: {
        id: { type: 'string' }, username: { type: 'string' }, kind: { enum: ['person', 'unit'] }, ...contact, unit: unitBrief,
        roles: { type: 'array', items: role }, passwordChangeRequired: { type: 'boolean' },
        passwordChangeReason: { enum: ['first-login-or-reset', 'expired', 'handover', null] },
      },
    },
    AccountDetail: {
      type: 'object',
      properties: {
        id: { type: 'string' }, username: { type: 'string' }, kind: { enum: ['person', 'unit'] }, ...contact, status: { enum: ['active', 'locked', 'closed'] },
        unit: unitBrief, roles: { type: 'array', items: role }, mustChangePassword: { type: 'boolean' },
        passwordChangeDueAt: nullable('string'), passwordChangedAt: nullable('string'), lockedUntil: nullable('string'),
        lastLoginAt: nullable('string'), createdAt: { type: 'string' }, closedAt: nullable('string'),
      },
    },
    AccountPage: {
      type: 'object',
      properties: {
        total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' },
        items: { type: 'array', items: { type: 'object', properties: {
          id: { type: 'string' }, username: { type: 'string' }, fullName: { type: 'string' }, kind: { enum: ['person', 'unit'] },
          unit: { type: 'object', properties: { id: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' } } },
          status: { enum: ['active', 'locked', 'closed'] },
          roles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, role: ref('RoleName'), unitId: { type: 'string' }, unitName: { type: 'string' }, domain: nullable('string') } } },
          lastLoginAt: nullable('string'), createdAt: { type: 'string' },
        } } },
      },
    },
    Officer: {
      type: 'object',
      properties: {
        id: { type: 'string' }, fullName: { type: 'string' }, title: nullable('string'), department: nullable('string'), phone: nullable('string'),
        email: nullable('string'), fromAt: { type: 'string' }, toAt: nullable('string'), current: { type: 'boolean' }, note: nullable('string'), recordedBy: nullable('string'),
      },
    },
  },
  paths: {
    '/api/v1/me': { get: { summary: 'The signed-in account (usable while a password change is pending)', responses: { '200': ok('Account', ref('Me')), ...authErrors } } },
    '/api/v1/me/password': {
      post: {
        summary: 'Change own password (ACC-2/3/4). Ends every session of the account: the UI signs in again with the new password',
        requestBody: body({ type: 'object', required: ['currentPassword', 'newPassword'], properties: { currentPassword: { type: 'string' }, newPassword: { type: 'string' } } }),
        responses: { ...noContent, ...e, '401': { description: "'invalid-credentials' (wrong current password) or not signed in" }, '422': { description: "'weak-password' (see WeakPassword) or 'password-reused' (last 5)" } },
      },
    },
    '/api/v1/accounts': {
      get: {
        summary: 'Accounts whose unit is in the caller unit_admin subtrees (all for system admins)',
        parameters: [
          { name: 'q', in: 'query', schema: { type: 'string' }, description: 'Accent-insensitive search on full name and username' },
          { name: 'unit', in: 'query', schema: { type: 'string', format: 'uuid' }, description: 'Accounts of this unit and its subtree' },
          { name: 'status', in: 'query', schema: { enum: ['active', 'locked', 'closed'] } },
          { name: 'role', in: 'query', schema: ref('RoleName') },
          { name: 'sort', in: 'query', schema: { enum: ['username', 'fullName', 'createdAt', 'lastLoginAt', 'status'], default: 'username' } },
          { name: 'order', in: 'query', schema: { enum: ['asc', 'desc'], default: 'asc' } },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: { '200': ok('Page', ref('AccountPage')), ...authErrors },
      },
      post: {
        summary: 'Create an account (must change its password at first sign-in)',
        requestBody: body({ type: 'object', required: ['username', 'fullName', 'kind', 'unitId', 'password'], properties: { username: { type: 'string' }, kind: { enum: ['person', 'unit'] }, unitId: { type: 'string', format: 'uuid' }, ...contact, password: { type: 'string' }, roles: { type: 'array', items: roleInput } } }),
        responses: { '201': ok('Created', ref('AccountDetail')), ...e, '409': { description: "'duplicate' username" } },
      },
    },
    '/api/v1/accounts/{id}': {
      get: { summary: 'One account (its holder, or an admin whose subtree holds it)', parameters: [id()], responses: { '200': ok('Account', ref('AccountDetail')), ...e } },
      patch: { summary: 'Edit contact fields', parameters: [id()], requestBody: body({ type: 'object', properties: contact }), responses: { '200': ok('Account', ref('AccountDetail')), ...e } },
    },
    '/api/v1/accounts/{id}/reset-password': {
      post: { summary: 'Admin reset: must change at next sign-in; ends the sessions', parameters: [id()], requestBody: body({ type: 'object', required: ['newPassword'], properties: { newPassword: { type: 'string' } } }), responses: { ...noContent, ...e } },
    },
    '/api/v1/accounts/{id}/close': {
      post: { summary: 'Close (never delete, ACC-5); sessions and tokens stop at their next request', parameters: [id()], requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { reason: { type: 'string' } } } } } }, responses: { ...noContent, ...e } },
    },
    '/api/v1/accounts/{id}/unlock': { post: { summary: 'Lift a sign-in lockout', parameters: [id()], responses: { ...noContent, ...e } } },
    '/api/v1/accounts/{id}/roles': {
      post: { summary: 'Grant a role on a unit subtree (within the caller scope)', parameters: [id()], requestBody: body(roleInput), responses: { '201': ok('Granted', role), ...e } },
    },
    '/api/v1/accounts/{id}/roles/{assignmentId}': {
      delete: { summary: 'Revoke a role (stamps revoked_at; the row stays)', parameters: [id(), id('assignmentId')], responses: { ...noContent, ...e } },
    },
    '/api/v1/units/{id}/officers': {
      get: { summary: 'Officer history of the unit account, current first (ACC-6)', parameters: [id()], responses: { '200': ok('History', { type: 'object', properties: { items: { type: 'array', items: ref('Officer') } } }), ...e } },
      post: {
        summary: "Handover: closes the current officer, opens the new one; the unit's unit-kind accounts must change password within 7 days",
        parameters: [id()],
        requestBody: body({ type: 'object', required: ['fullName'], properties: { fullName: { type: 'string' }, title: { type: 'string' }, department: { type: 'string' }, phone: { type: 'string' }, email: { type: 'string' }, note: { type: 'string' } } }),
        responses: { '201': ok('Recorded', ref('Officer')), ...e },
      },
    },
  },
};
