// A lighter app server for the crash and shutdown tests: node:http over the SAME route
// handlers (app/api/v1/**/route.ts, through apiRoute) and the same instrument/closeGracefully
// as `npm start`, without a Next build. SIGTERM runs the production shutdown order: drain
// requests, stop jobs, close the ORM. `x-test-delay-ms` holds a request (to be in flight).
import http from 'node:http';
import { getOrm, closeOrm } from '@/server/db/orm';
import { startJobs, stopJobs } from '@/server/jobs/boss';
import { closeGracefully, instrument } from '@/server/runtime/serve';

type Handler = (req: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES: [string, RegExp, () => Promise<Record<string, Handler>>][] = [
  ['POST', /^\/api\/v1\/forms\/(?<code>[^/]+)\/records$/, () => import('@/app/api/v1/forms/[code]/records/route') as Promise<unknown> as Promise<Record<string, Handler>>],
  ['PUT', /^\/api\/v1\/records\/(?<id>[^/]+)$/, () => import('@/app/api/v1/records/[id]/route') as Promise<unknown> as Promise<Record<string, Handler>>],
  ['GET', /^\/api\/v1\/submissions\/(?<id>[^/]+)$/, () => import('@/app/api/v1/submissions/[id]/route') as Promise<unknown> as Promise<Record<string, Handler>>],
  ['GET', /^\/api\/health$/, () => import('@/app/api/health/route') as Promise<unknown> as Promise<Record<string, Handler>>],
];

async function dispatch(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const route = ROUTES.find(([m, re]) => m === req.method && re.test(url.pathname));
  if (!route) { res.writeHead(404).end(); return; }
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const delay = Number(req.headers['x-test-delay-ms'] ?? 0);
  if (delay > 0) await new Promise((r) => setTimeout(r, delay));
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const request = new Request(url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
  const handler = (await route[2]())[route[0]];
  const response = await handler(request, { params: Promise.resolve({ ...route[1].exec(url.pathname)!.groups }) });
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  res.end(Buffer.from(await response.arrayBuffer()));
}

const orm = await getOrm();
await startJobs(orm, { schedule: false });
const { handler, inFlight } = instrument((req, res) => dispatch(req, res).catch(() => res.writeHead(500).end()));
const server = http.createServer((req, res) => void handler(req, res));
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`listening ${process.env.PORT}`));

process.once('SIGTERM', async () => {
  console.log('draining');
  await closeGracefully(server, inFlight, 15_000);
  await stopJobs();
  await closeOrm();
  console.log('stopped');
  process.exit(0);
});
