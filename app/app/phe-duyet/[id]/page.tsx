// One submission for its approvers: data, rule results, changes since approval, attachments,
// history and the workflow actions allowed now.
import { SubmissionDetail } from '@/components/submission/submission-detail';

export const dynamic = 'force-dynamic';

export default async function SubmissionRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SubmissionDetail id={id} />;
}
