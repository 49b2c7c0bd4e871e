// Workflow actions: each turns its params and the step into one Effect (plain data).
// Nothing is executed here; requireComment/requireSignature are also enforced by
// transition() before the effect is returned.
import { z } from 'zod';
import { ROLE_NAMES } from '@/engine/access/actor';
import { action, type ActionEntry } from './registry-types';

const notifyTarget = z.union([
  z.enum(['submitter', 'owner', 'unit-approvers', 'unit-data-entry', 'parent-unit']),
  z.strictObject({ role: z.enum(ROLE_NAMES), level: z.string().min(1).optional() }),
]);

export const ACTIONS: ActionEntry[] = [
  action('lock', { vi: 'Khóa dữ liệu, cán bộ nhập không sửa được', en: 'Lock the data against edits by the officer' },
    z.strictObject({}), () => ({ type: 'lock' })),
  action('unlock', { vi: 'Mở khóa dữ liệu để sửa', en: 'Unlock the data for edits' },
    z.strictObject({}), () => ({ type: 'unlock' })),
  action('notify', { vi: 'Gửi thông báo theo mẫu', en: 'Send a notification from a template' },
    z.strictObject({ to: notifyTarget, template: z.string().min(1) }),
    (p, env, step) => ({ type: 'notify', to: p.to, template: p.template, event: step.event, state: step.state, ...(env.event.comment ? { comment: env.event.comment } : {}) })),
  action('requireComment', { vi: 'Bắt buộc ghi lý do (ví dụ khi trả lại)', en: 'A reason is required (e.g. on return) and stored' },
    z.strictObject({}), (_p, env) => ({ type: 'requireComment', comment: (env.event.comment ?? '').trim() })),
  action('requireSignature', { vi: 'Bắt buộc ký số (WF-3)', en: 'A digital signature is required (WF-3)' },
    z.strictObject({}), (_p, env) => ({ type: 'requireSignature', signature: env.event.signature ?? '' })),
  action('stampApproval', { vi: 'Ghi nhận phê duyệt của cấp', en: 'Record the approval by the level' },
    z.strictObject({ level: z.string().min(1) }),
    (p, env) => ({ type: 'stampApproval', level: p.level, accountId: env.actor.accountId, at: env.ctx.now.toISOString() })),
];
