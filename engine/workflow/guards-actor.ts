// Guards about who is acting: role, the level and position of the granting unit relative
// to the subject's unit, the account's own organisation and ownership of the record.
// Grant-scoped guards are evaluated per role grant (see evaluate-guard.ts for allOf).
import { z } from 'zod';
import { ROLE_NAMES } from '@/engine/access/actor';
import { grantGuard, subjectGuard, type GuardEntry } from './registry-types';

const levels = z.array(z.string().min(1)).min(1);

export const ACTOR_GUARDS: GuardEntry[] = [
  grantGuard('actorHasRole',
    { vi: 'Người dùng có vai trò (trong lĩnh vực) được chỉ định', en: 'The actor holds the role (in the domain)' },
    z.strictObject({ role: z.enum(ROLE_NAMES), domain: z.string().min(1).optional() }),
    (p, env, g) => {
      const domain = p.domain ?? env.ctx.subject.domain;
      return g.role === p.role && (g.domain === null || g.domain === domain);
    }),
  grantGuard('actorAtLevel',
    { vi: 'Đơn vị cấp quyền của người dùng thuộc cấp được chỉ định', en: "The actor's granting unit is at one of the levels" },
    z.strictObject({ levels }),
    (p, _env, g) => p.levels.includes(g.unit.level)),
  grantGuard('actorInUnit',
    { vi: 'Người dùng được cấp quyền tại chính đơn vị của hồ sơ', en: "The actor's grant is on the subject's own unit" },
    z.strictObject({}),
    (_p, env, g) => g.unit.id === env.ctx.subject.unit.id),
  grantGuard('actorIsAncestorOfUnit',
    { vi: 'Đơn vị của người dùng là cấp trên của đơn vị hồ sơ', en: "The actor's granting unit is a strict ancestor of the subject's unit" },
    z.strictObject({ levelsUp: z.number().int().min(1).optional() }),
    (p, env, g) => {
      const ids = env.ctx.subject.unit.ancestorIds;
      const index = ids.indexOf(g.unit.id);
      return index >= 0 && (p.levelsUp === undefined || ids.length - index <= p.levelsUp);
    }),
  grantGuard('actorInSubtreeOfAncestor',
    { vi: 'Đơn vị của người dùng nằm dưới đơn vị cấp trên (theo cấp) của hồ sơ', en: "The actor's granting unit is in the subtree of the subject's ancestor at the level" },
    z.strictObject({ level: z.string().min(1) }),
    (p, env, g) => {
      const { unit, ancestors = [] } = env.ctx.subject;
      const anchor = unit.level === p.level ? unit.id : ancestors.find((a) => a.level === p.level)?.id;
      return anchor !== undefined && (g.unit.id === anchor || g.unit.ancestorIds.includes(anchor));
    }),
  subjectGuard('actorOfUnitType',
    { vi: 'Tài khoản thuộc loại đơn vị được chỉ định', en: "The account's home unit is of one of the types" },
    z.strictObject({ types: levels }),
    (p, env) => p.types.includes(env.actor.homeUnit.level)),
  subjectGuard('actorOwnsRecord',
    { vi: 'Người dùng là chủ hồ sơ', en: 'The actor owns the record' },
    z.strictObject({}),
    (_p, env) => !!env.ctx.subject.ownerAccountId && env.ctx.subject.ownerAccountId === env.actor.accountId),
];
