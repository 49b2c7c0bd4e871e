// The officer's inbox: open, due, overdue and returned reports of the units in scope.
import { InboxPage } from '@/components/inbox/inbox-page';

export const dynamic = 'force-dynamic';

export default function InboxRoute() {
  return <InboxPage />;
}
