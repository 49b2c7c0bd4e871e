// Publishes definition files into the database (FRM-1): the whole batch is validated with
// what is already published, then written in one transaction. Published versions are
// immutable; a new form version must be compatible with the previous one unless the
// caller asks for a new major version (ODK refuses type changes for the same reason).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DefinitionIssue } from '@/engine/core/issue';
import { formatIssue } from '@/engine/core/issue';
import { loadDefinitions, type DefinitionFile } from '@/engine/definitions/loader';
import { parseJsonc } from '@/engine/definitions/jsonc';
import { compareFormVersions, type FormChange } from '@/engine/definitions/compat';
import type { FormDefinition } from '@/engine/definitions/form';
import { AppError } from '../../errors';
import { writeAudit } from '../../audit/write-audit';
import { definitionHash } from './canonical-json';

export interface ImportOptions {
  newMajor?: boolean;
  actor?: { id: string; name: string } | null;
}

interface Incoming { kind: string; code: string; version: number; domain: string | null; body: Record<string, unknown>; file: string; pointer: string }
export interface ImportedItem { kind: string; code: string; version: number; changes?: FormChange[] }
export interface ImportReport { published: ImportedItem[]; unchanged: ImportedItem[]; retired: ImportedItem[] }

interface StoredRow { kind: string; code: string; version: number; hash: string; status: string; body: Record<string, unknown> }

function rawDefinitions(files: DefinitionFile[]): Incoming[] {
  const out: Incoming[] = [];
  for (const f of files) {
    const parsed = parseJsonc(f.text);
    if (!parsed.ok) continue;
    const docs = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    docs.forEach((body, i) => {
      const b = body as Record<string, unknown>;
      out.push({
        kind: String(b.kind), code: String(b.code), version: Number(b.version),
        domain: typeof b.domain === 'string' ? b.domain : null, body: b,
        file: f.file, pointer: Array.isArray(parsed.value) ? `/${i}` : '',
      });
    });
  }
  return out;
}

const invalid = (issues: DefinitionIssue[]) =>
  new AppError('definition-invalid', { vi: 'Định nghĩa không hợp lệ; không có gì được công bố.', en: 'Invalid definitions; nothing was published.' },
    { issues: issues.map((i) => ({ ...i, text: formatIssue(i) })) });

export async function importDefinitions(em: EntityManager, files: DefinitionFile[], opts: ImportOptions = {}): Promise<ImportReport> {
  const stored = await em.execute<StoredRow[]>(`select kind, code, version, hash, status, body from definition where status <> 'draft'`);
  const incoming = rawDefinitions(files);
  const inBatch = new Set(incoming.map((d) => `${d.kind}:${d.code}@${d.version}`));
  const context = stored
    .filter((r) => !inBatch.has(`${r.kind}:${r.code}@${r.version}`))
    .map((r) => ({ file: `db:${r.kind}/${r.code}@${r.version}`, text: JSON.stringify(r.body) }));
  const loaded = loadDefinitions([...files, ...context]);
  if (!loaded.ok) throw invalid(loaded.issues);

  const issues: DefinitionIssue[] = [];
  const report: ImportReport = { published: [], unchanged: [], retired: [] };
  const toInsert: (Incoming & { hash: string })[] = [];
  for (const d of incoming) {
    const hash = definitionHash(d.body);
    const existing = stored.find((r) => r.kind === d.kind && r.code === d.code && r.version === d.version);
    if (existing) {
      if (existing.hash === hash) report.unchanged.push({ kind: d.kind, code: d.code, version: d.version });
      else issues.push({ file: d.file, pointer: `${d.pointer}/version`, message: `${d.kind} "${d.code}" version ${d.version} is already published and cannot change: give it a new version` });
      continue;
    }
    if (d.kind === 'form') {
      const next = loaded.set.forms.get(d.code, d.version) as FormDefinition;
      const prev = loaded.set.forms.versions(d.code).filter((f) => f.version < d.version).at(-1);
      if (prev) {
        const compat = compareFormVersions(prev, next);
        const item = { kind: d.kind, code: d.code, version: d.version, changes: compat.changes };
        if (!compat.compatible && !opts.newMajor) {
          for (const c of compat.changes.filter((x) => !x.compatible)) {
            issues.push({ file: d.file, pointer: `${d.pointer}${c.pointer}`, message: `incompatible with version ${prev.version}: ${c.message.en} (use --new-major to publish anyway)` });
          }
          continue;
        }
        report.published.push(item);
      } else report.published.push({ kind: d.kind, code: d.code, version: d.version });
    } else report.published.push({ kind: d.kind, code: d.code, version: d.version });
    toInsert.push({ ...d, hash });
  }
  if (issues.length > 0) throw invalid(issues);

  await em.transactional(async (tx) => {
    for (const d of toInsert) {
      const retired = await tx.execute<{ version: number }[]>(
        `update definition set status = 'retired' where kind = ? and code = ? and status = 'published' and version < ? returning version`,
        [d.kind, d.code, d.version],
      );
      for (const r of retired) report.retired.push({ kind: d.kind, code: d.code, version: r.version });
      await tx.execute(
        `insert into definition (kind, code, version, domain, body, hash, status, created_by) values (?, ?, ?, ?, ?::jsonb, ?, 'published', ?)`,
        [d.kind, d.code, d.version, d.domain, JSON.stringify(d.body), d.hash, opts.actor?.id ?? null],
      );
      await writeAudit(tx as EntityManager, {
        actorId: opts.actor?.id ?? null, actorName: opts.actor?.name ?? 'cli', action: 'definition.published',
        targetType: d.kind, targetId: `${d.code}@${d.version}`, details: { hash: d.hash, newMajor: Boolean(opts.newMajor) },
      });
    }
  });
  return report;
}
