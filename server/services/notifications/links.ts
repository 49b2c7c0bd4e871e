// Where a notification leads, as paths of pages that exist (app/app/…), and the absolute URL
// an e-mail carries. A report the recipient must act on (due, returned: an editable state)
// opens its entry page; one waiting for approval, or approved, opens the approval view; a
// register record opens its record page (edit and workflow happen there). The public base
// is NEXTAUTH_URL, the app's configured public URL (README, configuration table).

const seg = encodeURIComponent;

export const entryPath = (form: string, unitCode: string, periodKey: string) => `/app/nhap-lieu/${seg(form)}/${seg(unitCode)}/${seg(periodKey)}`;
export const approvalPath = (submissionId: string) => `/app/phe-duyet/${seg(submissionId)}`;
export const recordPath = (form: string, submissionId: string) => `/app/so/${seg(form)}/${seg(submissionId)}`;

export interface LinkSubject {
  id: string; kind: string; formCode: string; unitCode: string | null; periodKey: string | null;
  /** Whether the state the event led to lets the officer edit (returned, draft). */
  editable: boolean;
}

export function submissionPath(s: LinkSubject): string {
  if (s.kind === 'register') return recordPath(s.formCode, s.id);
  if (s.editable && s.unitCode && s.periodKey) return entryPath(s.formCode, s.unitCode, s.periodKey);
  return approvalPath(s.id);
}

/** The configured public base URL, without a trailing slash (default http://localhost:PORT). */
export function publicBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const base = env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`;
  return base.replace(/\/+$/, '');
}

/** An app path as an absolute URL for e-mail; absolute links pass through unchanged. */
export function absoluteUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  return /^https?:\/\//i.test(path) ? path : `${publicBaseUrl(env)}${path.startsWith('/') ? '' : '/'}${path}`;
}
