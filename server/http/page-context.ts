// The caller of a server-rendered page, resolved exactly as for the API (same session
// checks, same actor and scopes), so pages call services directly instead of going
// through HTTP. Null when nobody valid is signed in.
import 'server-only';
import { headers } from 'next/headers';
import { AppError } from '../errors';
import { callerContext, type ApiContext } from './api-route';

export type PageContext = ApiContext & { passwordChangeRequired: boolean };

const SIGNED_OUT = new Set(['unauthenticated', 'account-locked', 'account-closed', 'password-change-required']);

export async function pageContext(opts: { allowPasswordChange?: boolean } = {}): Promise<PageContext | null> {
  const h = await headers();
  const req = new Request(`http://${h.get('host') ?? 'localhost'}/`, { headers: new Headers(h) });
  try {
    return await callerContext(req, opts);
  } catch (err) {
    if (err instanceof AppError && SIGNED_OUT.has(err.code)) return null;
    throw err;
  }
}
