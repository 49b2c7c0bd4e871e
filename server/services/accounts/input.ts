// Request bodies of the account API, validated once at the edge with zod; a failure is a
// 'validation-failed' problem listing each field path and message.
import { z } from 'zod';
import { ROLE_NAMES } from '../../../engine/access/actor';
import { AppError } from '../../errors';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const roleInput = z.object({
  role: z.enum(ROLE_NAMES),
  unitId: z.uuid(),
  domain: optionalText(64),
});

export const createAccountInput = z.object({
  username: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/, 'letters, digits, . _ - (3-64)'),
  fullName: text(200),
  kind: z.enum(['person', 'unit']),
  unitId: z.uuid(),
  email: optionalText(200),
  phone: optionalText(50),
  title: optionalText(200),
  password: z.string().min(1).max(200),
  roles: z.array(roleInput).max(50).optional(),
});

export const updateAccountInput = z.object({
  fullName: text(200).optional(),
  email: optionalText(200).optional(),
  phone: optionalText(50).optional(),
  title: optionalText(200).optional(),
});

export const newPasswordInput = z.object({ newPassword: z.string().min(1).max(200) });
export const changePasswordInput = z.object({ currentPassword: z.string().max(200), newPassword: z.string().min(1).max(200) });
export const closeInput = z.object({ reason: optionalText(500) });

export const officerInput = z.object({
  fullName: text(200),
  title: optionalText(200),
  department: optionalText(200),
  phone: optionalText(50),
  email: optionalText(200),
  note: optionalText(1000),
});

export type CreateAccountInput = z.infer<typeof createAccountInput>;
export type RoleInput = z.infer<typeof roleInput>;
export type UpdateAccountInput = z.infer<typeof updateAccountInput>;
export type OfficerInput = z.infer<typeof officerInput>;

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new AppError(
    'validation-failed',
    { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request data is invalid.' },
    { issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
  );
}
