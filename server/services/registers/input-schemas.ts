// Query strings and form fields of the register routes, checked at the boundary (400 with
// every problem listed). Field filters travel as `f.<fieldCode>=value`.
import { z } from 'zod';
import { parseInput } from '../submissions/input-schemas';
import type { RecordFilters } from './record-filters';

const filtersShape = {
  unit: z.string().min(1),
  q: z.string().max(200).optional(),
  state: z.string().max(100).optional(),
  sort: z.string().max(100).optional(),
  order: z.enum(['asc', 'desc']).optional(),
};
export const exportQuery = z.object(filtersShape);
export const listQuery = z.object({
  ...filtersShape,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const importFields = z.object({
  unit: z.string().min(1),
  mode: z.enum(['all-or-nothing', 'valid-rows-only']),
});

export function fieldFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  const out: Record<string, string> = {};
  for (const [k, v] of entries) if (k.startsWith('f.') && typeof v === 'string' && v.trim() !== '') out[k.slice(2)] = v.slice(0, 200);
  return out;
}

/** The filters of a listing or an export from a query string. */
export function parseFilters(params: URLSearchParams): RecordFilters & { unit: string } {
  const plain = Object.fromEntries([...params.entries()].filter(([k, v]) => !k.startsWith('f.') && v !== '' && k in filtersShape));
  return { ...parseInput(exportQuery, plain), fields: fieldFilters(params) };
}
