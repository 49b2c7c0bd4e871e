// Server side of the entry page: the published form, the report of (form, unit, period) if it
// exists (read through the same service and scope checks as the API) and the deadline from
// the inbox, as plain DTOs for the client component. A report not started yet opens with the
// prefilled data (FRM-3), read through the prefill service with the same checks.
import 'server-only';
import type { PageContext } from '@/server/http/page-context';
import { AppError } from '@/server/errors';
import { getForm } from '@/server/services/definitions/list-forms';
import { getInbox } from '@/server/services/inbox/get-inbox';
import { getSubmission } from '@/server/services/submissions/get-submission';
import { prefillDraft } from '@/server/services/submissions/prefill-draft';
import type { SubmissionDto } from '@/components/submission/types';
import type { EntryPageProps } from './entry-page';
import type { EntryFormDefinition } from './ui-schema';
import { prefillOrNothing } from './load-record';

export type EntryLoad = { ok: true; props: EntryPageProps } | { ok: false; message: { vi: string; en: string } };

export async function loadEntry(ctx: PageContext, code: string, unitCode: string, periodKey: string): Promise<EntryLoad> {
  try {
    const inbox = await getInbox(ctx.em, ctx.actor, ctx.now);
    const item = inbox.find((i) => i.form.code === code && i.unit.code === unitCode && i.periodKey === periodKey);
    const [row] = item?.submissionId
      ? [{ id: item.submissionId }]
      : await ctx.em.execute<{ id: string }[]>(
        `select s.id from submission s join org_unit u on u.id = s.unit_id
          where s.kind = 'report' and s.form_code = ? and u.code = ? and s.period_key = ? limit 1`, [code, unitCode, periodKey]);
    const submission = row ? ((await getSubmission(ctx.em, ctx.actor, row.id, ctx.now)) as unknown as SubmissionDto) : null;
    const { form } = await getForm(ctx.em, code, submission?.form.version);
    if (!item && !submission) {
      return { ok: false, message: { vi: 'Kỳ báo cáo này không mở cho đơn vị của bạn.', en: 'This period is not open for your unit.' } };
    }
    const start = submission ? {} : await prefillOrNothing(() => prefillDraft(ctx.em, ctx.actor, { formCode: code, unitCode, periodKey }, ctx.now, ctx.today));
    return {
      ok: true,
      props: {
        ...start,
        form: JSON.parse(JSON.stringify(form)) as EntryFormDefinition,
        unit: { code: unitCode, name: item?.unit.name ?? submission?.unit.name ?? unitCode },
        target: { kind: 'report', periodKey, due: item?.due ?? null }, submission: submission ? JSON.parse(JSON.stringify(submission)) : null,
      },
    };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, message: err.text as { vi: string; en: string } };
    throw err;
  }
}
