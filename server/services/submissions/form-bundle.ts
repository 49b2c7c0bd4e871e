// The definitions one submission runs under: its form version, the workflow and period the
// form names, resolved from the published set. A missing piece is a definition problem.
import type { FormDefinition, PeriodDefinition, WorkflowDefinition } from '@/engine/definitions/definition';
import type { CatalogLookup } from '@/engine/rules/operations';
import { catalogLookup } from '@/engine/rules/catalog-lookup';
import { notFound, AppError } from '../../errors';
import { findForm, type PublishedDefinitions } from '../definitions/published-definitions';

export interface FormBundle {
  form: FormDefinition;
  workflow: WorkflowDefinition;
  period: PeriodDefinition | null;
  catalogs: CatalogLookup;
}

const lookups = new WeakMap<PublishedDefinitions, CatalogLookup>();

export function bundleFor(defs: PublishedDefinitions, formCode: string, formVersion?: number, workflowVersion?: number): FormBundle {
  const form = findForm(defs, formCode, formVersion);
  if (!form) throw notFound({ vi: `biểu mẫu "${formCode}"`, en: `Form "${formCode}"` });
  const workflow = workflowVersion !== undefined ? defs.set.workflows.get(form.workflow, workflowVersion) : defs.set.workflows.latest(form.workflow);
  const period = form.period ? defs.set.periods.latest(form.period) ?? null : null;
  if (!workflow || (form.period && !period)) {
    throw new AppError('definition-invalid', {
      vi: `Biểu mẫu "${formCode}" thiếu quy trình hoặc kỳ báo cáo đã công bố.`,
      en: `Form "${formCode}" lacks its published workflow or period.`,
    });
  }
  let catalogs = lookups.get(defs);
  if (!catalogs) {
    catalogs = catalogLookup(defs.set.catalogs.all());
    lookups.set(defs, catalogs);
  }
  return { form, workflow, period, catalogs };
}
