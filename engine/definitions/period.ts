// The `period` definition kind: which periods exist (type, phase, campaign dates) and the
// dates attached to each (reference date, entry open/close, due date, approval window,
// lock). Shape only here; date logic and the semantic check live in engine/periods/.
import { z } from 'zod';
import type { LocalIssue } from '@/engine/core/issue';
import { ROLE_NAMES } from '@/engine/access/actor';
import { checkPeriodSemantics } from '@/engine/periods/check-definition';
import { isCivilDate } from '@/engine/periods/civil-date';
import { definitionHeaderShape, idSchema, titleSchema } from './common';

export const PERIOD_TYPES = ['Monthly', 'Quarterly', 'SixMonthly', 'Yearly', 'Phase', 'Campaign'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

const civilDateSchema = z.string().refine(isCivilDate, 'must be a date YYYY-MM-DD');
const monthDaySchema = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be MM-DD');

/** A date relative to the period: its first or last day, plus months (month-end rule), then days. */
export const offsetSchema = z.strictObject({
  from: z.enum(['start', 'end']),
  months: z.number().int().min(-120).max(120).optional(),
  days: z.number().int().min(-3660).max(3660).optional(),
});
export type PeriodOffset = z.infer<typeof offsetSchema>;

export const windowSpecSchema = z.discriminatedUnion('kind', [
  /** The last `days` days of every calendar month (PER-5: last 5 days). */
  z.strictObject({ kind: z.literal('last-days-of-month'), days: z.number().int().min(1).max(28) }),
  /** Days fromDay..toDay of every month; a day past the month's length means its last day. */
  z.strictObject({ kind: z.literal('days-of-month'), fromDay: z.number().int().min(1).max(31), toDay: z.number().int().min(1).max(31) }),
  /** From/to dates relative to the period in question (needs the period key). */
  z.strictObject({ kind: z.literal('period-relative'), from: offsetSchema, to: offsetSchema }),
]);
export type WindowSpec = z.infer<typeof windowSpecSchema>;

export const campaignSpecSchema = z.strictObject({
  /** The same dates every year; key C:<YYYY>. An end before the start falls in the next year. */
  yearly: z.strictObject({ start: monthDaySchema, end: monthDaySchema }).optional(),
  /** The same days every month; key C:<YYYY-MM>. An endDay below startDay falls in the next month. */
  monthly: z.strictObject({ startDay: z.number().int().min(1).max(31), endDay: z.number().int().min(1).max(31) }).optional(),
  /** Explicit one-off collections (PER-3); key C:<id>. */
  instances: z.array(z.strictObject({ id: idSchema, start: civilDateSchema, end: civilDateSchema, title: titleSchema.optional() })).optional(),
});
export type CampaignSpec = z.infer<typeof campaignSpecSchema>;

export const phaseSpecSchema = z.strictObject({
  startYear: z.number().int().min(1000).max(9999),
  lengthYears: z.number().int().min(1).max(50),
});
export type PhaseSpec = z.infer<typeof phaseSpecSchema>;

export const periodDefinitionSchema = z.strictObject({
  kind: z.literal('period'),
  ...definitionHeaderShape,
  type: z.enum(PERIOD_TYPES),
  phase: phaseSpecSchema.optional(),
  campaign: campaignSpecSchema.optional(),
  /** "Figures as of": default the period's last day. */
  referenceDate: offsetSchema.optional(),
  entry: z.strictObject({ open: offsetSchema, close: offsetSchema }),
  due: offsetSchema,
  approvalWindow: windowSpecSchema.optional(),
  lock: z.strictObject({
    afterClose: z.boolean(),
    /** Holders of any of these roles (in the definition's domain) may still write after close. */
    overrideRoles: z.array(z.enum(ROLE_NAMES)).min(1),
  }).optional(),
}).superRefine((def, ctx) => {
  if (def.type === 'Phase' && !def.phase) ctx.addIssue({ code: 'custom', path: ['phase'], message: 'a Phase period needs phase {startYear, lengthYears}' });
  if (def.type !== 'Phase' && def.phase) ctx.addIssue({ code: 'custom', path: ['phase'], message: `phase is only allowed for type Phase, not ${def.type}` });
  if (def.type === 'Campaign' && !def.campaign) ctx.addIssue({ code: 'custom', path: ['campaign'], message: 'a Campaign period needs campaign {yearly | monthly | instances}' });
  if (def.type !== 'Campaign' && def.campaign) ctx.addIssue({ code: 'custom', path: ['campaign'], message: `campaign is only allowed for type Campaign, not ${def.type}` });
});
export type PeriodDefinition = z.infer<typeof periodDefinitionSchema>;

/** Semantic checks after the schema: date order on sample periods, campaign dates, ids. */
export function checkPeriodDefinition(def: PeriodDefinition): LocalIssue[] {
  return checkPeriodSemantics(def);
}
