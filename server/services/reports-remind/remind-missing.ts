// "Nhắc nhở" from the completeness screen (RPT-7): sends an in-app notification (and its e-mail
// copy) to the active data-entry accounts of every unit still missing a report form for a
// period. Only approvers and administrators reaching the scope unit may remind; audited.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { canReachUnit } from '@/engine/access/scope';
import { writeAudit } from '../../audit/write-audit';
import { forbidden } from '../../errors';
import { getCompleteness, type CompletenessRequest } from '../../reports/get-completeness';
import { findUnitRef } from '../../repositories/unit-tree';
import { findForm, publishedDefinitions } from '../definitions/published-definitions';
import { insertNotifications } from '../notifications/insert-notifications';

export interface RemindResult { units: number; accounts: number; notified: number }

const REMINDERS = ['approver', 'unit_admin', 'system_admin'] as const;
const dmy = (d: string | null) => (d ? d.split('-').reverse().join('/') : '');

async function dataEntryAccounts(em: EntityManager, unitIds: string[], domain: string | null): Promise<Map<string, string[]>> {
  if (unitIds.length === 0) return new Map();
  const rows = await em.getConnection().execute<{ unit_id: string; account_id: string }[]>(
    `select distinct ra.unit_id, ra.account_id from role_assignment ra join account a on a.id = ra.account_id and a.status = 'active'
      where ra.role = 'data_entry' and ra.revoked_at is null and ra.unit_id = any(?::uuid[]) and (ra.domain is null or ?::text is null or ra.domain = ?)`,
    [`{${unitIds.join(',')}}`, domain, domain],
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.unit_id, [...(out.get(r.unit_id) ?? []), r.account_id]);
  return out;
}

export async function remindMissing(
  em: EntityManager, actor: Actor, today: string, req: CompletenessRequest, meta: { at: Date; ip: string | null },
): Promise<RemindResult> {
  const c = await getCompleteness(em, actor, today, req);
  const form = findForm(await publishedDefinitions(em), c.form.code);
  const domain = form?.domain ?? null;
  const scope = await findUnitRef(em, c.unit.id, c.date);
  if (!scope || !canReachUnit(actor, scope, { domain, roles: REMINDERS })) {
    throw forbidden({ vi: 'Chỉ người duyệt hoặc quản trị của đơn vị mới được nhắc các đơn vị chưa gửi báo cáo.', en: 'Only approvers or administrators of the unit may remind units that have not reported.' });
  }
  const periodKey = c.period.key ?? '';
  const byUnit = await dataEntryAccounts(em, c.missing.map((u) => u.id), domain);
  let notified = 0;
  for (const unit of c.missing) {
    const accounts = byUnit.get(unit.id) ?? [];
    const what = `${c.form.title.vi} – ${unit.name} (${periodKey})`;
    notified += await insertNotifications(em, accounts, {
      kind: 'reminder.missing',
      title: { vi: `Nhắc nộp báo cáo: ${what}`, en: `Reminder to report: ${c.form.title.en ?? c.form.title.vi} – ${unit.name} (${periodKey})` },
      body: {
        vi: `${c.unit.name} nhắc: đơn vị chưa gửi báo cáo kỳ ${periodKey}.${c.period.dueDate ? ` Hạn nộp: ${dmy(c.period.dueDate)}.` : ''}`,
        en: `${c.unit.name} reminds you: the report for ${periodKey} has not been sent.${c.period.dueDate ? ` Due date: ${c.period.dueDate}.` : ''}`,
      },
      link: '/app/nhap-lieu',
      submissionId: null,
      dedupeKey: `remind:${c.form.code}:${unit.id}:${periodKey}:${today}`,
    }, meta.at);
  }
  const accounts = new Set([...byUnit.values()].flat()).size;
  await writeAudit(em, {
    actorId: actor.accountId, actorName: actor.username, ip: meta.ip, at: meta.at, action: 'completeness.remind', targetType: 'form', targetId: c.form.code,
    details: { period: periodKey, unit: c.unit.id, date: c.date, units: c.missing.map((u) => u.code), accounts, notified },
  });
  return { units: c.missing.length, accounts, notified };
}
