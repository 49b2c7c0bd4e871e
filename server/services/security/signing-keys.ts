// Per-unit signing keys held by the server (WF-3, RPT-5): one active key per unit, its
// private half sealed under the master key, its self-signed certificate kept in clear. A unit
// without a key gets one on first use; `keys create` rolls a new one (the old is retired).
import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { writeAudit } from '../../audit/write-audit';
import { notFound } from '../../errors';
import { selfSignedCertificate, certificateSha256 } from '../../security/signing/certificate';
import { generateServerKeyPair, SERVER_KEY_ALGORITHM, ServerKeySigner } from '../../security/signing/server-key-signer';
import type { Signer } from '../../security/signing/signer';
import { seal, unseal, reseal } from './seal';

const VALIDITY_YEARS = 5;
export const keyContext = (keyId: string) => `signing-key:${keyId}`;

export interface SigningKeyRow {
  id: string; unit_id: string; unit_code: string; unit_name: string; algorithm: string; certificate_pem: string;
  certificate_sha256: string; not_before: Date; not_after: Date; status: 'active' | 'retired'; created_at: Date;
}

const SELECT = `select k.id, k.unit_id, u.code unit_code, u.name unit_name, k.algorithm, k.certificate_pem, k.certificate_sha256,
  k.not_before, k.not_after, k.status, k.created_at from signing_key k join org_unit u on u.id = k.unit_id`;

export async function createUnitKey(em: EntityManager, unitId: string, by: { actorId: string | null; actorName: string }, at: Date): Promise<SigningKeyRow> {
  const [unit] = await em.execute<{ code: string; name: string }[]>(`select code, name from org_unit where id = ?`, [unitId]);
  if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
  const id = crypto.randomUUID();
  const { keys, pkcs8 } = await generateServerKeyPair();
  const notAfter = new Date(at);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALIDITY_YEARS);
  const notBefore = new Date(at.getTime() - 60_000);
  const pem = await selfSignedCertificate(keys, unit, notBefore, notAfter);
  await em.transactional(async (tx) => {
    await tx.execute(`update signing_key set status = 'retired' where unit_id = ? and status = 'active'`, [unitId]);
    await tx.execute(
      `insert into signing_key (id, unit_id, algorithm, private_key_sealed, certificate_pem, certificate_sha256, not_before, not_after, created_at, created_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, unitId, SERVER_KEY_ALGORITHM, seal(pkcs8, keyContext(id)), pem, certificateSha256(pem), notBefore, notAfter, at, by.actorName],
    );
    await writeAudit(tx, { ...by, at, action: 'signing-key.create', targetType: 'signing-key', targetId: id, details: { unit: unit.code, certificateSha256: certificateSha256(pem) } });
  });
  return (await em.execute<SigningKeyRow[]>(`${SELECT} where k.id = ?`, [id]))[0];
}

/** The unit's active signer valid at `at`, created on first use. */
export async function unitSigner(em: EntityManager, unitId: string, by: { actorId: string | null; actorName: string }, at: Date): Promise<Signer & { unitCode: string }> {
  let [row] = await em.execute<(SigningKeyRow & { private_key_sealed: string })[]>(
    `${SELECT.replace('select ', 'select k.private_key_sealed, ')} where k.unit_id = ? and k.status = 'active' and k.not_after > ?`, [unitId, at]);
  if (!row) {
    const created = await createUnitKey(em, unitId, by, at);
    [row] = await em.execute(`${SELECT.replace('select ', 'select k.private_key_sealed, ')} where k.id = ?`, [created.id]);
  }
  const signer = new ServerKeySigner(row.id, row.certificate_pem, unseal(row.private_key_sealed, keyContext(row.id)));
  return Object.assign(signer, { unitCode: row.unit_code });
}

export async function listSigningKeys(em: EntityManager): Promise<SigningKeyRow[]> {
  return em.execute<SigningKeyRow[]>(`${SELECT} order by u.code, k.created_at`);
}

/** A certificate issued to one of our unit keys (any status), or null. */
export async function knownCertificate(em: EntityManager, pem: string): Promise<SigningKeyRow | null> {
  let sha: string;
  try {
    sha = certificateSha256(pem);
  } catch {
    return null;
  }
  const [row] = await em.execute<SigningKeyRow[]>(`${SELECT} where k.certificate_sha256 = ?`, [sha]);
  return row ?? null;
}

/**
 * Master-key rotation: re-seals every private key from the old key to the new one, in one
 * transaction (all or nothing). For the rotation CLI; answers the number of keys re-sealed.
 */
export async function reencryptSigningKeys(em: EntityManager, oldMaster: Buffer, newMaster: Buffer): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string; private_key_sealed: string }[]>(`select id, private_key_sealed from signing_key for update`);
    for (const r of rows) {
      await tx.execute(`update signing_key set private_key_sealed = ? where id = ?`, [reseal(r.private_key_sealed, keyContext(r.id), oldMaster, newMaster), r.id]);
    }
    const secrets = await tx.execute<{ account_id: string; secret_sealed: string }[]>(`select account_id, secret_sealed from two_factor for update`);
    for (const s of secrets) {
      await tx.execute(`update two_factor set secret_sealed = ? where account_id = ?`, [reseal(s.secret_sealed, `totp:${s.account_id}`, oldMaster, newMaster), s.account_id]);
    }
    return rows.length + secrets.length;
  });
}
