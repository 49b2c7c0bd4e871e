// Use cases: the catalogue of published forms, and one form with what a client needs to
// render and drive it (its workflow's states and events, its period definition).
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../errors';
import { findForm, publishedDefinitions } from './published-definitions';

export async function listForms(em: EntityManager) {
  const defs = await publishedDefinitions(em);
  return defs.forms
    .map((f) => ({
      code: f.code, version: f.version, title: f.title, kind: f.formKind, domain: f.domain ?? null,
      period: f.period ?? null, workflow: f.workflow, enteredAt: f.enteredAt,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export async function getForm(em: EntityManager, code: string, version?: number) {
  const defs = await publishedDefinitions(em);
  const form = findForm(defs, code, version);
  if (!form) throw notFound({ vi: `biểu mẫu "${code}"`, en: `Form "${code}"` });
  const workflow = defs.set.workflows.latest(form.workflow);
  const period = form.period ? defs.set.periods.latest(form.period) ?? null : null;
  return {
    form,
    status: defs.status.get(`form:${form.code}@${form.version}`) ?? 'published',
    workflow: workflow
      ? {
        code: workflow.code, version: workflow.version, initial: workflow.machine.initial, events: workflow.events,
        states: Object.fromEntries(Object.entries(workflow.machine.states).map(([n, st]) => [n, st.meta])),
      }
      : null,
    period,
  };
}
