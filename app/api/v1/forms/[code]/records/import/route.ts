// POST /api/v1/forms/{code}/records/import — multipart upload (file, unit, mode) of an .xlsx
// of register records; answers 202 with the import job to poll at /api/v1/imports/{id}.
import { apiRoute, json } from '@/server/http/api-route';
import { badRequest } from '@/server/errors';
import { parseInput } from '@/server/services/submissions/input-schemas';
import { importFields } from '@/server/services/registers/input-schemas';
import { MAX_IMPORT_BYTES, startImport } from '@/server/services/registers/start-import';
import { assertSafeFileName } from '@/server/security/edges/sniff-upload';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ code: string }>(async (ctx, { code }) => {
  if (Number(ctx.req.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES + 100_000) {
    throw badRequest({ vi: 'Tệp lớn hơn 50 MB.', en: 'The file is larger than 50 MB.' });
  }
  const form = await ctx.req.formData().catch(() => null);
  const file = form?.get('file');
  if (!form || !(file instanceof Blob)) throw badRequest({ vi: 'Hãy gửi tệp .xlsx trong trường "file".', en: 'Send the .xlsx in the "file" field.' });
  const fields = parseInput(importFields, { unit: form.get('unit'), mode: form.get('mode') });
  const name = file instanceof File ? file.name : 'import.xlsx';
  assertSafeFileName(name);
  const body = Buffer.from(await file.arrayBuffer());
  return json(await startImport(ctx.em, ctx.actor, { formCode: code, unitCode: fields.unit, mode: fields.mode, fileName: name, file: body }, ctx.now, ctx.today), 202);
});
