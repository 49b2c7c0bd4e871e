// Catalogs are code lists (ethnic groups, administrative units, …) that forms reference
// by code through `x-catalog`, rules through catalog_has/catalog_name, and reports as rows.
import { z } from 'zod';
import type { LocalIssue } from '@/engine/core/issue';
import { definitionHeaderShape, titleSchema } from './common';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const catalogItemSchema = z.strictObject({
  code: z.string().min(1).regex(/^[A-Za-z0-9_.-]+$/, 'must be letters, digits, ".", "_" or "-"'),
  name: titleSchema,
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  parent: z.string().min(1).optional(),
  attrs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

export const catalogDefinitionSchema = z.strictObject({
  kind: z.literal('catalog'),
  ...definitionHeaderShape,
  items: z.array(catalogItemSchema).min(1),
});

export type CatalogItem = z.infer<typeof catalogItemSchema>;
export type CatalogDefinition = z.infer<typeof catalogDefinitionSchema>;

/** Unique codes, parents that exist, validity ranges in order. Pointers are relative to the definition. */
export function checkCatalogDefinition(def: CatalogDefinition): LocalIssue[] {
  const issues: LocalIssue[] = [];
  const seen = new Map<string, number>();
  def.items.forEach((item, i) => {
    const first = seen.get(item.code);
    if (first !== undefined) issues.push({ pointer: `/items/${i}/code`, message: `duplicate catalog code "${item.code}" (first at /items/${first})` });
    else seen.set(item.code, i);
    if (item.validFrom && item.validTo && item.validTo < item.validFrom) {
      issues.push({ pointer: `/items/${i}/validTo`, message: `validTo ${item.validTo} is before validFrom ${item.validFrom}` });
    }
  });
  def.items.forEach((item, i) => {
    if (item.parent !== undefined && !seen.has(item.parent)) {
      issues.push({ pointer: `/items/${i}/parent`, message: `parent "${item.parent}" is not a code of this catalog` });
    }
  });
  return issues;
}
