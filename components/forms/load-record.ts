// Server side of a register record's entry page: the published form and either the stored record
// (read through the same service and scope checks as the API, at its form version) or, for a new
// record, the unit it will belong to (one of the units of the user's scope that keep the register)
// and its prefilled data (FRM-3).
import 'server-only';
import type { PageContext } from '@/server/http/page-context';
import { AppError } from '@/server/errors';
import { getForm } from '@/server/services/definitions/list-forms';
import { registerForms } from '@/server/services/registers/register-forms';
import { getSubmission } from '@/server/services/submissions/get-submission';
import { prefillDraft, type PrefillDto } from '@/server/services/submissions/prefill-draft';
import type { SubmissionDto } from '@/components/submission/types';
import type { EntryLoad } from './load-entry';
import type { EntryPageProps } from './entry-page';
import type { EntryFormDefinition } from './ui-schema';

const notFound = { vi: 'Không tìm thấy hồ sơ này trong sổ.', en: 'This record is not in the register.' };
const noUnit = { vi: 'Đơn vị đã chọn không giữ sổ này hoặc ngoài phạm vi của bạn.', en: 'The chosen unit does not keep this register or is outside your scope.' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const plain = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The prefilled start of a new report or record; a refusal only means starting empty (entry is never blocked by it). */
export async function prefillOrNothing(run: () => Promise<PrefillDto>): Promise<Pick<EntryPageProps, 'initialData' | 'prefilled'>> {
  try {
    const { data, filled } = await run();
    return { initialData: plain(data), prefilled: plain(filled) };
  } catch (err) {
    if (err instanceof AppError) return {};
    throw err;
  }
}

/** An existing record (`id`) or a new one for `unitCode`. */
export async function loadRecord(ctx: PageContext, code: string, target: { id: string } | { unitCode: string }): Promise<EntryLoad> {
  try {
    if ('id' in target) {
      if (!UUID.test(target.id)) return { ok: false, message: notFound };
      const sub = (await getSubmission(ctx.em, ctx.actor, target.id, ctx.now)) as unknown as SubmissionDto;
      if (sub.kind !== 'register' || sub.form.code !== code) return { ok: false, message: notFound };
      const { form } = await getForm(ctx.em, code, sub.form.version);
      return { ok: true, props: { form: plain(form) as unknown as EntryFormDefinition, unit: { code: sub.unit.code, name: sub.unit.name }, target: { kind: 'record' }, submission: plain(sub) } };
    }
    const reachable = (await registerForms(ctx.em, ctx.actor, ctx.today)).find((f) => f.code === code);
    const unit = reachable?.units.find((u) => u.code === target.unitCode);
    if (!unit) return { ok: false, message: noUnit };
    const { form } = await getForm(ctx.em, code);
    const start = await prefillOrNothing(() => prefillDraft(ctx.em, ctx.actor, { formCode: code, unitCode: unit.code }, ctx.now, ctx.today));
    return { ok: true, props: { form: plain(form) as unknown as EntryFormDefinition, unit: { code: unit.code, name: unit.name }, target: { kind: 'record' }, submission: null, ...start } };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, message: err.text as { vi: string; en: string } };
    throw err;
  }
}
