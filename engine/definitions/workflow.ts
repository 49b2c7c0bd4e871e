// The `workflow` definition kind: an XState v5 machine config in JSON (flat states, named
// guards and actions with params) plus per-state meta and event labels. Shape only here;
// names and params are checked against the registry in engine/workflow/check-definition.
import { z } from 'zod';
import type { LocalIssue } from '@/engine/core/issue';
import { checkWorkflowSemantics } from '@/engine/workflow/check-definition';
import { namedRefSchema, type NamedRef } from '@/engine/workflow/named-ref';
import { definitionHeaderShape, messageSchema } from './common';

export const WORKFLOW_STATUSES = ['draft', 'submitted', 'in-review', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

const stateNameSchema = z.string().regex(/^[a-z][a-zA-Z0-9_-]*$/, 'state names start with a lower-case letter: letters, digits, "_" or "-"');
const eventNameSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'event names are UPPER_SNAKE_CASE');

export { namedRefSchema, type NamedRef };

const actionsSchema = z.union([namedRefSchema, z.array(namedRefSchema)]);

export const transitionSchema = z.strictObject({
  target: stateNameSchema.optional(),
  guard: namedRefSchema.optional(),
  actions: actionsSchema.optional(),
  description: z.string().optional(),
});
export type TransitionConfig = z.infer<typeof transitionSchema>;

/** `'target'`, one transition, or candidates tried in order (the first whose guard passes wins). */
const transitionsSchema = z.union([stateNameSchema, transitionSchema, z.array(transitionSchema).min(1)]);

export const stateMetaSchema = z.strictObject({
  /** Normalised status for inboxes, queues and reports. */
  status: z.enum(WORKFLOW_STATUSES),
  /** Whether the submitting officer may edit the data in this state. */
  editable: z.boolean(),
  label: messageSchema,
  /** The data is final here (counts as approved in reports); transitions out (unapprove) stay possible. */
  final: z.boolean().optional(),
});
export type StateMeta = z.infer<typeof stateMetaSchema>;

export const stateSchema = z.strictObject({
  meta: stateMetaSchema,
  on: z.record(eventNameSchema, transitionsSchema).optional(),
  entry: actionsSchema.optional(),
  exit: actionsSchema.optional(),
  description: z.string().optional(),
});
export type StateConfig = z.infer<typeof stateSchema>;

export const workflowDefinitionSchema = z.strictObject({
  kind: z.literal('workflow'),
  ...definitionHeaderShape,
  /** Button and queue labels of every event used in the machine. */
  events: z.record(eventNameSchema, z.strictObject({ label: messageSchema, description: z.string().optional() })),
  machine: z.strictObject({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/),
    initial: stateNameSchema,
    states: z.record(stateNameSchema, stateSchema),
    description: z.string().optional(),
  }),
});
export type WorkflowDefinition = z.infer<typeof workflowDefinitionSchema>;

/** Semantic checks after the schema: registry names and params, targets, reachability, XState. */
export function checkWorkflowDefinition(def: WorkflowDefinition): LocalIssue[] {
  return checkWorkflowSemantics(def);
}
