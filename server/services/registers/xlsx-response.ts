// An .xlsx download: the right content type and a Content-Disposition that keeps a
// Vietnamese file name (RFC 5987) with an ASCII fallback.
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function xlsxResponse(fileName: string, body: Uint8Array | ReadableStream<Uint8Array>): Response {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.-]/g, '_');
  return new Response(body as BodyInit, {
    status: 200,
    headers: {
      'content-type': XLSX,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  });
}
