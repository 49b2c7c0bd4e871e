// Health check documentation.
import type { OpenApiPart } from './common';

export const healthPart: OpenApiPart = {
  paths: {
    '/api/health': {
      get: {
        summary: 'Liveness and database readiness',
        security: [],
        responses: {
          '200': { description: 'Ready', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' }, db: { const: 'ok' } } } } } },
          '503': { description: 'Database unreachable' },
        },
      },
    },
  },
};
