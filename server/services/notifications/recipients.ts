// Resolves a workflow notify target ('submitter', {role, level}, …) to the active accounts
// it means for one submission, through role grants on the unit's ancestors on the data's date.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotifyTarget } from '@/engine/workflow';
import { closureOnDateSql } from '../../repositories/unit-tree';
import { lastSubmitter } from '../../repositories/submissions';

export interface RecipientSubject {
  id: string; unitId: string; refDate: string; domain: string | null; createdBy: string | null; editableStates: string[];
}

async function byGrant(em: EntityManager, s: RecipientSubject, role: string, opts: { level?: string; depth?: number }): Promise<string[]> {
  const rows = await em.execute<{ account_id: string }[]>(
    `select distinct ra.account_id from role_assignment ra
       join org_unit_closure c on c.ancestor_id = ra.unit_id and c.descendant_id = ? and ${closureOnDateSql('c', '?')}
       join org_unit u on u.id = ra.unit_id
       join account a on a.id = ra.account_id and a.status = 'active'
      where ra.revoked_at is null and ra.role = ? and (?::text is null or u.level = ?) and (?::int is null or c.depth = ?)
        and (ra.domain is null or ?::text is null or ra.domain = ?)`,
    [s.unitId, s.refDate, s.refDate, role, opts.level ?? null, opts.level ?? null, opts.depth ?? null, opts.depth ?? null, s.domain, s.domain],
  );
  return rows.map((r) => r.account_id);
}

export async function resolveRecipients(em: EntityManager, s: RecipientSubject, to: NotifyTarget): Promise<string[]> {
  if (typeof to === 'object') return byGrant(em, s, to.role, { level: to.level });
  switch (to) {
    case 'submitter': {
      const who = (await lastSubmitter(em, s.id, s.editableStates)) ?? s.createdBy;
      return who ? [who] : [];
    }
    case 'owner': return s.createdBy ? [s.createdBy] : [];
    case 'unit-approvers': return byGrant(em, s, 'approver', {});
    case 'unit-data-entry': return byGrant(em, s, 'data_entry', { depth: 0 });
    case 'parent-unit': return byGrant(em, s, 'approver', { depth: 1 });
  }
}
