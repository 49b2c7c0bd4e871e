// GET /api/v1/forms/{code}?version= — one form with its workflow states and period.
import { apiRoute } from '@/server/http/api-route';
import { badRequest } from '@/server/errors';
import { getForm } from '@/server/services/definitions/list-forms';
import { definitionFor, rolesAnywhere } from '@/server/security/fields/redact-definition';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ code: string }>(async (ctx, { code }) => {
  const raw = ctx.url.searchParams.get('version');
  const version = raw === null || raw === '' ? undefined : Number(raw);
  if (version !== undefined && !Number.isInteger(version)) throw badRequest({ vi: 'Phiên bản không hợp lệ.', en: 'Invalid version.' });
  const found = await getForm(ctx.em, code, version);
  // Restricted fields the caller can see nowhere are not even named (SEC-2).
  return { ...found, form: definitionFor(found.form, rolesAnywhere(ctx.actor)) };
});
