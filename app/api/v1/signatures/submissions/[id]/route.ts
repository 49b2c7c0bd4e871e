// Verifies every approval signature of a submission from the stored record (WF-3): answers
// per signature the checks (hash, signature, certificate origin, event, live data) and `valid`.
import { apiRoute } from '@/server/http/api-route';
import { verifySubmissionSignatures } from '@/server/services/security/verify-approval';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (ctx, { id }) => verifySubmissionSignatures(ctx.em, ctx.actor, id));
