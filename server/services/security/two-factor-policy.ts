// Who must use two-factor sign-in (SEC-4): every account holding one of the roles named in
// TWO_FACTOR_REQUIRED_ROLES (default: system_admin, unit_admin, approver). Such an account
// without a confirmed enrolment may only enrol until it has one (see authenticate).
import type { EntityManager } from '@mikro-orm/postgresql';

const DEFAULT_ROLES = 'system_admin,unit_admin,approver';

export function requiredRoles(): string[] {
  const text = process.env.TWO_FACTOR_REQUIRED_ROLES ?? DEFAULT_ROLES;
  return text.split(',').map((r) => r.trim()).filter(Boolean);
}

export interface TwoFactorStatus {
  enrolled: boolean;
  enrolledAt: Date | null;
  required: boolean;
  recoveryCodesLeft: number;
}

export async function twoFactorStatus(em: EntityManager, accountId: string): Promise<TwoFactorStatus> {
  const roles = requiredRoles();
  const [row] = await em.execute<{ confirmed_at: Date | null; required: boolean; left: string }[]>(
    `select (select confirmed_at from two_factor where account_id = ?) confirmed_at,
            exists (select 1 from role_assignment where account_id = ? and revoked_at is null and role = any(?::text[])) required,
            (select count(*) from two_factor_recovery where account_id = ? and used_at is null) "left"`,
    [accountId, accountId, `{${roles.join(',')}}`, accountId],
  );
  return {
    enrolled: !!row?.confirmed_at,
    enrolledAt: row?.confirmed_at ? new Date(row.confirmed_at) : null,
    required: !!row?.required,
    recoveryCodesLeft: Number(row?.left ?? 0),
  };
}

/** True when the account must enrol before doing anything else. */
export async function enrolmentRequired(em: EntityManager, accountId: string): Promise<boolean> {
  const s = await twoFactorStatus(em, accountId);
  return s.required && !s.enrolled;
}

export const enrolmentRequiredError = {
  vi: 'Tài khoản của bạn cần đăng ký xác thực hai lớp trước khi tiếp tục.',
  en: 'Your account must enrol in two-factor sign-in before continuing.',
};
