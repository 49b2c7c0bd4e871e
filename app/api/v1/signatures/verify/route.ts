// Verifies a file against its detached signature: JSON { contentBase64, signature } where
// `signature` is the parsed .sig.json. Always 200 with { ok, reason?, trustedCertificate, … }.
import { z } from 'zod';
import { apiRoute, readJson } from '@/server/http/api-route';
import { parseInput } from '@/server/services/accounts/input';
import { MAX_FILE_BYTES } from '@/server/services/security/export-input';
import { checkExport } from '@/server/services/security/export-signatures';

export const dynamic = 'force-dynamic';

const input = z.strictObject({ contentBase64: z.string(), signature: z.record(z.string(), z.unknown()) });

export const POST = apiRoute(async (ctx) => {
  const body = parseInput(input, await readJson(ctx.req, Math.ceil(MAX_FILE_BYTES * 1.4)));
  return checkExport(ctx.em, Buffer.from(body.contentBase64, 'base64'), body.signature);
});
