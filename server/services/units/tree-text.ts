// The operator's view of a unit tree on a date (`units tree`): an indented outline, children
// in Vietnamese alphabetical order, built from one closure query.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badRequest, notFound } from '../../errors';
import { treeOn, unitsByCodeOn, type TreeRow } from '../../repositories/units';
import { requireCivilDate } from './civil-date';

export function renderTree(rows: TreeRow[], maxDepth = Infinity): string[] {
  const children = new Map<string | null, TreeRow[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    // The subtree root's parent lies outside the rows: treat it as the top.
    const key = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const out: string[] = [];
  const walk = (parent: string | null, indent: number) => {
    for (const r of children.get(parent) ?? []) {
      out.push(`${'  '.repeat(indent)}${r.code} ${r.name} [${r.level}]`);
      if (indent < maxDepth) walk(r.id, indent + 1);
    }
  };
  walk(null, 0);
  return out;
}

export async function treeText(
  em: EntityManager,
  opts: { date: string; rootCode?: string; level?: string; maxDepth?: number },
): Promise<string[]> {
  const date = requireCivilDate(opts.date, '', 'date');
  if (!date) throw badRequest({ vi: 'Cần --date YYYY-MM-DD.', en: '--date YYYY-MM-DD is required.' });
  const code = opts.rootCode ?? 'VN';
  const roots = await unitsByCodeOn(em, code, date, opts.level);
  if (roots.length === 0) throw notFound({ vi: `đơn vị mã ${code} vào ngày ${date}`, en: `Unit ${code} on ${date}` });
  if (roots.length > 1) {
    throw badRequest({ vi: `Mã ${code} có ở nhiều cấp; thêm --level.`, en: `Code ${code} exists at several levels; add --level.` });
  }
  return renderTree(await treeOn(em, roots[0].id, date), opts.maxDepth);
}
