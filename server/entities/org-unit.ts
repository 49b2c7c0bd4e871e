// A unit of the administrative tree (province, district, commune) or an agency under it
// (sở/ban/ngành). Validity dates make the tree of any date readable (ORG-1, ORG-4).
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const OrgUnit = defineEntity({
  name: 'OrgUnit',
  tableName: 'org_unit',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    code: p.text(),
    name: p.text(),
    level: p.text(),
    unitType: p.text().default('territorial'),
    domains: p.array().default([]),
    electronicId: p.text().nullable(),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type OrgUnitRow = InferEntity<typeof OrgUnit>;
