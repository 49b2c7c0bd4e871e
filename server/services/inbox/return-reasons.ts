// Why each returned report came back (WF-1: return with a reason): the comment, author and
// time of the latest history entry that moved the report into the state it is in now. One
// query for all returned items of an inbox, so the browser never fetches histories one by one.
import type { EntityManager } from '@mikro-orm/postgresql';

export interface ReturnReason {
  comment: string | null;
  by: string | null;
  at: string;
}

export async function returnReasons(em: EntityManager, submissionIds: string[]): Promise<Map<string, ReturnReason>> {
  if (submissionIds.length === 0) return new Map();
  const rows = await em.execute<{ submission_id: string; comment: string | null; actor_name: string | null; at: Date }[]>(
    `select distinct on (e.submission_id) e.submission_id, e.comment, e.actor_name, e.at
       from submission_event e join submission s on s.id = e.submission_id
      where e.submission_id = any(?::uuid[]) and e.to_state = s.state and e.from_state is distinct from e.to_state
      order by e.submission_id, e.seq desc`,
    [`{${submissionIds.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.submission_id, { comment: r.comment, by: r.actor_name, at: new Date(r.at).toISOString() }]));
}
