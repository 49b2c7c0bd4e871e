// Signs an exported file (PDF, xlsx, JSON) with the key of the caller's unit (RPT-5) and
// answers the detached signature as a downloadable `<file>.sig.json`.
import { apiRoute } from '@/server/http/api-route';
import { clientIp } from '@/server/audit/write-audit';
import { readFileInput } from '@/server/services/security/export-input';
import { signExport } from '@/server/services/security/export-signatures';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(async (ctx) => {
  const file = await readFileInput(ctx.req, ctx.url);
  const sig = await signExport(ctx.em, ctx.actor, file.bytes, file.fileName, ctx.now, clientIp(ctx.req));
  const name = `${(file.fileName ?? 'export').replace(/[^\w.-]+/g, '_')}.sig.json`;
  return new Response(JSON.stringify(sig, null, 2), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` },
  });
});
