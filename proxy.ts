// Next 16 "proxy" (formerly middleware): runs before every page and API route. It gives each
// request a nonce for the Content-Security-Policy (Next adds it to its own scripts when it
// finds the CSP on the request) and sets the security headers on every answer (SEC-4).
import { NextResponse, type NextRequest } from 'next/server';
import { newNonce, securityHeaders } from './server/security/edges/security-headers';

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = request.headers.get('x-forwarded-proto')?.split(',')[0].trim() === 'https';
  const headers = securityHeaders({ nonce, https });
  const forwarded = new Headers(request.headers);
  forwarded.set('x-nonce', nonce);
  forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
