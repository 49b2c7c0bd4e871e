// The response headers every page and API answer carries (SEC-4): a CSP whose scripts run
// only with the per-request nonce ('strict-dynamic', no 'unsafe-inline' for scripts), no
// framing, no MIME sniffing, a strict referrer and no powerful browser features; HSTS only
// when the request arrived over TLS (x-forwarded-proto=https), never on plain HTTP.
export function newNonce(): string {
  // btoa, not Buffer: the proxy may run on the edge runtime.
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === 'development'): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // antd computes its styles at run time (CSS-in-JS): inline styles stay allowed, scripts do not.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self' data:`,
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

export function securityHeaders(opts: { nonce: string; https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(opts.nonce),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (opts.https) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
