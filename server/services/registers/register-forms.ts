// Use case: the registers a signed-in user can open — published register forms whose domain
// their grants cover — each with the units of their scope that keep it (levels the form is
// entered at), for the register index and the unit picker.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { isSystemAdmin, scopeRoots } from '@/engine/access/scope';
import type { FormDefinition } from '@/engine/definitions/form';
import { publishedDefinitions } from '../definitions/published-definitions';

const MAX_UNITS = 500;

export interface RegisterUnit { code: string; name: string; level: string }
export interface RegisterForm { code: string; title: { vi: string; en?: string }; units: RegisterUnit[] }

export async function registerForms(em: EntityManager, actor: Actor, today: string): Promise<RegisterForm[]> {
  const defs = await publishedDefinitions(em);
  const latest = new Map<string, FormDefinition>();
  for (const f of defs.set.forms.all()) if (f.formKind === 'register' && (latest.get(f.code)?.version ?? 0) < f.version) latest.set(f.code, f);
  const out: RegisterForm[] = [];
  for (const form of latest.values()) {
    const domain = form.domain ?? null;
    const admin = isSystemAdmin(actor);
    const roots = scopeRoots(actor, { domain });
    if (!admin && roots.length === 0) continue;
    const units = await em.execute<RegisterUnit[]>(
      `select u.code, u.name, u.level from org_unit u
        where u.level = any(?::text[]) and u.valid_from <= ?::date and (u.valid_to is null or u.valid_to >= ?::date)
          ${admin ? '' : `and exists (select 1 from org_unit_closure c where c.descendant_id = u.id and c.ancestor_id = any(?::uuid[])
            and c.valid_from <= ?::date and (c.valid_to is null or c.valid_to >= ?::date))`}
        order by u.name collate "vi-VN-x-icu", u.code limit ${MAX_UNITS}`,
      [`{${form.enteredAt.join(',')}}`, today, today, ...(admin ? [] : [`{${roots.join(',')}}`, today, today])],
    );
    if (units.length > 0 || admin) out.push({ code: form.code, title: form.title, units });
  }
  return out.sort((a, b) => a.title.vi.localeCompare(b.title.vi, 'vi'));
}
