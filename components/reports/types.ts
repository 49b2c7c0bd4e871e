// Client-side shapes of the reports API (GET /api/v1/reports, /reports/{code}, /completeness):
// the report model is the engine's own type; the rest mirrors server/http/openapi/reports.ts.
import type { ReportModel, Title } from '@/engine/reports/model';

export type { ModelColumn, ModelRow, Title } from '@/engine/reports/model';

export interface TemplateItem {
  code: string; version: number; title: Title; domain: string | null; forms: string[];
  periodType: string | null; rows: { by: string; level?: string }; columns: number;
}

export interface UnitRef { id: string; code: string; name: string; level: string }

export interface ReportJson extends ReportModel {
  period: { key: string | null; referenceDate: string; dueDate: string | null; type: string | null; keys?: string[] };
  unit: UnitRef;
  state: 'approved' | 'submitted';
  tree: { date: string; facts: number; mappedFacts: number; unallocatedFacts: number };
}

export interface Counts {
  expected: number; received: number; approved: number; onTime: number; late: number; missing: number;
  receivedRate: number | null; approvedRate: number | null; onTimeRate: number | null;
}

export interface CompletenessUnit {
  id: string; code: string; name: string; level: string; groupId: string | null; status: string;
  submittedAt: string | null; approvedAt: string | null; timeliness: 'on-time' | 'late' | null; viaSuccessor: boolean;
}

export interface CompletenessJson {
  form: { code: string; title: Title; enteredAt: string[] };
  period: { key: string | null; referenceDate: string; dueDate: string | null };
  date: string;
  unit: UnitRef;
  summary: Counts & { notCounted: number };
  byLevel: (Counts & { level: string })[];
  byUnit: (Counts & { unit: UnitRef | null })[];
  units: CompletenessUnit[];
  missing: CompletenessUnit[];
}

/** What every report request carries; empty strings mean "server default". */
export interface ReportParams { period: string; unit: string; date: string; state: 'approved' | 'submitted'; level?: string }

export const titleOf = (t: Title | null | undefined, lang: string): string => (t ? (lang === 'en' ? t.en ?? t.vi : t.vi) : '');
