// Guards on what the granting unit IS, not where it sits: its kind of organisation and the
// domains an agency answers for. "The ethnic-affairs agency approves for the province" is then
// a property of the agency unit (data in the unit tree), not of a domain-limited grant.
import { z } from 'zod';
import { grantGuard, type GuardEntry } from './registry-types';

export const GRANT_UNIT_GUARDS: GuardEntry[] = [
  grantGuard('actorGrantUnitOfType',
    { vi: 'Đơn vị cấp quyền của người dùng thuộc loại đơn vị được chỉ định (ví dụ cơ quan chuyên môn)', en: "The actor's granting unit is of one of the unit types (e.g. agency)" },
    z.strictObject({ types: z.array(z.string().min(1)).min(1) }),
    (p, _env, g) => g.unit.unitType !== undefined && p.types.includes(g.unit.unitType)),
  grantGuard('actorGrantUnitHasDomain',
    { vi: 'Đơn vị cấp quyền của người dùng phụ trách lĩnh vực (mặc định: lĩnh vực của hồ sơ)', en: "The actor's granting unit is responsible for the domain (default: the subject's domain)" },
    z.strictObject({ domain: z.string().min(1).optional() }),
    (p, env, g) => {
      const domain = p.domain ?? env.ctx.subject.domain;
      return domain !== null && (g.unit.domains ?? []).includes(domain);
    }),
];
