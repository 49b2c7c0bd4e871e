// The published (and retired) definitions of the database as one engine DefinitionSet,
// rebuilt only when the set of stored hashes changes, so requests pay one small query.
// Retired versions stay loaded: submissions keep the version they were entered under.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadDefinitions } from '@/engine/definitions/loader';
import type { DefinitionSet } from '@/engine/definitions/definition-set';
import type { FormDefinition } from '@/engine/definitions/form';
import { formatIssue } from '@/engine/core/issue';
import { AppError } from '../../errors';

export interface PublishedDefinitions {
  set: DefinitionSet;
  /** 'kind:code@version' → status, for telling published from retired. */
  status: Map<string, 'published' | 'retired'>;
  /** Latest published form of every code. */
  forms: FormDefinition[];
}

interface Cached { key: string; value: PublishedDefinitions }
const holder = globalThis as unknown as { publishedDefinitions?: Cached };

export async function publishedDefinitions(em: EntityManager): Promise<PublishedDefinitions> {
  const [{ key }] = await em.execute<{ key: string | null }[]>(
    `select md5(string_agg(hash || status, ',' order by kind, code, version)) key from definition where status <> 'draft'`,
  );
  const cacheKey = key ?? 'empty';
  if (holder.publishedDefinitions?.key === cacheKey) return holder.publishedDefinitions.value;
  const rows = await em.execute<{ kind: string; code: string; version: number; status: 'published' | 'retired'; body: unknown }[]>(
    `select kind, code, version, status, body from definition where status <> 'draft' order by kind, code, version`,
  );
  const result = loadDefinitions(rows.map((r) => ({ file: `db:${r.kind}/${r.code}@${r.version}`, text: JSON.stringify(r.body) })));
  if (!result.ok) {
    throw new AppError('definition-invalid', {
      vi: 'Định nghĩa đã công bố trong cơ sở dữ liệu không hợp lệ.',
      en: 'A published definition in the database is invalid.',
    }, { issues: result.issues.slice(0, 20).map(formatIssue) });
  }
  const status = new Map(rows.map((r) => [`${r.kind}:${r.code}@${r.version}`, r.status] as const));
  const latestPublished = new Map<string, FormDefinition>();
  for (const f of result.set.forms.all()) {
    if (status.get(`form:${f.code}@${f.version}`) === 'published') latestPublished.set(f.code, f);
  }
  const value = { set: result.set, status, forms: [...latestPublished.values()] };
  holder.publishedDefinitions = { key: cacheKey, value };
  return value;
}

/** The latest published version of a form (or the given version, published or retired). */
export function findForm(defs: PublishedDefinitions, code: string, version?: number): FormDefinition | undefined {
  if (version !== undefined) return defs.set.forms.get(code, version);
  return defs.forms.find((f) => f.code === code);
}
