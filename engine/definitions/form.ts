// The form definition: a JSON Schema for @rjsf plus everything the engine needs around it
// (rules, aggregation, prefill, access restrictions). Structure is checked here; field
// references, catalogs and cross-definition links are checked by the loader.
import { z } from 'zod';
import { ROLE_NAMES } from '@/engine/access/actor';
import { codeSchema, definitionHeaderShape, fieldPathSchema, idSchema, logicSchema, messageSchema } from './common';

export const AGGREGATE_FNS = ['sum', 'avg', 'min', 'max', 'count', 'none'] as const;
export type AggregateFn = (typeof AGGREGATE_FNS)[number];

/** The root of the data schema: an object with properties; nested nodes are checked by the loader. */
const dataSchema = z.looseObject({
  type: z.literal('object'),
  properties: z.record(z.string(), z.record(z.string(), z.unknown())),
  required: z.array(z.string()).optional(),
});

export const validationRuleSchema = z.strictObject({
  id: idSchema,
  severity: z.enum(['error', 'warning']),
  /** The rule applies only when this is true (default: always). */
  when: logicSchema.optional(),
  /** Must be TRUE for valid data. For a row field ('rows[].x') it runs once per row, vars relative to the row. */
  logic: logicSchema,
  field: fieldPathSchema,
  message: messageSchema,
});

export const computedRuleSchema = z.strictObject({ field: fieldPathSchema, logic: logicSchema });
export const visibilityRuleSchema = z.strictObject({ field: fieldPathSchema, logic: logicSchema });

export const formRulesSchema = z.strictObject({
  validations: z.array(validationRuleSchema).default([]),
  computed: z.array(computedRuleSchema).default([]),
  visibility: z.array(visibilityRuleSchema).default([]),
});

export const aggregateSchema = z.strictObject({
  field: fieldPathSchema,
  fn: z.enum(AGGREGATE_FNS),
  /** A catalog-backed field in the same repeated row: one fact per category (e.g. per ethnic group). */
  by: fieldPathSchema.optional(),
});

export const prefillSchema = z.strictObject({
  field: fieldPathSchema,
  from: z.strictObject({
    source: z.enum(['previous-period', 'same-unit-form', 'unit', 'actor']),
    /** same-unit-form: the other form's code. */
    form: codeSchema.optional(),
    /** previous-period / same-unit-form: the source field (default: the same path). */
    field: fieldPathSchema.optional(),
    /** unit / actor: the property to read, e.g. 'code', 'name', 'homeUnit.code'. */
    path: z.string().min(1).optional(),
  }),
});

export const formDefinitionSchema = z.strictObject({
  kind: z.literal('form'),
  ...definitionHeaderShape,
  formKind: z.enum(['report', 'register']),
  period: codeSchema.optional(),
  workflow: codeSchema,
  enteredAt: z.array(z.string().min(1)).min(1),
  schema: dataSchema,
  uiSchema: z.record(z.string(), z.unknown()).optional(),
  rules: formRulesSchema.optional(),
  aggregate: z.array(aggregateSchema).optional(),
  prefill: z.array(prefillSchema).optional(),
  restricted: z.record(fieldPathSchema, z.array(z.enum(ROLE_NAMES)).min(1)).optional(),
  encrypted: z.array(fieldPathSchema).optional(),
});

export type FormDefinition = z.infer<typeof formDefinitionSchema>;
export type FormRules = z.infer<typeof formRulesSchema>;
export type ValidationRule = z.infer<typeof validationRuleSchema>;
export type ComputedRule = z.infer<typeof computedRuleSchema>;
export type AggregateSpec = z.infer<typeof aggregateSchema>;
