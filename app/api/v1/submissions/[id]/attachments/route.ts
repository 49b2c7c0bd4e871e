// POST /api/v1/submissions/{id}/attachments (multipart: field, file) — attach a document (FRM-4).
// GET — the submission's attachments (same read scope as the submission).
import { apiRoute, json } from '@/server/http/api-route';
import { badRequest } from '@/server/errors';
import { storeAttachment } from '@/server/services/submissions/attachments';
import { getSubmission } from '@/server/services/submissions/get-submission';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ id: string }>(async (ctx, { id }) => {
  const form = await ctx.req.formData().catch(() => null);
  const file = form?.get('file');
  const field = form?.get('field');
  if (!form || typeof field !== 'string' || !(file instanceof Blob)) {
    throw badRequest({ vi: 'Cần gửi "field" và "file" dạng multipart.', en: 'Send "field" and "file" as multipart form data.' });
  }
  const fileName = (file as File).name || 'file';
  const stored = await storeAttachment(ctx.em, ctx.actor, { id, field, fileName, mime: file.type || 'application/octet-stream', bytes: Buffer.from(await file.arrayBuffer()) }, ctx.now);
  return json(stored, 201);
});

export const GET = apiRoute<{ id: string }>(async (ctx, { id }) => {
  // The submission's own list leaves out attachments of restricted fields (SEC-2).
  return { items: (await getSubmission(ctx.em, ctx.actor, id, ctx.now)).attachments };
});
