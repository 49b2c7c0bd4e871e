// Request bodies and query strings of the submission API, checked at the boundary; a bad
// body is a 400 with every problem listed, never a half-applied change.
import { z } from 'zod';
import { AppError } from '../../errors';

const dataSchema = z.record(z.string(), z.unknown());
const explanationsSchema = z.record(z.string(), z.string().max(2000));

export const saveReportBody = z.object({ data: dataSchema, version: z.number().int().min(0).optional(), explanations: explanationsSchema.optional() });
const eventType = z.string().regex(/^[A-Z][A-Z0-9_]*$/);
export const createRecordBody = z.object({
  unitCode: z.string().min(1), data: dataSchema, subjectKey: z.string().min(1).max(200).optional(), explanations: explanationsSchema.optional(),
  event: z.object({ type: eventType, comment: z.string().max(4000).optional() }).optional(),
});
export const updateRecordBody = z.object({ data: dataSchema, version: z.number().int().min(1), explanations: explanationsSchema.optional() });
export const eventBody = z.object({
  type: eventType,
  comment: z.string().max(4000).optional(),
  signature: z.string().max(20000).optional(),
  expectedVersion: z.number().int().min(1),
});
export const bulkBody = z.object({
  ids: z.array(z.uuid()).min(1).max(200),
  type: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  comment: z.string().max(4000).optional(),
  expectedVersions: z.record(z.string(), z.number().int().min(1)),
});
export const markReadBody = z.object({ ids: z.union([z.array(z.uuid()).max(500), z.literal('all')]) });

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
export const queueQuery = z.object({
  form: z.string().optional(), state: z.string().optional(), status: z.string().optional(), unit: z.string().optional(),
  period: z.string().optional(), changedSinceApproval: bool.optional(), includeDrafts: bool.optional(),
  sort: z.enum(['updatedAt', 'submittedAt', 'period', 'form', 'unit', 'state']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const recordsQuery = z.object({
  unit: z.string().min(1), q: z.string().max(200).optional(), state: z.string().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError('bad-request', { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'Invalid request.' }, {
    errors: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}

export function queryObject(url: URL): Record<string, string> {
  return Object.fromEntries([...url.searchParams.entries()].filter(([, v]) => v !== ''));
}
