// Where a notification leads in this interface: submissions open in the detail view, due
// reports in the entry page (the server stores stable paths; this maps them to the pages).
import type { NotificationDto } from '@/components/submission/types';

export function notificationHref(n: Pick<NotificationDto, 'link' | 'submissionId'>): string | null {
  const form = n.link ? /^\/app\/forms\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(n.link) : null;
  if (form) return `/app/nhap-lieu/${form[1]}/${form[2]}/${form[3]}`;
  if (n.submissionId) return `/app/phe-duyet/${n.submissionId}`;
  return n.link;
}
