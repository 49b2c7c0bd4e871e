// Serves the Next app from this process (a custom server), so the embedded database and
// the web server share one lifecycle; SIGTERM lets in-flight requests finish, then stops both.
import http from 'node:http';
import next from 'next';

export interface Served {
  close(): Promise<void>;
}

export async function serveNext(opts: { dev: boolean; port: number; hostname?: string }): Promise<Served> {
  const app = next({ dev: opts.dev, dir: process.cwd(), port: opts.port, hostname: opts.hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.hostname ?? '0.0.0.0', () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      }),
  };
}
