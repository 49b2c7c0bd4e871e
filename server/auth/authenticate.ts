// Who is calling: a bearer token (integrators) or the signed-in browser session (next-auth
// JWT cookie). Re-checked against the database on every request, so a closed or locked
// account, or a session from before a password change, stops working at its next request.
import type { EntityManager } from '@mikro-orm/postgresql';
import { getToken } from 'next-auth/jwt';
import { AppError } from '../errors';
import { hashToken } from './tokens';
import { passwordChangeReason } from './password-age';
import { enrolmentRequired } from '../services/security/two-factor-policy';

export interface Authenticated {
  accountId: string;
  via: 'token' | 'session';
  passwordChangeRequired: boolean;
  /** A browser session of an account whose role requires two-factor sign-in, not yet enrolled. */
  twoFactorEnrolmentRequired: boolean;
}

const LAST_USED_RESOLUTION_MS = 60_000;

const unauthenticated = () =>
  new AppError('unauthenticated', { vi: 'Bạn cần đăng nhập.', en: 'Sign-in required.' });

export async function authenticate(em: EntityManager, req: Request, at: Date): Promise<Authenticated> {
  const header = req.headers.get('authorization');
  let account: AccountState | null;
  let via: Authenticated['via'];
  let epoch: number | null = null;
  if (header?.toLowerCase().startsWith('bearer ')) {
    // The token and its account in one query: every API call pays it.
    const [row] = await em.execute<(AccountRow & { token_id: string; expires_at: Date | null; last_used_at: Date | null })[]>(
      `select t.id token_id, t.expires_at, t.last_used_at, ${ACCOUNT_COLUMNS}
         from api_token t join account a on a.id = t.account_id where t.token_hash = ? and t.revoked_at is null`,
      [hashToken(header.slice(7).trim())]);
    if (!row || (row.expires_at && new Date(row.expires_at).getTime() <= at.getTime())) throw unauthenticated();
    account = accountOf(row);
    via = 'token';
    // last_used_at only tells an administrator whether a token is still in use; writing it on
    // every call cost a transaction per request, so it moves at most once a minute.
    if (!row.last_used_at || at.getTime() - new Date(row.last_used_at).getTime() >= LAST_USED_RESOLUTION_MS) {
      await em.execute(`update api_token set last_used_at = ? where id = ?`, [at, row.token_id]);
    }
  } else {
    // next-auth reads session cookies from `cookies`; a plain Request (pages, tests) has none.
    const jar = cookieMap(req.headers.get('cookie'));
    const jwt = await getToken({ req: { headers: req.headers, cookies: jar } as never, secret: process.env.NEXTAUTH_SECRET });
    if (!jwt || typeof jwt.accountId !== 'string' || !/^[0-9a-f-]{36}$/i.test(jwt.accountId)) throw unauthenticated();
    const [row] = await em.execute<AccountRow[]>(`select ${ACCOUNT_COLUMNS} from account a where a.id = ?`, [jwt.accountId]);
    account = row ? accountOf(row) : null;
    epoch = typeof jwt.epoch === 'number' ? jwt.epoch : -1;
    via = 'session';
  }
  if (!account) throw unauthenticated();
  if (account.status === 'closed') {
    throw new AppError('account-closed', { vi: 'Tài khoản đã bị đóng.', en: 'The account is closed.' });
  }
  if (account.lockedUntil && account.lockedUntil.getTime() > at.getTime()) {
    throw new AppError('account-locked', { vi: 'Tài khoản đang bị khóa tạm thời.', en: 'The account is temporarily locked.' });
  }
  if (account.status === 'locked' && !account.lockedUntil) {
    throw new AppError('account-locked', { vi: 'Tài khoản đã bị khóa.', en: 'The account is locked.' });
  }
  if (epoch !== null && epoch !== account.sessionEpoch) throw unauthenticated();
  const twoFactorEnrolmentRequired = via === 'session' && (await enrolmentRequired(em, account.id));
  return { accountId: account.id, via, passwordChangeRequired: passwordChangeReason(account, at) !== null, twoFactorEnrolmentRequired };
}

/** The account columns sign-in state depends on, read without the ORM. */
const ACCOUNT_COLUMNS = `a.id, a.status, a.locked_until, a.session_epoch, a.must_change_password, a.password_changed_at, a.password_change_due_at`;

interface AccountRow {
  id: string; status: string; locked_until: Date | null; session_epoch: number; must_change_password: boolean;
  password_changed_at: Date | null; password_change_due_at: Date | null;
}

interface AccountState {
  id: string; status: string; lockedUntil: Date | null; sessionEpoch: number;
  mustChangePassword: boolean; passwordChangedAt: Date | null; passwordChangeDueAt: Date | null;
}

function accountOf(a: AccountRow): AccountState {
  const date = (v: Date | null) => (v ? new Date(v) : null);
  return {
    id: a.id, status: a.status, lockedUntil: date(a.locked_until), sessionEpoch: a.session_epoch, mustChangePassword: a.must_change_password,
    passwordChangedAt: date(a.password_changed_at), passwordChangeDueAt: date(a.password_change_due_at),
  };
}

function cookieMap(header: string | null): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return jar;
}
