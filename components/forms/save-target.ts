// Where the entry page saves: a report (PUT by form × unit × period, created on first save) or a
// register record (POST to the unit's register on first save, then PUT by id). Plain data, so a
// server page can hand it to the client page; the requests and links are built here.
export type EntryTarget =
  | { kind: 'report'; periodKey: string; due: string | null }
  | { kind: 'record' };

export interface SaveBody {
  data: Record<string, unknown>;
  explanations: Record<string, string>;
  version?: number;
}

export interface SaveRequest { method: 'POST' | 'PUT'; url: string; body: Record<string, unknown> }

const enc = encodeURIComponent;

export function saveRequest(formCode: string, unitCode: string, target: EntryTarget, id: string | null, body: SaveBody): SaveRequest {
  if (target.kind === 'report') return { method: 'PUT', url: `/api/v1/forms/${enc(formCode)}/reports/${enc(unitCode)}/${enc(target.periodKey)}`, body: { ...body } };
  if (id) return { method: 'PUT', url: `/api/v1/records/${enc(id)}`, body: { ...body } };
  return { method: 'POST', url: `/api/v1/forms/${enc(formCode)}/records`, body: { unitCode, data: body.data, explanations: body.explanations } };
}

/** The key of the browser's backup copy of unsaved changes. */
export function draftScope(formCode: string, unitCode: string, target: EntryTarget, id: string | null): string {
  return target.kind === 'report' ? `${formCode}/${unitCode}/${target.periodKey}` : `${formCode}/${unitCode}/record/${id ?? 'new'}`;
}

export const registerHref = (formCode: string, unitCode: string) => `/app/so/${enc(formCode)}?unit=${enc(unitCode)}`;
export const recordHref = (formCode: string, id: string) => `/app/so/${enc(formCode)}/${enc(id)}`;
export const newRecordHref = (formCode: string, unitCode: string) => `/app/so/${enc(formCode)}/moi?unit=${enc(unitCode)}`;
