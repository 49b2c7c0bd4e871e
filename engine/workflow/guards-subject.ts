// Guards about the subject, the event and the clock: json-logic over the data, validation
// state, the comment, the approval window and the shape of the unit tree on the data's
// date (which is how one definition serves both 3-level and 2-level local government).
import { z } from 'zod';
import { windowSpecSchema } from '@/engine/definitions/period';
import { evaluateLogic, isTruthy } from '@/engine/rules/evaluate';
import { withinWindow } from '@/engine/periods/window';
import { hasComment } from './context';
import { subjectGuard, type GuardEntry } from './registry-types';

export const SUBJECT_GUARDS: GuardEntry[] = [
  subjectGuard('rule',
    { vi: 'Biểu thức json-logic trên dữ liệu cho kết quả đúng', en: 'A json-logic expression over the data is truthy' },
    z.strictObject({ logic: z.unknown().refine((v) => v !== undefined, 'json-logic expression required') }),
    (p, env) => isTruthy(evaluateLogic(p.logic, env.ctx.subject.data))),
  subjectGuard('noBlockingErrors',
    { vi: 'Dữ liệu không còn lỗi chặn', en: 'The data has no blocking (error-severity) findings' },
    z.strictObject({}),
    (_p, env) => env.ctx.subject.blockingErrors === 0),
  subjectGuard('commentPresent',
    { vi: 'Có ghi lý do/nhận xét', en: 'The event carries a non-empty comment' },
    z.strictObject({}),
    (_p, env) => env.assumeComment || hasComment(env.event)),
  subjectGuard('withinWindow',
    { vi: 'Đang trong thời gian phê duyệt', en: 'Now is inside the approval window (inline, or the period definition’s)' },
    z.strictObject({ window: windowSpecSchema.optional() }),
    (p, env) => {
      const period = env.ctx.subject.period ?? undefined;
      if (p.window) return withinWindow(p.window, env.ctx.now, period?.key, period?.definition);
      return period ? withinWindow(period.definition, env.ctx.now, period.key) : false;
    }),
  subjectGuard('unitTreeHasLevel',
    { vi: 'Đơn vị của hồ sơ có (hoặc không có) cấp trên ở cấp chỉ định vào ngày của dữ liệu', en: "The subject's unit has (or, present=false, lacks) an ancestor at the level on the data's date" },
    z.strictObject({ level: z.string().min(1), present: z.boolean().optional() }),
    (p, env) => (env.ctx.subject.ancestors ?? []).some((a) => a.level === p.level) === (p.present ?? true)),
];
