// Typed lookups over a validated set of definitions: by code and version, or the latest
// version of a code. Built only by the loader, so everything inside has passed its checks.
import type { CatalogDefinition, Definition, FormDefinition, PeriodDefinition, ReportDefinition, WorkflowDefinition } from './definition';

export interface Registry<T extends { code: string; version: number }> {
  get(code: string, version: number): T | undefined;
  latest(code: string): T | undefined;
  versions(code: string): T[];
  all(): T[];
}

export interface DefinitionSet {
  forms: Registry<FormDefinition>;
  workflows: Registry<WorkflowDefinition>;
  periods: Registry<PeriodDefinition>;
  reports: Registry<ReportDefinition>;
  catalogs: Registry<CatalogDefinition>;
}

export function createRegistry<T extends { code: string; version: number }>(defs: T[]): Registry<T> {
  const byCode = new Map<string, T[]>();
  for (const d of defs) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d].sort((a, b) => a.version - b.version));
  return {
    get: (code, version) => byCode.get(code)?.find((d) => d.version === version),
    latest: (code) => byCode.get(code)?.at(-1),
    versions: (code) => [...(byCode.get(code) ?? [])],
    all: () => [...byCode.values()].flat(),
  };
}

export function createDefinitionSet(defs: Definition[]): DefinitionSet {
  const of = <K extends Definition['kind']>(kind: K) => defs.filter((d): d is Extract<Definition, { kind: K }> => d.kind === kind);
  return {
    forms: createRegistry(of('form')),
    workflows: createRegistry(of('workflow')),
    periods: createRegistry(of('period')),
    reports: createRegistry(of('report')),
    catalogs: createRegistry(of('catalog')),
  };
}
