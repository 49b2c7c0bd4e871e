// Use case: the report templates the caller can read, with what a client needs to ask for
// one (source forms, period type, row kind, domain).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { findForm, publishedDefinitions } from '../services/definitions/published-definitions';
import { publishedReports, readableBy } from './report-template';

export async function listReports(em: EntityManager, actor: Actor) {
  const defs = await publishedDefinitions(em);
  return publishedReports(defs).filter((r) => readableBy(actor, r)).map((r) => {
    const forms = r.forms ?? (r.form ? [r.form] : []);
    const form = findForm(defs, forms[0]);
    const period = form?.period ? defs.set.periods.latest(form.period) : undefined;
    return {
      code: r.code, version: r.version, title: r.title, domain: r.domain ?? null, forms,
      periodType: period?.type ?? null, rows: r.rows, columns: r.columns.length,
    };
  });
}
