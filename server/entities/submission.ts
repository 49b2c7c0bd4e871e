// A report (one per unit and period) or a register record (many per unit), stored with the
// form and workflow versions it was entered under and an optimistic-lock version.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { SealedJsonType } from '../security/fields/sealed-json-type';

export const Submission = defineEntity({
  name: 'Submission',
  tableName: 'submission',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    formCode: p.text(),
    formVersion: p.integer(),
    kind: p.enum(['report', 'register'] as const),
    domain: p.text().nullable(),
    unitId: p.uuid(),
    periodKey: p.text().nullable(),
    subjectKey: p.text().nullable(),
    refDate: p.string().columnType('date'),
    data: p.json<Record<string, unknown>>().type(SealedJsonType),
    workflowCode: p.text(),
    workflowVersion: p.integer(),
    state: p.text(),
    snapshot: p.json<{ value: string }>(),
    status: p.text(),
    editable: p.boolean().default(true),
    locked: p.boolean().default(false),
    version: p.integer().default(1),
    createdBy: p.uuid().nullable(),
    createdAt: p.datetime(),
    updatedBy: p.uuid().nullable(),
    updatedAt: p.datetime(),
    submittedAt: p.datetime().nullable(),
    approvedAt: p.datetime().nullable(),
    lastApprovedVersion: p.integer().nullable(),
    changedSinceApproval: p.boolean().default(false),
    explanations: p.json<Record<string, string>>(),
    searchText: p.text().default(''),
  },
});
export type SubmissionRow = InferEntity<typeof Submission>;
