// A published (immutable) version of a form, workflow, period, report template or catalog.
import { defineEntity, p } from '@mikro-orm/core';

export const Definition = defineEntity({
  name: 'Definition',
  tableName: 'definition',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    kind: p.text(),
    code: p.text(),
    version: p.integer(),
    domain: p.text().nullable(),
    body: p.json<Record<string, unknown>>(),
    hash: p.text(),
    status: p.enum(['draft', 'published', 'retired'] as const).default('published'),
    createdBy: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
