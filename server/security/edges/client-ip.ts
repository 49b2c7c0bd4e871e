// The caller's address as the server saw it. The custom server writes x-client-ip from the
// socket (overwriting anything the client sent); x-forwarded-for is believed only behind a
// proxy the operator declares (TRUST_PROXY=1), and then only its last hop.
export function clientIp(headers: Headers | Record<string, unknown> | undefined): string | null {
  const get = (name: string): string | null => {
    if (!headers) return null;
    if (headers instanceof Headers) return headers.get(name);
    const v = headers[name];
    return typeof v === 'string' ? v : Array.isArray(v) ? String(v[0]) : null;
  };
  if (process.env.TRUST_PROXY === '1') {
    const hops = get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
    if (hops?.length) return hops.at(-1)!;
  }
  return get('x-client-ip');
}
