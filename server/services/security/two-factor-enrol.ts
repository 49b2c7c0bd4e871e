// Enrolment in two-factor sign-in: the server generates the secret (sealed at rest) and
// shows it once as a QR code; the enrolment counts only once a first valid code confirms
// it, and then the ten recovery codes are issued and shown once. Every step is audited.
import type { EntityManager } from '@mikro-orm/postgresql';
import QRCode from 'qrcode';
import { AppError } from '../../errors';
import { writeAudit } from '../../audit/write-audit';
import { matchTotp, newTotpSecret, totpUri } from '../../security/totp/totp';
import { newRecoveryCodes } from '../../security/totp/recovery-codes';
import { seal, unseal } from './seal';

export const totpContext = (accountId: string) => `totp:${accountId}`;
const ISSUER = process.env.TWO_FACTOR_ISSUER ?? 'HTTT thu thập số liệu';

interface Who { accountId: string; username: string; ip?: string | null }

const alreadyEnrolled = () => new AppError('conflict', {
  vi: 'Tài khoản đã đăng ký xác thực hai lớp; cần quản trị viên đặt lại để đăng ký lại.',
  en: 'Two-factor sign-in is already set up; an administrator must reset it before enrolling again.',
});

export async function startEnrolment(em: EntityManager, who: Who, at: Date) {
  const secret = newTotpSecret();
  await em.transactional(async (tx) => {
    const [row] = await tx.execute<{ confirmed_at: Date | null }[]>(`select confirmed_at from two_factor where account_id = ? for update`, [who.accountId]);
    if (row?.confirmed_at) throw alreadyEnrolled();
    await tx.execute(
      `insert into two_factor (account_id, secret_sealed, created_at) values (?, ?, ?)
       on conflict (account_id) do update set secret_sealed = excluded.secret_sealed, created_at = excluded.created_at, last_used_step = null`,
      [who.accountId, seal(Buffer.from(secret), totpContext(who.accountId)), at],
    );
    await writeAudit(tx, { actorId: who.accountId, actorName: who.username, ip: who.ip ?? null, at, action: 'two-factor.enrol.start', targetType: 'account', targetId: who.accountId });
  });
  const uri = totpUri(secret, who.username, ISSUER);
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

export async function confirmEnrolment(em: EntityManager, who: Who, code: string, at: Date): Promise<{ recoveryCodes: string[] }> {
  const { codes, hashes } = await newRecoveryCodes();
  const outcome = await em.transactional(async (tx) => {
    const [row] = await tx.execute<{ secret_sealed: string; confirmed_at: Date | null }[]>(
      `select secret_sealed, confirmed_at from two_factor where account_id = ? for update`, [who.accountId]);
    if (!row) throw new AppError('conflict', { vi: 'Chưa bắt đầu đăng ký xác thực hai lớp.', en: 'Two-factor enrolment has not been started.' });
    if (row.confirmed_at) throw alreadyEnrolled();
    const step = matchTotp(unseal(row.secret_sealed, totpContext(who.accountId)).toString(), code, at);
    const audit = (action: string) => writeAudit(tx, { actorId: who.accountId, actorName: who.username, ip: who.ip ?? null, at, action, targetType: 'account', targetId: who.accountId });
    if (step === null) {
      await audit('two-factor.enrol.failed');
      return 'invalid' as const;
    }
    await tx.execute(`update two_factor set confirmed_at = ?, last_used_step = ? where account_id = ?`, [at, step, who.accountId]);
    await tx.execute(`delete from two_factor_recovery where account_id = ?`, [who.accountId]);
    for (const h of hashes) await tx.execute(`insert into two_factor_recovery (account_id, code_hash) values (?, ?)`, [who.accountId, h]);
    await audit('two-factor.enrol.confirmed');
    return 'ok' as const;
  });
  if (outcome === 'invalid') throw new AppError('otp-invalid', { vi: 'Mã xác thực không đúng.', en: 'The verification code is wrong.' });
  return { recoveryCodes: codes };
}
