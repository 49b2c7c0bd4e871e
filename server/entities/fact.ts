// A numeric value of an aggregatable field of one submission (per category), derived from
// the data and rewritten with it, so reports GROUP BY over live data (DESIGN §4).
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Fact = defineEntity({
  name: 'Fact',
  tableName: 'fact',
  properties: {
    id: p.bigint().primary().autoincrement(),
    submissionId: p.uuid(),
    formCode: p.text(),
    formVersion: p.integer(),
    unitId: p.uuid(),
    periodKey: p.text().nullable(),
    field: p.text(),
    category: p.text().nullable(),
    value: p.decimal('number'),
    status: p.text(),
    approved: p.boolean().default(false),
  },
});
export type FactRow = InferEntity<typeof Fact>;
