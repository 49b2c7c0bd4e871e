// The WHERE and ORDER BY of a register listing, shared by the list page and the Excel export
// so both show exactly the same records: accent-insensitive search, state, declared fields
// (choices by equality, text by accent-insensitive containment, numbers by value), sorting.
import type { RegisterColumn } from './register-columns';

export interface RecordFilters {
  q?: string;
  state?: string;
  /** Field code → the wanted value as typed in the filter bar. */
  fields?: Record<string, string>;
  sort?: string;
  order?: 'asc' | 'desc';
}

export interface SqlPart { where: string; params: unknown[]; orderBy: string }

const like = (s: string) => s.replace(/[%_\\]/g, '\\$&');
const SAFE_CODE = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function recordFilterSql(formCode: string, unitId: string, columns: RegisterColumn[], f: RecordFilters): SqlPart {
  const clauses = [`form_code = ?`, `unit_id = ?`, `kind = 'register'`];
  const params: unknown[] = [formCode, unitId];
  const q = f.q?.trim();
  if (q) { clauses.push(`vn_fold(search_text) like '%' || vn_fold(?) || '%'`); params.push(like(q)); }
  if (f.state) { clauses.push(`state = ?`); params.push(f.state); }
  for (const [code, raw] of Object.entries(f.fields ?? {})) {
    const col = columns.find((c) => c.code === code);
    const value = raw.trim();
    if (!col || !value || !SAFE_CODE.test(code)) continue;
    if (col.options || col.kind === 'boolean' || col.kind === 'date') { clauses.push(`data->>'${code}' = ?`); params.push(value); }
    else if (col.kind === 'integer' || col.kind === 'number') {
      const n = Number(value.replace(',', '.'));
      if (Number.isFinite(n)) { clauses.push(`jsonb_typeof(data->'${code}') = 'number' and (data->>'${code}')::numeric = ?`); params.push(n); }
    } else { clauses.push(`vn_fold(data->>'${code}') like '%' || vn_fold(?) || '%'`); params.push(like(value)); }
  }
  const dir = f.order === 'asc' ? 'asc' : 'desc';
  const nulls = dir === 'asc' ? 'nulls last' : 'nulls first';
  let orderBy = `updated_at ${dir}, id`;
  const col = f.sort ? columns.find((c) => c.code === f.sort && SAFE_CODE.test(c.code)) : undefined;
  if (f.sort === 'state') orderBy = `state ${dir}, updated_at desc, id`;
  else if (f.sort === 'createdAt') orderBy = `created_at ${dir}, id`;
  else if (col && (col.kind === 'integer' || col.kind === 'number') && !col.options) {
    orderBy = `case when jsonb_typeof(data->'${col.code}') = 'number' then (data->>'${col.code}')::numeric end ${dir} ${nulls}, id`;
  } else if (col) orderBy = `data->>'${col.code}' collate "vi-VN-x-icu" ${dir} ${nulls}, id`;
  return { where: clauses.join(' and '), params, orderBy };
}
