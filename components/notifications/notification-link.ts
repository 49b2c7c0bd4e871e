// Where a notification leads in this interface. New rows store the path of a real page
// (server/services/notifications/links.ts); rows written before that stored paths no page
// answers, and they stay in databases, so those are mapped here: `/app/forms/{form}/{unit}/
// {period}` → the entry page, `/app/submissions/{id}` → the approval view.
import type { NotificationDto } from '@/components/submission/types';

const OLD_FORM = /^\/app\/forms\/([^/]+)\/([^/]+)\/([^/]+)$/;
const OLD_SUBMISSION = /^\/app\/submissions\/([^/]+)$/;

export function notificationHref(n: Pick<NotificationDto, 'link' | 'submissionId'>): string | null {
  const form = n.link ? OLD_FORM.exec(n.link) : null;
  if (form) return `/app/nhap-lieu/${form[1]}/${form[2]}/${form[3]}`;
  const sub = n.link ? OLD_SUBMISSION.exec(n.link) : null;
  if (sub) return `/app/phe-duyet/${sub[1]}`;
  if (n.link) return n.link;
  return n.submissionId ? `/app/phe-duyet/${n.submissionId}` : null;
}
