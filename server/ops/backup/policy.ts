// The deployment's backup policy as data (OPS-1): when each kind of copy is made, how long
// copies are kept, when the test restore runs. Read from BACKUP_POLICY (JSON) or the default
// below, which encodes the seeds: twice per working week (003), month end (001, 004), year end (001).
import { z } from 'zod';
import type { BackupKind } from './create-backup';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected "HH:MM" (24 h, Vietnam time)');
const day = z.union([z.literal('last'), z.number().int().min(1).max(31)]);
const keep = z.union([z.literal('forever'), z.number().int().positive()]).optional();
const weekdays = z.array(z.number().int().min(0).max(6)).min(1);

const weekly = z.object({ kind: z.literal('weekly'), weekdays, at: time, keep });
const monthly = z.object({ kind: z.literal('monthly'), day, at: time, keep });
const yearly = z.object({ kind: z.literal('yearly'), month: z.number().int().min(1).max(12), day, at: time, keep });
const schedule = z.discriminatedUnion('kind', [weekly, monthly, yearly]);

export const MIN_RETENTION_DAYS = 92;

const policySchema = z.object({
  schedules: z.array(schedule),
  retention: z.object({
    minDays: z.number().int().min(MIN_RETENTION_DAYS, `retention.minDays must be at least ${MIN_RETENTION_DAYS} (copies are kept at least 3 months)`),
  }),
  restoreTest: z.discriminatedUnion('kind', [weekly.omit({ keep: true }), monthly.omit({ keep: true })]),
  /** A slot missed by more than this (server down) is skipped rather than run late. */
  catchUpHours: z.number().positive().default(72),
});

export type BackupPolicy = z.infer<typeof policySchema>;
export type Schedule = z.infer<typeof schedule>;
export type RestoreTestSchedule = BackupPolicy['restoreTest'];
export type DayOfMonth = z.infer<typeof day>;

/** Weekdays are 0 = Sunday … 6 = Saturday; times are Asia/Ho_Chi_Minh. */
export const DEFAULT_POLICY: BackupPolicy = {
  schedules: [
    { kind: 'weekly', weekdays: [2, 5], at: '22:00' },
    { kind: 'monthly', day: 'last', at: '23:00' },
    { kind: 'yearly', month: 12, day: 31, at: '23:30', keep: 'forever' },
  ],
  retention: { minDays: MIN_RETENTION_DAYS },
  restoreTest: { kind: 'weekly', weekdays: [0], at: '03:00' },
  catchUpHours: 72,
};

/** The backup kind a schedule produces (the twice-weekly copies are "scheduled"). */
export function kindOf(s: Schedule): Exclude<BackupKind, 'adhoc'> {
  return s.kind === 'weekly' ? 'scheduled' : s.kind;
}

export function parsePolicy(input: unknown): BackupPolicy {
  const parsed = policySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`Invalid backup policy: ${issues.join('; ')}`);
}

export function loadPolicy(env: Record<string, string | undefined> = process.env): BackupPolicy {
  const raw = env.BACKUP_POLICY?.trim();
  if (!raw) return DEFAULT_POLICY;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new Error(`BACKUP_POLICY is not valid JSON: ${(err as Error).message}`);
  }
  return parsePolicy(json);
}

export { dueBackups, restoreTestDue, latestSlot } from './schedule';
export { expiredBackups, keepDaysFor } from './retention';
