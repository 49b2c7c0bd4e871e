// Shared OpenAPI pieces: the problem+json error and the standard error responses.
export interface OpenApiPart {
  paths: Record<string, unknown>;
  schemas?: Record<string, unknown>;
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export const commonComponents = {
  schemas: {
    Problem: {
      type: 'object',
      required: ['type', 'title', 'status', 'code', 'detail'],
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        code: { type: 'string', description: 'Stable machine-readable error code' },
        detail: { type: 'string', description: 'Message in the caller language (vi by default)' },
        instance: { type: 'string' },
      },
    },
  },
  responses: {
    BadRequest: problem('Invalid input'),
    Unauthenticated: problem('Sign-in or bearer token required'),
    Forbidden: problem('Outside the caller scope or role'),
    NotFound: problem('No such resource'),
    Conflict: problem('Version conflict or duplicate'),
    Unprocessable: problem('Rejected by a rule or policy'),
  },
};

/** Standard error responses for an authenticated operation. */
export const authErrors = {
  '401': { $ref: '#/components/responses/Unauthenticated' },
  '403': { $ref: '#/components/responses/Forbidden' },
};
