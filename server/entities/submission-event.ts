// One entry of a submission's history (creation, edit, transition). Append-only: the
// database refuses UPDATE, DELETE and TRUNCATE on the table (SEC-1).
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const SubmissionEvent = defineEntity({
  name: 'SubmissionEvent',
  tableName: 'submission_event',
  properties: {
    id: p.bigint().primary().autoincrement(),
    submissionId: p.uuid(),
    seq: p.integer(),
    at: p.datetime(),
    actorId: p.uuid().nullable(),
    actorName: p.text().nullable(),
    type: p.text(),
    fromState: p.text().nullable(),
    toState: p.text(),
    comment: p.text().nullable(),
    diff: p.json<unknown[]>(),
    dataVersion: p.integer(),
    dataSnapshot: p.json<Record<string, unknown>>().nullable(),
    effects: p.json<unknown[]>(),
  },
});
export type SubmissionEventRow = InferEntity<typeof SubmissionEvent>;
