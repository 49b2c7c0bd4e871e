// GET /api/v1/submissions/{id}/attachments/{attachmentId} — download one attachment.
import { apiRoute } from '@/server/http/api-route';
import { readAttachment } from '@/server/services/submissions/attachments';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string; attachmentId: string }>(async (ctx, { id, attachmentId }) => {
  const { meta, bytes } = await readAttachment(ctx.em, ctx.actor, id, attachmentId);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': meta.mime,
      'content-length': String(meta.size),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`,
      'x-content-sha256': meta.sha256,
    },
  });
});
