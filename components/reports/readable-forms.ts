// On the server: the report templates the caller can read and their source report forms (with
// the period type that decides the default period), for the completeness and dashboard pages.
import 'server-only';
import type { PageContext } from '@/server/http/page-context';
import { listReports } from '@/server/reports/list-reports';
import { findForm, publishedDefinitions } from '@/server/services/definitions/published-definitions';
import type { TemplateItem, Title } from './types';

export interface FormOption { code: string; title: Title; domain: string | null; periodType: string | null }

export async function readableForms(ctx: PageContext): Promise<{ templates: TemplateItem[]; forms: FormOption[] }> {
  const defs = await publishedDefinitions(ctx.em);
  const templates = (await listReports(ctx.em, ctx.actor)) as TemplateItem[];
  const forms = [...new Set(templates.flatMap((r) => r.forms))].flatMap((code) => {
    const form = findForm(defs, code);
    if (!form || form.formKind !== 'report') return [];
    return [{ code, title: form.title, domain: form.domain ?? null, periodType: form.period ? defs.set.periods.latest(form.period)?.type ?? null : null }];
  });
  return { templates, forms };
}
