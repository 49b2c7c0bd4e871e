// The file a caller wants signed or verified, as the routes accept it: raw bytes
// (application/octet-stream, name in ?fileName=), JSON { contentBase64, fileName }, or JSON
// { url } naming one of our own report/export routes, fetched with the caller's credentials.
import { z } from 'zod';
import { AppError, badRequest } from '../../errors';
import { readJson } from '../../http/api-route';
import { parseInput } from '../accounts/input';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const tooLarge = () => new AppError('payload-too-large', { vi: 'Tệp quá lớn để ký.', en: 'The file is too large to sign.' });

const jsonInput = z.union([
  z.strictObject({ contentBase64: z.string().min(1), fileName: z.string().max(255).nullish() }),
  z.strictObject({ url: z.string().startsWith('/api/v1/').max(2000), fileName: z.string().max(255).nullish() }),
]);

export interface FileInput { bytes: Buffer; fileName: string | null }

export async function readFileInput(req: Request, url: URL): Promise<FileInput> {
  if ((req.headers.get('content-type') ?? '').startsWith('application/octet-stream')) {
    const bytes = Buffer.from(await req.arrayBuffer());
    if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
    return { bytes, fileName: url.searchParams.get('fileName') };
  }
  const body = parseInput(jsonInput, await readJson(req, Math.ceil(MAX_FILE_BYTES * 1.4)));
  if ('contentBase64' in body) return { bytes: Buffer.from(body.contentBase64, 'base64'), fileName: body.fileName ?? null };
  return fetchOwnExport(req, url, body.url, body.fileName ?? null);
}

async function fetchOwnExport(req: Request, url: URL, path: string, fileName: string | null): Promise<FileInput> {
  const target = new URL(path, url.origin);
  if (target.origin !== url.origin || target.pathname.startsWith('/api/v1/signatures')) {
    throw badRequest({ vi: 'Địa chỉ báo cáo không hợp lệ.', en: 'Invalid report address.' });
  }
  const headers = new Headers();
  for (const name of ['authorization', 'cookie', 'accept-language']) {
    const v = req.headers.get(name);
    if (v) headers.set(name, v);
  }
  const res = await fetch(target, { headers, redirect: 'error' });
  if (!res.ok) throw badRequest({ vi: `Không tải được báo cáo (HTTP ${res.status}).`, en: `Could not fetch the report (HTTP ${res.status}).` });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
  const disposition = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  return { bytes, fileName: fileName ?? disposition ?? target.pathname.split('/').pop() ?? null };
}
