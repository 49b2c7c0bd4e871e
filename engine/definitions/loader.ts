// Turns definition files into a validated DefinitionSet, or every problem found as
// file + JSON pointer + message (with the line when known). Never throws: the CLI, the
// import endpoint and tests all get data back. The engine never reads files itself.
import type { DefinitionIssue, LocalIssue } from '@/engine/core/issue';
import type { FormDefinition } from './form';
import type { Definition } from './definition';
import { checkCatalogDefinition } from './catalog';
import { resolveCatalogEnums } from './catalog-enums';
import { createDefinitionSet, type DefinitionSet } from './definition-set';
import { indexFields, type FieldInfo } from './field-index';
import { checkForm } from './form-check';
import { parseJsonc, positionOf, type Position } from './jsonc';
import { checkPeriodDefinition } from './period';
import { checkReport } from './report-check';
import { checkWorkflowDefinition } from './workflow';
import { parseDefinition } from './parse-definition';

export interface DefinitionFile { file: string; text: string }
export type LoadResult = { ok: true; set: DefinitionSet } | { ok: false; issues: DefinitionIssue[] };

interface Located { def: Definition; file: string; base: string; positions: Map<string, Position> }

export function loadDefinitions(files: DefinitionFile[]): LoadResult {
  const issues: DefinitionIssue[] = [];
  const located: Located[] = [];
  const knownCodes = new Set<string>();
  const report = (file: string, positions: Map<string, Position> | null, base: string, list: LocalIssue[]) => {
    for (const i of list) {
      const pointer = base + i.pointer;
      const pos = positions ? positionOf(positions, pointer) : undefined;
      issues.push({ file, pointer, message: pos ? `${i.message} (line ${pos.line}:${pos.col})` : i.message });
    }
  };

  for (const { file, text } of files) {
    const parsed = parseJsonc(text);
    if (!parsed.ok) {
      issues.push({ file, pointer: '', message: `invalid JSON at line ${parsed.position.line}:${parsed.position.col}: ${parsed.message}` });
      continue;
    }
    const docs = Array.isArray(parsed.value) ? parsed.value.map((v, i) => ({ v, base: `/${i}` })) : [{ v: parsed.value, base: '' }];
    for (const { v, base } of docs) {
      if (typeof v === 'object' && v !== null && 'kind' in v && 'code' in v && typeof v.code === 'string') knownCodes.add(`${String(v.kind)}:${v.code}`);
      const result = parseDefinition(v);
      if (!result.ok) { report(file, parsed.positions, base, result.issues); continue; }
      const def = result.def;
      report(file, parsed.positions, base, localChecks(def));
      located.push({ def, file, base, positions: parsed.positions });
    }
  }

  const seen = new Map<string, Located>();
  for (const l of located) {
    const key = `${l.def.kind}:${l.def.code}@${l.def.version}`;
    const first = seen.get(key);
    if (first) report(l.file, l.positions, l.base, [{ pointer: '/version', message: `duplicate ${l.def.kind} "${l.def.code}" version ${l.def.version} (also in ${first.file}${first.base ? ` at ${first.base}` : ''})` }]);
    else seen.set(key, l);
  }

  const set = createDefinitionSet(located.map((l) => l.def));
  const catalogs = new Map(set.catalogs.all().map((c) => [c.code, new Set(set.catalogs.latest(c.code)?.items.map((it) => it.code))]));
  const fieldCache = new Map<FormDefinition, Map<string, FieldInfo>>();
  const fieldsOf = (f: FormDefinition) => fieldCache.get(f) ?? fieldCache.set(f, indexFields(f.schema).fields).get(f)!;
  const latestForm = (code: string) => set.forms.latest(code);
  const ctx = {
    catalogs,
    has: (kind: 'workflow' | 'period' | 'form', code: string) => knownCodes.has(`${kind}:${code}`),
    formFields: (code: string) => { const f = latestForm(code); return f ? fieldsOf(f) : undefined; },
    form: (code: string) => { const f = latestForm(code); return f ? { def: f, fields: fieldsOf(f) } : undefined; },
  };
  for (const l of located) {
    if (l.def.kind === 'form') report(l.file, l.positions, l.base, checkForm(l.def, ctx));
    if (l.def.kind === 'report') report(l.file, l.positions, l.base, checkReport(l.def, ctx));
  }
  if (issues.length > 0) return { ok: false, issues };

  const resolved = located.map(({ def }) =>
    def.kind === 'form' ? { ...def, schema: resolveCatalogEnums(def.schema, (c) => set.catalogs.latest(c)) as FormDefinition['schema'] } : def);
  return { ok: true, set: createDefinitionSet(resolved) };
}

function localChecks(def: Definition): LocalIssue[] {
  switch (def.kind) {
    case 'catalog': return checkCatalogDefinition(def);
    case 'period': return checkPeriodDefinition(def);
    case 'workflow': return checkWorkflowDefinition(def);
    case 'form':
    case 'report': return [];
  }
}
