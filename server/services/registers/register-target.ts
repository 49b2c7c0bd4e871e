// Resolves "this register of this unit" for the register use cases (import, export, list):
// the published register form, the unit on today's tree, and the caller's scope over it.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { AppError, notFound } from '../../errors';
import { subjectUnit, unitIdByCode, type SubjectUnit } from '../../repositories/submissions-units';
import { publishedDefinitions } from '../definitions/published-definitions';
import { assertCanRead, assertCanWrite } from '../submissions/access';
import { bundleFor, type FormBundle } from '../submissions/form-bundle';

export interface RegisterTarget { bundle: FormBundle; unit: SubjectUnit }

export async function registerTarget(em: EntityManager, actor: Actor, formCode: string, unitCode: string, today: string, need: 'read' | 'write'): Promise<RegisterTarget> {
  const bundle = bundleFor(await publishedDefinitions(em), formCode);
  if (bundle.form.formKind !== 'register') throw notFound({ vi: `sổ đăng ký "${formCode}"`, en: `Register form "${formCode}"` });
  const unitId = await unitIdByCode(em, unitCode, today);
  const unit = unitId ? await subjectUnit(em, unitId, today) : null;
  if (!unit) throw notFound({ vi: `đơn vị "${unitCode}"`, en: `Unit "${unitCode}"` });
  const domain = bundle.form.domain ?? null;
  assertCanRead(actor, unit, domain);
  if (need === 'write') {
    assertCanWrite(actor, unit, domain);
    if (!bundle.form.enteredAt.includes(unit.level)) {
      throw new AppError('validation-failed', { vi: 'Đơn vị này không nhập sổ này.', en: 'This unit does not keep this register.' });
    }
  }
  return { bundle, unit };
}
