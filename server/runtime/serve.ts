// Serves the Next app from this process (a custom server), so the embedded database and
// the web server share one lifecycle. Every request gets an id (x-request-id, echoed), the
// socket address (x-client-ip) and one access-log line; close() drains in-flight requests.
import http from 'node:http';
import next from 'next';
import { logger } from '../logging/logger';
import { requestIdFrom } from '../logging/request-id';

export interface Served {
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

/** Wraps a handler with request id, client address and access log; counts in-flight requests. */
export function instrument(handle: Handler): { handler: Handler; inFlight: () => number } {
  let inFlight = 0;
  const handler: Handler = (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    req.headers['x-request-id'] = requestId;
    req.headers['x-client-ip'] = req.socket.remoteAddress ?? '';
    res.setHeader('x-request-id', requestId);
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = (req.url ?? '').split('?')[0];
      if (!path.startsWith('/_next/')) logger().info({ requestId, method: req.method, path, status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    return handle(req, res);
  };
  return { handler, inFlight: () => inFlight };
}

/**
 * Graceful close (OPS-2): stop accepting, let in-flight requests finish for at most
 * `graceMs` (SHUTDOWN_GRACE_MS, default 25 s), close idle keep-alive sockets, then the rest.
 */
export function closeGracefully(server: http.Server, inFlight: () => number, graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 25_000)): Promise<void> {
  return new Promise<void>((resolve) => {
    const deadline = Date.now() + graceMs;
    server.close(() => resolve());
    const sweep = setInterval(() => {
      server.closeIdleConnections();
      if (inFlight() === 0 || Date.now() >= deadline) {
        if (inFlight() > 0) logger().warn({ inFlight: inFlight() }, 'shutdown: grace period over, closing connections');
        server.closeAllConnections();
        clearInterval(sweep);
      }
    }, 50);
    sweep.unref();
  });
}

export async function serveNext(opts: { dev: boolean; port: number; hostname?: string }): Promise<Served> {
  const app = next({ dev: opts.dev, dir: process.cwd(), port: opts.port, hostname: opts.hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();
  const { handler, inFlight } = instrument((req, res) => handle(req, res));
  const server = http.createServer((req, res) => {
    void handler(req, res);
  });
  // Slow or idle clients must not hold sockets (and shutdown) forever.
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.hostname ?? '0.0.0.0', () => resolve());
  });
  return {
    close: async () => {
      await closeGracefully(server, inFlight);
      await app.close().catch(() => undefined);
    },
  };
}
