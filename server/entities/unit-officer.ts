// The officer responsible for a unit's account (ACC-6). A change of officer closes the
// current row and opens a new one: the list of rows is the handover history.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const UnitOfficer = defineEntity({
  name: 'UnitOfficer',
  tableName: 'unit_officer',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    unitId: p.uuid(),
    fullName: p.text(),
    title: p.text().nullable(),
    department: p.text().nullable(),
    phone: p.text().nullable(),
    email: p.text().nullable(),
    fromAt: p.datetime(),
    toAt: p.datetime().nullable(),
    handoverNote: p.text().nullable(),
    recordedBy: p.uuid().nullable(),
  },
});
export type UnitOfficerRow = InferEntity<typeof UnitOfficer>;
