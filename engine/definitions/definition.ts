// The union over every definition kind, discriminated by `kind`: the loader's entry
// schema and the source of docs/schemas/definition.schema.json.
import { z } from 'zod';
import { catalogDefinitionSchema, type CatalogDefinition } from './catalog';
import { formDefinitionSchema, type FormDefinition } from './form';
import { periodDefinitionSchema, type PeriodDefinition } from './period';
import { reportDefinitionSchema, type ReportDefinition } from './report';
import { workflowDefinitionSchema, type WorkflowDefinition } from './workflow';

export const definitionSchema = z.discriminatedUnion('kind', [
  formDefinitionSchema,
  workflowDefinitionSchema,
  periodDefinitionSchema,
  reportDefinitionSchema,
  catalogDefinitionSchema,
]);

export const SCHEMA_BY_KIND = {
  form: formDefinitionSchema,
  workflow: workflowDefinitionSchema,
  period: periodDefinitionSchema,
  report: reportDefinitionSchema,
  catalog: catalogDefinitionSchema,
} as const;

export type Definition = FormDefinition | WorkflowDefinition | PeriodDefinition | ReportDefinition | CatalogDefinition;
export type { CatalogDefinition, FormDefinition, PeriodDefinition, ReportDefinition, WorkflowDefinition };
