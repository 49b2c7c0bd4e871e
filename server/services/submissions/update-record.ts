// Use case: change the data of an existing submission by id (register records; reports
// too, for clients that address them by id). Same guarantees as a draft save: the version
// must match, the state must be editable and the unit in the actor's data-entry scope.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { stateInfo } from '@/engine/workflow';
import { assertCanRead, assertCanWrite, rolesOver } from './access';
import { hiddenFor } from '../../security/fields/sensitive';
import { actorName, loadSubject } from './subject';
import { notEditable, writeData, type DataInput } from './write-data';
import { saveResult, versionConflict, type SaveResult } from './save-result';

export interface UpdateRecordInput extends DataInput {
  id: string;
  version: number | undefined;
}

export async function updateRecord(em: EntityManager, actor: Actor, input: UpdateRecordInput, now: Date): Promise<SaveResult> {
  const peek = await loadSubject(em, input.id);
  assertCanRead(actor, peek.unit, peek.bundle.form.domain ?? null);
  assertCanWrite(actor, peek.unit, peek.bundle.form.domain ?? null);
  const name = await actorName(em, actor);
  const hidden = hiddenFor(peek.bundle.form, rolesOver(actor, peek.unit, peek.bundle.form.domain ?? null));
  return em.transactional(async (tx) => {
    const s = await loadSubject(tx, input.id, { lock: true });
    if (input.version === undefined || input.version !== s.row.version) throw versionConflict(s.row, input.data, hidden);
    const meta = stateInfo(s.bundle.workflow, s.row.snapshot);
    if (!meta?.editable || s.row.locked) throw notEditable(s.row, meta?.label);
    const { run: result } = await writeData(tx, s.row, s.bundle, input, { actor, name, at: now, hidden }, 'edited');
    return saveResult(s.row, result, hidden);
  });
}
