// Re-computes every submission's history chain exactly as the insert trigger does
// (submission_event_content, sha256 over prev_hash|content, one chain per submission) and
// reports the first broken link (SEC-1): an edited row no longer matches its own hash; a
// removed or reordered row breaks the prev_hash link to the row before it.
import type { EntityManager } from '@mikro-orm/postgresql';

export interface HistoryChainReport {
  ok: boolean;
  checked: number;
  submissions: number;
  firstBroken?: { submissionId: string; seq: number; reason: 'hash-mismatch' | 'prev-hash-mismatch' };
}

export async function verifyHistoryChains(em: EntityManager): Promise<HistoryChainReport> {
  const rows = await em.execute<{ checked: string; submissions: string; submission_id: string | null; seq: number | null; reason: 'hash-mismatch' | 'prev-hash-mismatch' | null }[]>(
    `with c as (
       select e.submission_id, e.seq, e.prev_hash, e.hash,
              coalesce(lag(e.hash) over (partition by e.submission_id order by e.seq), repeat('0', 64)) expected_prev,
              encode(digest(e.prev_hash || '|' || submission_event_content(e), 'sha256'), 'hex') recomputed
         from submission_event e
     ), broken as (
       select submission_id, seq, case when prev_hash <> expected_prev then 'prev-hash-mismatch' else 'hash-mismatch' end reason
         from c where prev_hash <> expected_prev or hash <> recomputed
        order by submission_id, seq limit 1
     )
     select (select count(*) from submission_event) checked, (select count(distinct submission_id) from submission_event) submissions,
            b.submission_id, b.seq, b.reason
       from (select 1) one left join broken b on true`,
  );
  const r = rows[0];
  const base = { checked: Number(r.checked), submissions: Number(r.submissions) };
  if (r.submission_id === null || r.seq === null) return { ok: true, ...base };
  return { ok: false, ...base, firstBroken: { submissionId: r.submission_id, seq: Number(r.seq), reason: r.reason ?? 'hash-mismatch' } };
}
