// CSRF protection for browser sessions (SEC-4): a state-changing request that rides on a
// cookie must come from our own origin (Origin, else Referer; a cross-site Sec-Fetch-Site
// is refused outright). Bearer-token requests carry no ambient credential and are exempt.
import { forbidden } from '@/server/errors';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** The origins this server answers as: the request URL, Host / X-Forwarded-Host, NEXTAUTH_URL. */
function ownOrigins(req: Request): Set<string> {
  const url = new URL(req.url);
  const proto = req.headers.get('x-forwarded-proto')?.split(',')[0].trim() || url.protocol.replace(':', '');
  const out = new Set<string>([url.origin]);
  for (const host of [req.headers.get('host'), req.headers.get('x-forwarded-host')?.split(',')[0].trim()]) {
    if (host) out.add(`${proto}://${host}`);
  }
  const configured = originOf(process.env.NEXTAUTH_URL ?? null);
  if (configured) out.add(configured);
  return out;
}

export function assertSameOrigin(req: Request): void {
  if (!UNSAFE.has(req.method.toUpperCase())) return;
  if (req.headers.get('authorization')?.toLowerCase().startsWith('bearer ')) return;
  if (!req.headers.get('cookie')) return; // no ambient credential: authentication will refuse it anyway
  const refused = () => forbidden({
    vi: 'Yêu cầu bị từ chối vì không xuất phát từ trang của hệ thống (CSRF).',
    en: 'Request refused: it does not come from this site (CSRF).',
  });
  if (req.headers.get('sec-fetch-site') === 'cross-site') throw refused();
  const origin = originOf(req.headers.get('origin')) ?? originOf(req.headers.get('referer'));
  if (!origin || !ownOrigins(req).has(origin)) throw refused();
}
