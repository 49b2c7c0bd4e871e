// The signed-in user's in-app notifications.
import { NotificationsPage } from '@/components/notifications/notifications-page';

export const dynamic = 'force-dynamic';

export default function NotificationsRoute() {
  return <NotificationsPage />;
}
