// Re-computes the audit chain exactly as the insert trigger does (audit_log_content and
// sha256 over prev_hash|content) and reports the first broken link (SEC-1): an edited row
// no longer matches its own hash; a removed or reordered row breaks the prev_hash link.
import type { EntityManager } from '@mikro-orm/postgresql';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: BrokenReason };
}

type BrokenReason = 'hash-mismatch' | 'prev-hash-mismatch';

export async function verifyAuditChain(em: EntityManager): Promise<ChainReport> {
  const rows = await em.execute<{ checked: string; seq: string | null; reason: BrokenReason | null }[]>(
    `with c as (
       select a.seq, a.prev_hash, a.hash,
              coalesce(lag(a.hash) over (order by a.seq), repeat('0', 64)) expected_prev,
              encode(digest(a.prev_hash || '|' || audit_log_content(a), 'sha256'), 'hex') recomputed
         from audit_log a
     ), broken as (
       select seq, case when prev_hash <> expected_prev then 'prev-hash-mismatch' else 'hash-mismatch' end reason
         from c where prev_hash <> expected_prev or hash <> recomputed
        order by seq limit 1
     )
     select (select count(*) from audit_log) checked, b.seq, b.reason
       from (select 1) one left join broken b on true`,
  );
  const r = rows[0];
  const checked = Number(r.checked);
  if (r.seq === null) return { ok: true, checked };
  return { ok: false, checked, firstBroken: { seq: Number(r.seq), reason: r.reason ?? 'hash-mismatch' } };
}
