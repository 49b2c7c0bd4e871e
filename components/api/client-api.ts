// Browser-side calls to /api/v1: JSON in, JSON out, and problem+json turned into an
// ApiProblem whose `detail` is already in the user's language (the server reads the cookie).
export interface Violation {
  rule: string;
  message: { vi: string; en: string };
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly body: Record<string, unknown>,
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }

  get violations(): Violation[] {
    return Array.isArray(this.body.violations) ? (this.body.violations as Violation[]) : [];
  }
}

export async function api<T = unknown>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = {};
  }
  if (!res.ok) {
    const detail = typeof body.detail === 'string' ? body.detail : `HTTP ${res.status}`;
    throw new ApiProblem(res.status, typeof body.code === 'string' ? body.code : 'internal', detail, body);
  }
  return body as T;
}

/** The message to show for any failure: the problem's own detail, else a generic text. */
export function problemText(err: unknown, fallback: string): string {
  return err instanceof ApiProblem ? err.detail : fallback;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
