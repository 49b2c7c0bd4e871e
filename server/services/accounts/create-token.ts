// Issuing a bearer token for an integrator (INT-1): a random secret shown once, stored only
// as its SHA-256, acting as the named account; the issue is audited.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, ApiToken } from '../../entities';
import { notFound } from '../../errors';
import { writeAudit } from '../../audit/write-audit';
import { hashToken, newTokenSecret } from '../../auth/tokens';
import { conflict } from './caller';

export async function createApiToken(
  em: EntityManager,
  by: { actorId: string | null; actorName: string },
  username: string,
  name: string,
  at: Date,
  expiresAt: Date | null = null,
): Promise<{ id: string; token: string }> {
  return em.transactional(async (tem) => {
    const account = await tem.findOne(Account, { username: username.trim().toLowerCase() });
    if (!account) throw notFound({ vi: `tài khoản "${username}"`, en: `Account "${username}"` });
    if (account.status === 'closed') throw conflict('Tài khoản đã bị đóng.', 'The account is closed.');
    const token = newTokenSecret();
    const row = tem.create(ApiToken, { accountId: account.id, name, tokenHash: hashToken(token), createdAt: at, expiresAt });
    await tem.flush();
    await writeAudit(tem, { ...by, at, action: 'token.create', targetType: 'account', targetId: account.id, details: { tokenId: row.id, name } });
    return { id: row.id, token };
  });
}
