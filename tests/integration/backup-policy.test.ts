// The backup policy as data, table-tested (pure functions, Vietnam time): twice per working
// week (seed 003), month end incl. February and leap years (001, 004), year end (001),
// retention of at least 92 days (004), yearly copies and the latest good copy always kept.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, dueBackups, expiredBackups, keepDaysFor, loadPolicy, parsePolicy, restoreTestDue, type BackupPolicy } from '../../server/ops/backup/policy';
import { assertClientCanDump, findPgTool } from '../../server/ops/backup/pg-tools';
import type { BackupKind } from '../../server/ops/backup/create-backup';

/** 'YYYY-MM-DD HH:MM' in Asia/Ho_Chi_Minh → instant. */
const vn = (s: string) => new Date(`${s.replace(' ', 'T')}:00+07:00`);
const P = DEFAULT_POLICY;

describe('dueBackups', () => {
  const lastAll = (at: string) => ({ scheduled: vn(at), monthly: vn(at), yearly: vn(at) });
  it.each([
    // [now (VN), last good run of every kind (VN), due kinds]
    ['2026-11-24 22:05', '2026-11-20 22:01', ['scheduled']], // Tuesday after Friday's copy
    ['2026-11-24 21:59', '2026-11-20 22:01', []], // Tuesday, before 22:00
    ['2026-11-25 10:00', '2026-11-24 22:01', []], // Wednesday: Tuesday's done
    ['2026-11-27 22:00', '2026-11-24 22:01', ['scheduled']], // Friday 22:00 exactly
    ['2026-11-30 08:00', '2026-11-27 22:01', []], // weekend and Monday: nothing
    ['2026-11-30 23:00', '2026-11-27 22:01', ['monthly']], // last day of November (a Monday)
    ['2026-11-30 22:59', '2026-11-27 22:01', []],
    ['2026-02-28 23:00', '2026-02-27 22:01', ['monthly']], // February, common year (Saturday)
    ['2028-02-28 23:00', '2028-02-25 22:01', []], // leap year: 28 Feb is not the end…
    ['2028-02-29 23:00', '2028-02-29 22:01', ['monthly']], // …29 Feb is
    ['2026-12-31 23:30', '2026-12-31 23:01', ['yearly']], // year end (monthly done at 23:00)
    ['2026-12-31 23:29', '2026-12-31 23:01', []],
  ])('at %s (last runs %s) → %j', (now, last, expected) => {
    expect(dueBackups(P, lastAll(last), vn(now)).sort()).toEqual(expected);
  });

  it('catches up a slot missed while the server was down, within catchUpHours (72) only', () => {
    const last = { scheduled: vn('2026-12-01 22:01'), monthly: vn('2026-10-31 23:01') };
    expect(dueBackups(P, last, vn('2026-12-02 10:00'))).toEqual(['monthly']); // 35 h late: run it
    expect(dueBackups(P, last, vn('2026-12-03 22:59'))).toEqual(['monthly']); // 71 h 59 min late
    expect(dueBackups(P, last, vn('2026-12-04 00:00'))).toEqual([]); // 73 h late: skipped
  });

  it('takes Vietnam time, not the server zone: 31/12 23:30 +07 is 16:30 UTC', () => {
    expect(dueBackups(P, lastAll('2026-12-31 23:01'), new Date('2026-12-31T16:30:00Z'))).toEqual(['yearly']);
    expect(dueBackups(P, lastAll('2026-12-31 23:01'), new Date('2026-12-31T16:29:59Z'))).toEqual([]);
  });

  it('clamps a day past the month end (31 in a 30-day month) and runs a first backup when never run', () => {
    const policy: BackupPolicy = { ...P, schedules: [{ kind: 'monthly', day: 31, at: '23:00' }] };
    expect(dueBackups(policy, { monthly: vn('2026-10-31 23:00') }, vn('2026-11-30 23:00'))).toEqual(['monthly']);
    expect(dueBackups(P, {}, vn('2026-11-24 22:05'))).toEqual(['scheduled']);
  });

  it('schedules the weekly test restore on Sunday 03:00', () => {
    expect(restoreTestDue(P, vn('2026-11-22 03:10'), vn('2026-11-29 03:00'))).toBe(true);
    expect(restoreTestDue(P, vn('2026-11-29 03:01'), vn('2026-11-29 09:00'))).toBe(false);
    expect(restoreTestDue(P, vn('2026-11-22 03:10'), vn('2026-11-29 02:59'))).toBe(false);
  });
});

describe('expiredBackups', () => {
  const now = vn('2026-11-30 12:00');
  const rec = (id: string, kind: BackupKind, daysAgo: number, extra: object = {}) => ({
    id, kind, status: 'ok' as 'ok' | 'failed', startedAt: new Date(now.getTime() - daysAgo * 86_400_000), expiredAt: null as Date | null, ...extra,
  });
  it.each([
    ['a monthly copy 93 days old', rec('m', 'monthly', 93), true],
    ['a monthly copy 91 days old (inside 92 days)', rec('m', 'monthly', 91), false],
    ['a twice-weekly copy 92.5 days old', rec('s', 'scheduled', 92.5), true],
    ['an ad-hoc copy 100 days old', rec('a', 'adhoc', 100), true],
    ['a yearly copy 3 years old (kept forever)', rec('y', 'yearly', 1100), false],
    ['a failed run', rec('f', 'monthly', 200, { status: 'failed' }), false],
    ['an already expired copy', rec('e', 'monthly', 200, { expiredAt: now }), false],
  ])('%s → expired: %s', (_label, record, expired) => {
    const latest = rec('latest', 'scheduled', 1);
    expect(expiredBackups(P, [record, latest], now).map((r) => r.id)).toEqual(expired ? [record.id] : []);
  });

  it('never removes the latest good copy, however old', () => {
    const only = [rec('old', 'monthly', 400), rec('older', 'monthly', 500), rec('failed', 'scheduled', 1, { status: 'failed' })];
    expect(expiredBackups(P, only, now).map((r) => r.id)).toEqual(['older']);
  });

  it('never keeps a copy less than retention.minDays, whatever the schedule says', () => {
    const policy = parsePolicy({ ...P, schedules: [{ kind: 'monthly', day: 'last', at: '23:00', keep: 30 }] });
    expect(keepDaysFor(policy, 'monthly')).toBe(92);
    expect(keepDaysFor(policy, 'yearly')).toBe('forever');
    expect(keepDaysFor(parsePolicy({ ...P, schedules: [{ kind: 'weekly', weekdays: [1], at: '01:00', keep: 120 }] }), 'scheduled')).toBe(120);
  });
});

describe('loading the policy', () => {
  it('uses the default without BACKUP_POLICY and reads JSON from it', () => {
    expect(loadPolicy({})).toEqual(DEFAULT_POLICY);
    const custom = { ...P, retention: { minDays: 180 }, schedules: [{ kind: 'weekly', weekdays: [1, 3, 5], at: '21:00' }] };
    expect(loadPolicy({ BACKUP_POLICY: JSON.stringify(custom) })).toMatchObject({ retention: { minDays: 180 }, catchUpHours: 72 });
  });

  it.each([
    ['{"schedules": [', /not valid JSON/],
    [JSON.stringify({ ...P, retention: { minDays: 30 } }), /retention\.minDays.*at least 92/],
    [JSON.stringify({ ...P, schedules: [{ kind: 'weekly', weekdays: [7], at: '22:00' }] }), /schedules\.0\.weekdays\.0/],
    [JSON.stringify({ ...P, restoreTest: { kind: 'weekly', weekdays: [0], at: '3am' } }), /restoreTest\.at.*HH:MM/],
  ])('refuses %s', (raw, message) => {
    expect(() => loadPolicy({ BACKUP_POLICY: raw })).toThrow(message);
  });
});

describe('PostgreSQL client tools', () => {
  it('refuses a pg_dump older than the server and says what to install', () => {
    expect(() => assertClientCanDump('pg_dump', '15.18', '17.2')).toThrow(/pg_dump 15\.18 cannot back up PostgreSQL 17\.2.*apt-get install postgresql-client-15.*at least as new as the server/);
    expect(() => assertClientCanDump('pg_dump', '15.18', '15.4')).not.toThrow();
  });

  it('finds pg_dump from PG_DUMP, then PATH, then /usr/lib/postgresql/15/bin', () => {
    expect(() => findPgTool('pg_dump', { PG_DUMP: '/nope/pg_dump' })).toThrow(/PG_DUMP=\/nope\/pg_dump is not an executable/);
    expect(findPgTool('pg_dump', { PATH: '/nowhere' })).toBe('/usr/lib/postgresql/15/bin/pg_dump');
  });
});
