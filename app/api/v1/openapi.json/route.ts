// The OpenAPI document, public so integrators can read it before they have a token.
import { publicRoute, json } from '@/server/http/api-route';
import { openApiDocument } from '@/server/http/openapi';

export const dynamic = 'force-dynamic';

export const GET = publicRoute(async () => json(openApiDocument()));
