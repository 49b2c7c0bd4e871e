// The published report templates a caller may read: the latest published version of each
// code whose domain the caller holds a grant for (or any, for unscoped grants and admins).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import type { ReportDefinition } from '@/engine/definitions/report';
import { isSystemAdmin } from '@/engine/access/scope';
import { notFound } from '../errors';
import { findForm, publishedDefinitions, type PublishedDefinitions } from '../services/definitions/published-definitions';

export function readableBy(actor: Actor, def: ReportDefinition): boolean {
  if (isSystemAdmin(actor) || def.domain === undefined) return true;
  return actor.grants.some((g) => g.domain === null || g.domain === def.domain);
}

export function publishedReports(defs: PublishedDefinitions): ReportDefinition[] {
  const latest = new Map<string, ReportDefinition>();
  for (const r of defs.set.reports.all()) if (defs.status.get(`report:${r.code}@${r.version}`) === 'published') latest.set(r.code, r);
  return [...latest.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export async function loadTemplate(em: EntityManager, actor: Actor, code: string) {
  const defs = await publishedDefinitions(em);
  const def = publishedReports(defs).find((r) => r.code === code);
  if (!def || !readableBy(actor, def)) throw notFound({ vi: `mẫu báo cáo "${code}"`, en: `Report template "${code}"` });
  const forms = def.forms ?? (def.form ? [def.form] : []);
  const form = findForm(defs, forms[0]);
  if (!form) throw notFound({ vi: `biểu mẫu "${forms[0]}"`, en: `Form "${forms[0]}"` });
  return { defs, def, forms, form };
}
