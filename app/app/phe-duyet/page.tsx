// The approver's queue of submissions in scope (approvers and viewers; the server scopes rows).
import { QueuePage } from '@/components/queue/queue-page';

export const dynamic = 'force-dynamic';

export default function QueueRoute() {
  return <QueuePage />;
}
