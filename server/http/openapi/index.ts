// The OpenAPI document of /api/v1 (INT-1, INT-3), assembled from one part per feature so
// each feature documents its own routes next to its code. Versioned with the API.
import { commonComponents, type OpenApiPart } from './common';
import { healthPart } from './health';
import { parts as featureParts } from './parts';

export function openApiDocument(): Record<string, unknown> {
  const all: OpenApiPart[] = [healthPart, ...featureParts];
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { ...commonComponents.schemas };
  for (const part of all) {
    Object.assign(paths, part.paths);
    Object.assign(schemas, part.schemas ?? {});
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'API thu thập dữ liệu / Data collection API',
      version: '1.0.0',
      description:
        'JSON API for integrators (LGSP, national databases). Authenticate with `Authorization: Bearer <token>` ' +
        '(create one with `npm run cli -- token create <username>`). Errors are application/problem+json with a stable `code`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
      },
      schemas,
      responses: commonComponents.responses,
    },
    security: [{ bearer: [] }, { session: [] }],
    paths,
  };
}
