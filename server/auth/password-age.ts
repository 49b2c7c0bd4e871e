// When a password must be changed before anything else: first sign-in or admin reset
// (ACC-2), older than the maximum age (ACC-3, 180 days by default), or a handover deadline (ACC-6).
export function passwordMaxAgeDays(): number {
  const v = Number(process.env.PASSWORD_MAX_AGE_DAYS ?? 180);
  return Number.isFinite(v) && v > 0 ? v : 180;
}

export type PasswordChangeReason = 'first-login-or-reset' | 'expired' | 'handover';

export function passwordChangeReason(
  account: { mustChangePassword: boolean; passwordChangedAt?: Date | null; passwordChangeDueAt?: Date | null },
  at: Date,
): PasswordChangeReason | null {
  if (account.mustChangePassword) return 'first-login-or-reset';
  if (account.passwordChangeDueAt && account.passwordChangeDueAt.getTime() <= at.getTime()) return 'handover';
  const changed = account.passwordChangedAt;
  if (changed && at.getTime() - changed.getTime() > passwordMaxAgeDays() * 86_400_000) return 'expired';
  return null;
}
