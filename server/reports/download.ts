// The report in the requested format as an HTTP response: JSON (the integrator contract),
// .xlsx or PDF with a Content-Disposition whose filename survives Vietnamese (RFC 5987:
// an ASCII fallback plus filename* in UTF-8).
import { badRequest } from '../errors';
import type { ReportResult } from './get-report';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export function asciiName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}

export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName(fileName)}"; filename*=UTF-8''${encoded}`;
}

export function reportFileName(r: ReportResult, ext: string): string {
  return `${r.title.vi} - ${r.unit.name} - ${r.period.key ?? r.tree.date}.${ext}`.replace(/[\\/:*?"<>|]/g, '-');
}

export async function reportResponse(r: ReportResult, format: string | null, today: string): Promise<Response | ReportResult> {
  if (!format || format === 'json') return r;
  if (format !== 'xlsx' && format !== 'pdf') {
    throw badRequest({ vi: 'Tham số format phải là json, xlsx hoặc pdf.', en: 'Parameter format must be json, xlsx or pdf.' });
  }
  const body = format === 'xlsx' ? await renderXlsx(r, today) : await renderPdf(r, today);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { 'content-type': TYPES[format], 'content-disposition': contentDisposition(reportFileName(r, format)), 'cache-control': 'no-store' },
  });
}
